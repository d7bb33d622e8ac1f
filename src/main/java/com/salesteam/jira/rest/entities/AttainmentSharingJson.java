package com.salesteam.jira.rest.entities;

/** What reps see of their team's attainment: the other rows at all, and if so without amounts. */
public class AttainmentSharingJson {

    private Boolean showTeamToReps;
    private Boolean hideAmounts;

    public AttainmentSharingJson() {
    }

    public AttainmentSharingJson(Boolean showTeamToReps, Boolean hideAmounts) {
        this.showTeamToReps = showTeamToReps;
        this.hideAmounts = hideAmounts;
    }

    public Boolean getShowTeamToReps() {
        return showTeamToReps;
    }

    public void setShowTeamToReps(Boolean showTeamToReps) {
        this.showTeamToReps = showTeamToReps;
    }

    public Boolean getHideAmounts() {
        return hideAmounts;
    }

    public void setHideAmounts(Boolean hideAmounts) {
        this.hideAmounts = hideAmounts;
    }
}
