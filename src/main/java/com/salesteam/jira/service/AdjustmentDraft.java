package com.salesteam.jira.service;

import java.util.Objects;

/**
 * A manager's forecast call as typed: the period key (blank for the current quarter), the category ("commit" or
 * "best-case"), the amount as money text ("1200000" in the default currency, or "EUR 1200000") and a note.
 */
public record AdjustmentDraft(String period, String category, String amount, String note) {

    public AdjustmentDraft {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(note, "note");
    }
}
