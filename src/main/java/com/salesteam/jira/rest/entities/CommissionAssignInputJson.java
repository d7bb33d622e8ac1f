package com.salesteam.jira.rest.entities;

/** The body of an assignment: the plan, a subject ("rep" + user key or "team" + id) and a period. */
public class CommissionAssignInputJson {

    private Long planId;
    private String subjectType;
    private String subjectKey;
    private String period;

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public void setSubjectKey(String subjectKey) {
        this.subjectKey = subjectKey;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
