package com.salesteam.jira.web;

/** One task line of the onboarding template form: as stored or as typed, with the reason each field was refused. */
public final class OnboardingTaskRow {

    private final String title;
    private final String kind;
    private final String days;
    private final String titleError;
    private final String kindError;
    private final String daysError;

    public OnboardingTaskRow(String title, String kind, String days, String titleError, String kindError,
                             String daysError) {
        this.title = title;
        this.kind = kind;
        this.days = days;
        this.titleError = titleError;
        this.kindError = kindError;
        this.daysError = daysError;
    }

    public static OnboardingTaskRow blank() {
        return new OnboardingTaskRow("", "", "", "", "", "");
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public String getDays() {
        return days;
    }

    public String getTitleError() {
        return titleError;
    }

    public String getKindError() {
        return kindError;
    }

    public String getDaysError() {
        return daysError;
    }
}
