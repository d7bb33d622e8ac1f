package com.salesteam.jira.rest.entities;

/** One stage's stale-deal rule as JSON. */
public class StaleRuleJson {

    private String stageId;
    private Integer staleDays;
    private Integer escalateDays;
    private Boolean createTask;
    private Boolean flag;

    public StaleRuleJson() {
    }

    public StaleRuleJson(String stageId, Integer staleDays, Integer escalateDays, Boolean createTask, Boolean flag) {
        this.stageId = stageId;
        this.staleDays = staleDays;
        this.escalateDays = escalateDays;
        this.createTask = createTask;
        this.flag = flag;
    }

    public String getStageId() {
        return stageId;
    }

    public void setStageId(String stageId) {
        this.stageId = stageId;
    }

    public Integer getStaleDays() {
        return staleDays;
    }

    public void setStaleDays(Integer staleDays) {
        this.staleDays = staleDays;
    }

    public Integer getEscalateDays() {
        return escalateDays;
    }

    public void setEscalateDays(Integer escalateDays) {
        this.escalateDays = escalateDays;
    }

    public Boolean getCreateTask() {
        return createTask;
    }

    public void setCreateTask(Boolean createTask) {
        this.createTask = createTask;
    }

    public Boolean getFlag() {
        return flag;
    }

    public void setFlag(Boolean flag) {
        this.flag = flag;
    }
}
