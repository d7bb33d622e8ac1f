package com.salesteam.jira.model;

import java.util.Currency;
import java.util.Objects;

/**
 * New pipeline of one currency: the amount (minor units) and number of deals created in a span of days. Every
 * recorded deal counts on the day it was created, whatever became of it since (won and lost deals were pipeline
 * once), at its current amount and for its current owner.
 */
public record NewPipeline(Currency currency, long amountMinor, long count) {

    public NewPipeline {
        Objects.requireNonNull(currency, "currency");
    }

    public static NewPipeline zero(Currency currency) {
        return new NewPipeline(currency, 0, 0);
    }

    /** What one deal adds to the day it was created. */
    public static NewPipeline of(DealFacts deal) {
        return new NewPipeline(deal.amount().currency(), deal.amount().minor(), 1);
    }

    public NewPipeline plus(NewPipeline other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency + " without a rate");
        }
        return new NewPipeline(currency, Math.addExact(amountMinor, other.amountMinor), Math.addExact(count, other.count));
    }

    public NewPipeline negate() {
        return new NewPipeline(currency, -amountMinor, -count);
    }

    public boolean isZero() {
        return amountMinor == 0 && count == 0;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }
}
