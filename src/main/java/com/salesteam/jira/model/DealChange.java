package com.salesteam.jira.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded change of a deal issue that moves its forecast: its stage, amount, expected close, or its own
 * category or probability.
 */
public sealed interface DealChange {

    Instant at();

    record Stage(Instant at, String fromStageId, String toStageId) implements DealChange {
        public Stage {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(fromStageId, "fromStageId");
            Objects.requireNonNull(toStageId, "toStageId");
        }
    }

    record Amount(Instant at, Optional<Money> from, Optional<Money> to) implements DealChange {
        public Amount {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    record ExpectedClose(Instant at, Optional<LocalDate> from, Optional<LocalDate> to) implements DealChange {
        public ExpectedClose {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** A slip: the expected close moved later (a first date set is not a slip). */
        public boolean slipped() {
            return from.isPresent() && to.isPresent() && to.get().isAfter(from.get());
        }
    }

    /** The deal's own forecast category (the override of its stage's), empty when it had none. */
    record Category(Instant at, Optional<ForecastCategory> from, Optional<ForecastCategory> to) implements DealChange {
        public Category {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** The deal's own win probability (the override of its stage's), empty when it had none. */
    record Probability(Instant at, Optional<Integer> from, Optional<Integer> to) implements DealChange {
        public Probability {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
