package com.salesteam.jira.web;

import com.salesteam.jira.service.cadence.OneOnOneService;

/** One rep's line in the 1:1 section of the Review cycles page: their schedule, or blanks (weekly) when none. */
public final class OneOnOneRow {

    private final OneOnOneService.RepSchedule rep;

    public OneOnOneRow(OneOnOneService.RepSchedule rep) {
        this.rep = rep;
    }

    public String getRepKey() {
        return rep.repKey();
    }

    public String getRepName() {
        return rep.repName();
    }

    public boolean isActive() {
        return rep.schedule().isPresent();
    }

    public String getFrequency() {
        return rep.schedule().map(schedule -> schedule.frequency().key()).orElse("weekly");
    }

    public String getFirstMeeting() {
        return rep.schedule().map(schedule -> schedule.firstMeeting().toString()).orElse("");
    }

    public String getProjectKey() {
        return rep.schedule().map(schedule -> schedule.projectKey()).orElse("");
    }
}
