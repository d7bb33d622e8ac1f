package com.salesteam.jira.model;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the app records of one deal issue at one moment: who owns it, how much it is worth, where it stands.
 * {@code version} orders observations of the same deal (the time of the event that produced it), so that late
 * or repeated events never overwrite newer facts.
 *
 * <p>The deal counts in the period of its close date once won or lost, otherwise in the period of its expected
 * close date. A won deal is always {@link ForecastCategory#CLOSED}; a lost one counts nowhere.
 *
 * <p>{@code createdOn} is the day the deal issue was created (in the fiscal calendar's zone): the deal is new
 * pipeline of that day, whatever became of it since. Empty when not known (a deal recorded before the ledger kept
 * it, until the reconciliation reads the issue again).
 */
public record DealFacts(long issueId, long projectId, Optional<String> ownerKey, Optional<Long> teamId,
                        Money amount, String stageId, DealOutcome outcome, int probability,
                        ForecastCategory category, Optional<LocalDate> expectedClose, Optional<LocalDate> closedOn,
                        int slipCount, long version, Optional<LocalDate> createdOn) {

    public DealFacts {
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(ownerKey, "ownerKey");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(expectedClose, "expectedClose");
        Objects.requireNonNull(closedOn, "closedOn");
        if (probability < 0 || probability > 100) {
            throw new IllegalArgumentException("probability must be 0..100, was " + probability);
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
        if (slipCount < 0) {
            throw new IllegalArgumentException("slipCount must not be negative");
        }
        if (outcome == DealOutcome.WON) {
            category = ForecastCategory.CLOSED;
        } else if (outcome == DealOutcome.LOST) {
            category = ForecastCategory.OMITTED;
        } else if (category == ForecastCategory.CLOSED) {
            throw new IllegalArgumentException("an open deal cannot be in the Closed category");
        }
    }

    /** Facts whose creation day is not known. */
    public DealFacts(long issueId, long projectId, Optional<String> ownerKey, Optional<Long> teamId, Money amount,
                     String stageId, DealOutcome outcome, int probability, ForecastCategory category,
                     Optional<LocalDate> expectedClose, Optional<LocalDate> closedOn, int slipCount, long version) {
        this(issueId, projectId, ownerKey, teamId, amount, stageId, outcome, probability, category, expectedClose,
                closedOn, slipCount, version, Optional.empty());
    }

    /** The same facts, whatever the version they were observed at. */
    public boolean sameFactsAs(DealFacts other) {
        return issueId == other.issueId && projectId == other.projectId && ownerKey.equals(other.ownerKey)
                && teamId.equals(other.teamId) && amount.equals(other.amount) && stageId.equals(other.stageId)
                && outcome == other.outcome && probability == other.probability && category == other.category
                && expectedClose.equals(other.expectedClose) && closedOn.equals(other.closedOn)
                && slipCount == other.slipCount && createdOn.equals(other.createdOn);
    }

    /** The day that decides the deal's period: the close date once closed, else the expected close date. */
    public Optional<LocalDate> forecastDate() {
        return outcome == DealOutcome.OPEN ? expectedClose : closedOn.or(() -> expectedClose);
    }

    /** Amount × probability / 100 for open deals in the forecast; 0 for won, lost and omitted deals. */
    public Money weighted() {
        if (outcome != DealOutcome.OPEN || category == ForecastCategory.OMITTED) {
            return Money.zero(amount.currency());
        }
        return amount.multiplyPercent(java.math.BigDecimal.valueOf(probability), RoundingMode.HALF_UP);
    }
}
