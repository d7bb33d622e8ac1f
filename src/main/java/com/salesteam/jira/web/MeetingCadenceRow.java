package com.salesteam.jira.web;

import com.salesteam.jira.model.cadence.MeetingCadence;
import com.salesteam.jira.model.cadence.TeamMeetingFrequency;
import com.salesteam.jira.service.cadence.MeetingCadenceService;

/** One team's line in the automation page's team meetings: its cadence, or blanks (no meetings, top 5) without one. */
public final class MeetingCadenceRow {

    private final MeetingCadenceService.TeamCadence teamCadence;

    public MeetingCadenceRow(MeetingCadenceService.TeamCadence teamCadence) {
        this.teamCadence = teamCadence;
    }

    public long getTeamId() {
        return teamCadence.team().id();
    }

    public String getTeamName() {
        return teamCadence.team().name();
    }

    public boolean isActive() {
        return teamCadence.cadence().isPresent();
    }

    public boolean isWeekly() {
        return holds(TeamMeetingFrequency.WEEKLY);
    }

    public boolean isMonthly() {
        return holds(TeamMeetingFrequency.MONTHLY);
    }

    public boolean isQuarterly() {
        return holds(TeamMeetingFrequency.QUARTERLY);
    }

    public String getProjectKey() {
        return teamCadence.cadence().map(MeetingCadence::projectKey).orElse("");
    }

    public int getLeaderboardTop() {
        return teamCadence.cadence().map(MeetingCadence::leaderboardTop).orElse(MeetingCadence.DEFAULT_TOP);
    }

    private boolean holds(TeamMeetingFrequency frequency) {
        return teamCadence.cadence().map(cadence -> cadence.frequencies().contains(frequency)).orElse(false);
    }
}
