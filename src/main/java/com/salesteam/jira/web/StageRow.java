package com.salesteam.jira.web;

import com.salesteam.jira.model.StageRule;

import java.util.Locale;

/** One editable line of the stage rules on the deals admin page. */
public final class StageRow {

    private final String stageId;
    private final String outcome;
    private final int probability;
    private final String category;

    public StageRow(StageRule rule) {
        this.stageId = rule.stageId();
        this.outcome = rule.outcome().name().toLowerCase(Locale.ROOT);
        this.probability = rule.probability();
        this.category = rule.category().key();
    }

    public String getStageId() {
        return stageId;
    }

    public String getOutcome() {
        return outcome;
    }

    public int getProbability() {
        return probability;
    }

    public String getCategory() {
        return category;
    }
}
