package com.salesteam.jira.web;

/** One deal stage with its stale-deal rule (empty days: none) on the automation page. */
public final class StaleRuleRow {

    private final String stageId;
    private final String name;
    private final String staleDays;
    private final String escalateDays;
    private final boolean createTask;
    private final boolean flag;

    public StaleRuleRow(String stageId, String name, String staleDays, String escalateDays, boolean createTask,
                        boolean flag) {
        this.stageId = stageId;
        this.name = name;
        this.staleDays = staleDays;
        this.escalateDays = escalateDays;
        this.createTask = createTask;
        this.flag = flag;
    }

    public String getStageId() {
        return stageId;
    }

    public String getName() {
        return name;
    }

    public String getStaleDays() {
        return staleDays;
    }

    public String getEscalateDays() {
        return escalateDays;
    }

    public boolean isCreateTask() {
        return createTask;
    }

    public boolean isFlag() {
        return flag;
    }
}
