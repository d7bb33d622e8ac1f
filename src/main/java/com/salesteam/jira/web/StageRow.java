package com.salesteam.jira.web;

import com.salesteam.jira.model.StageRule;

import java.util.Locale;

/** One editable line of the stage rules on the deals admin page. */
public final class StageRow {

    private final String stageId;
    private final String name;
    private final String outcome;
    private final int probability;
    private final String category;

    /** {@code name}: the status's name, or empty when no status has the rule's id (any more). */
    public StageRow(StageRule rule, String name) {
        this.stageId = rule.stageId();
        this.name = name;
        this.outcome = rule.outcome().name().toLowerCase(Locale.ROOT);
        this.probability = rule.probability();
        this.category = rule.category().key();
    }

    public String getStageId() {
        return stageId;
    }

    public String getName() {
        return name;
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
