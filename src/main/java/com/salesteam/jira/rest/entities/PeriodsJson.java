package com.salesteam.jira.rest.entities;

import java.util.List;

/** The answer of GET /periods: the calendar in force and the periods asked for. */
public class PeriodsJson {

    private final String fiscalYearStartMonth;
    private final String timeZone;
    private final String weekStart;
    private final List<PeriodJson> periods;

    public PeriodsJson(String fiscalYearStartMonth, String timeZone, String weekStart, List<PeriodJson> periods) {
        this.fiscalYearStartMonth = fiscalYearStartMonth;
        this.timeZone = timeZone;
        this.weekStart = weekStart;
        this.periods = List.copyOf(periods);
    }

    public String getFiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getWeekStart() {
        return weekStart;
    }

    public List<PeriodJson> getPeriods() {
        return periods;
    }
}
