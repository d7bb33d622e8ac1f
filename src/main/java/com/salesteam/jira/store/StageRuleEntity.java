package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_STAGE_RULE: what each deal workflow status means (outcome, default probability, category). */
@Preload
@Table("StageRule")
public interface StageRuleEntity extends Entity {

    @NotNull
    @Indexed
    String getStageId();

    void setStageId(String stageId);

    @NotNull
    String getOutcome();

    void setOutcome(String outcome);

    int getProbability();

    void setProbability(int probability);

    @NotNull
    String getCategory();

    void setCategory(String category);
}
