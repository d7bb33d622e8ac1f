package com.salesteam.jira.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The values of a deal issue as read when it changed, before the stage rules turn them into {@link DealFacts};
 * {@code created} is the issue's creation day in the fiscal calendar's zone.
 */
public record DealSnapshot(long issueId, long projectId, Optional<String> assigneeKey, String statusId,
                           Optional<Money> amount, Optional<Integer> probabilityOverride,
                           Optional<ForecastCategory> categoryOverride, Optional<LocalDate> expectedClose,
                           Optional<LocalDate> resolved, LocalDate changedOn, long version,
                           Optional<LocalDate> created) {

    public DealSnapshot {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(assigneeKey, "assigneeKey");
        Objects.requireNonNull(statusId, "statusId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(probabilityOverride, "probabilityOverride");
        Objects.requireNonNull(categoryOverride, "categoryOverride");
        Objects.requireNonNull(expectedClose, "expectedClose");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(changedOn, "changedOn");
    }

    /** A snapshot without the issue's creation day (the ledger keeps the one it knows). */
    public DealSnapshot(long issueId, long projectId, Optional<String> assigneeKey, String statusId,
                        Optional<Money> amount, Optional<Integer> probabilityOverride,
                        Optional<ForecastCategory> categoryOverride, Optional<LocalDate> expectedClose,
                        Optional<LocalDate> resolved, LocalDate changedOn, long version) {
        this(issueId, projectId, assigneeKey, statusId, amount, probabilityOverride, categoryOverride, expectedClose,
                resolved, changedOn, version, Optional.empty());
    }
}
