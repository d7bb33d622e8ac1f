package com.salesteam.jira.model;

import java.util.Objects;

/**
 * What a workflow status means for deals in it: open, won or lost, the default win probability and the
 * default forecast category. A deal may override the probability; changing a rule never rewrites deals already
 * recorded (their probability was taken when they last changed).
 */
public record StageRule(String stageId, DealOutcome outcome, int probability, ForecastCategory category) {

    public StageRule {
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(category, "category");
        if (probability < 0 || probability > 100) {
            throw new IllegalArgumentException("probability must be 0..100, was " + probability);
        }
    }

    /** For a status nobody configured: an open deal, 0 %, in the pipeline. */
    public static StageRule unconfigured(String stageId) {
        return new StageRule(stageId, DealOutcome.OPEN, 0, ForecastCategory.PIPELINE);
    }
}
