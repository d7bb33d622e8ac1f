package com.salesteam.jira.model.competition;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's place: {@code score} is what ranks them (the value, or the percent of target with one decimal),
 * {@code value} the metric's value (minor units or a count), {@code target} the prorated target when scored against
 * one. Winners are those placed within the competition's winning places.
 */
public record Standing(int rank, String userKey, BigDecimal score, BigDecimal value, Optional<BigDecimal> target,
                       boolean winner) {
    public Standing {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
    }
}
