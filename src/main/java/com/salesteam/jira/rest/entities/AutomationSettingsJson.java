package com.salesteam.jira.rest.entities;

/** The automation settings as JSON: the acting user's username, quiet hours (HH:MM) and allowed slips. */
public class AutomationSettingsJson {

    private String actor;
    private String quietStart;
    private String quietEnd;
    private Boolean quietWeekends;
    private Integer maxSlips;

    public AutomationSettingsJson() {
    }

    public AutomationSettingsJson(String actor, String quietStart, String quietEnd, Boolean quietWeekends,
                                  Integer maxSlips) {
        this.actor = actor;
        this.quietStart = quietStart;
        this.quietEnd = quietEnd;
        this.quietWeekends = quietWeekends;
        this.maxSlips = maxSlips;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getQuietStart() {
        return quietStart;
    }

    public void setQuietStart(String quietStart) {
        this.quietStart = quietStart;
    }

    public String getQuietEnd() {
        return quietEnd;
    }

    public void setQuietEnd(String quietEnd) {
        this.quietEnd = quietEnd;
    }

    public Boolean getQuietWeekends() {
        return quietWeekends;
    }

    public void setQuietWeekends(Boolean quietWeekends) {
        this.quietWeekends = quietWeekends;
    }

    public Integer getMaxSlips() {
        return maxSlips;
    }

    public void setMaxSlips(Integer maxSlips) {
        this.maxSlips = maxSlips;
    }
}
