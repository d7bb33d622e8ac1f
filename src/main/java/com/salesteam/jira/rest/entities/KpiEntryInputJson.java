package com.salesteam.jira.rest.entities;

/** The body of a day's value: kpi key, user key (optional: the caller), day (YYYY-MM-DD) and value as text. */
public class KpiEntryInputJson {

    private String kpi;
    private String user;
    private String day;
    private String value;

    public String getKpi() {
        return kpi;
    }

    public void setKpi(String kpi) {
        this.kpi = kpi;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
