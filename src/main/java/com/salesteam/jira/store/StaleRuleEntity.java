package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_STALE_RULE: per deal stage, when a deal counts as stale and what follows. */
@Preload
@Table("StaleRule")
public interface StaleRuleEntity extends Entity {

    @NotNull
    @Indexed
    String getStageId();

    void setStageId(String stageId);

    int getStaleDays();

    void setStaleDays(int staleDays);

    int getEscalateDays();

    void setEscalateDays(int escalateDays);

    boolean isCreateTask();

    void setCreateTask(boolean createTask);

    boolean isFlag();

    void setFlag(boolean flag);
}
