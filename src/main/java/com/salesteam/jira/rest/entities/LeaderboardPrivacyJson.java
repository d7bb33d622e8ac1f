package com.salesteam.jira.rest.entities;

import java.util.List;

/** What reps see of leaderboards, and the user keys left out of every board. */
public class LeaderboardPrivacyJson {

    private Boolean showToReps;
    private Boolean hideAmountsFromReps;
    private Boolean companyBoardToReps;
    private List<String> excluded;

    public LeaderboardPrivacyJson() {
    }

    public LeaderboardPrivacyJson(Boolean showToReps, Boolean hideAmountsFromReps, Boolean companyBoardToReps,
                                  List<String> excluded) {
        this.showToReps = showToReps;
        this.hideAmountsFromReps = hideAmountsFromReps;
        this.companyBoardToReps = companyBoardToReps;
        this.excluded = excluded;
    }

    public Boolean getShowToReps() {
        return showToReps;
    }

    public void setShowToReps(Boolean showToReps) {
        this.showToReps = showToReps;
    }

    public Boolean getHideAmountsFromReps() {
        return hideAmountsFromReps;
    }

    public void setHideAmountsFromReps(Boolean hideAmountsFromReps) {
        this.hideAmountsFromReps = hideAmountsFromReps;
    }

    public Boolean getCompanyBoardToReps() {
        return companyBoardToReps;
    }

    public void setCompanyBoardToReps(Boolean companyBoardToReps) {
        this.companyBoardToReps = companyBoardToReps;
    }

    public List<String> getExcluded() {
        return excluded;
    }

    public void setExcluded(List<String> excluded) {
        this.excluded = excluded;
    }
}
