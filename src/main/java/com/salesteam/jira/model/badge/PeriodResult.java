package com.salesteam.jira.model.badge;

import java.util.Objects;

/**
 * A rep's revenue won in a fiscal period against their revenue-won quota of that period, both in minor units of
 * the quota's currency.
 */
public record PeriodResult(String personKey, String periodKey, long wonMinor, long quotaMinor) {

    public PeriodResult {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(periodKey, "periodKey");
    }

    /** 100 % or more of a quota above zero; a zero quota is no target, so meeting it earns nothing. */
    public boolean met() {
        return quotaMinor > 0 && wonMinor >= quotaMinor;
    }
}
