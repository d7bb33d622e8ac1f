package com.salesteam.jira.service;

import java.util.Objects;

/** A stage rule as typed by an admin, before it is checked: texts that may be empty or wrong. */
public record StageRuleDraft(String stageId, String outcome, Integer probability, String category) {

    public StageRuleDraft {
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(category, "category");
    }
}
