package com.salesteam.jira.web;

import com.salesteam.jira.service.cadence.ReviewCycleService;

/** One team's line on the Review cycles page: its current cycle, or blanks (monthly, day 1, rep) when it has none. */
public final class ReviewCycleRow {

    private final ReviewCycleService.TeamCycle teamCycle;

    public ReviewCycleRow(ReviewCycleService.TeamCycle teamCycle) {
        this.teamCycle = teamCycle;
    }

    public long getTeamId() {
        return teamCycle.team().id();
    }

    public String getTeamName() {
        return teamCycle.team().name();
    }

    public boolean isActive() {
        return teamCycle.cycle().isPresent();
    }

    public String getCadence() {
        return teamCycle.cycle().map(cycle -> cycle.cadence().key()).orElse("monthly");
    }

    public int getDueDay() {
        return teamCycle.cycle().map(cycle -> cycle.dueDay()).orElse(1);
    }

    public String getProjectKey() {
        return teamCycle.cycle().map(cycle -> cycle.projectKey()).orElse("");
    }

    public String getAssignee() {
        return teamCycle.cycle().map(cycle -> cycle.assignee().key()).orElse("rep");
    }
}
