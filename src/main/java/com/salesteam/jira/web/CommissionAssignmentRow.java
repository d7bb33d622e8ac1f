package com.salesteam.jira.web;

/** An assignment as the commission plans page lists it: names, not ids. */
public final class CommissionAssignmentRow {

    private final long id;
    private final String plan;
    private final String subjectType;
    private final String subject;
    private final String period;
    private final String periodLabel;

    public CommissionAssignmentRow(long id, String plan, String subjectType, String subject, String period,
                                   String periodLabel) {
        this.id = id;
        this.plan = plan;
        this.subjectType = subjectType;
        this.subject = subject;
        this.period = period;
        this.periodLabel = periodLabel;
    }

    public long getId() {
        return id;
    }

    public String getPlan() {
        return plan;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubject() {
        return subject;
    }

    public String getPeriod() {
        return period;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }
}
