package com.salesteam.jira.model.quota;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiSource;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a quota measures: one of the deal metrics, or a KPI by its key. Keyed in REST and CSV as "revenue-won" or
 * "kpi:calls"; stored in the quota tables' METRIC column as the metric's name ("REVENUE_WON") or the same
 * "kpi:calls", so KPI quotas need no table of their own.
 */
public sealed interface QuotaMeasure permits QuotaMetric, QuotaMeasure.Kpi {

    String KPI_PREFIX = "kpi:";

    /** The deal metrics in their order, then the KPIs by key: how lists and exports show them. */
    Comparator<QuotaMeasure> ORDER = Comparator
            .comparingInt((QuotaMeasure measure) -> measure instanceof QuotaMetric metric ? metric.ordinal()
                    : QuotaMetric.values().length)
            .thenComparing(QuotaMeasure::key);

    /** "revenue-won" or "kpi:calls", as in REST and CSV. */
    String key();

    /** As the METRIC column holds it. */
    String storedName();

    /** Whether the target is an amount with its currency. */
    boolean money();

    /** A KPI's total in the period: its target is in hundredths, like the KPI's stored values. */
    record Kpi(String kpiKey) implements QuotaMeasure {
        public Kpi {
            Objects.requireNonNull(kpiKey, "kpiKey");
            if (!KpiDefinition.isValidKey(kpiKey)) {
                throw new IllegalArgumentException("not a KPI key: " + kpiKey);
            }
        }

        @Override
        public String key() {
            return KPI_PREFIX + kpiKey;
        }

        @Override
        public String storedName() {
            return key();
        }

        @Override
        public boolean money() {
            return false;
        }
    }

    /**
     * Whether a KPI may get a quota: it is in use, and its values are kept per day (logged, counted by JQL or from
     * coaching); a KPI that counts deals is quoted on its deal metric itself.
     */
    static boolean quotable(KpiDefinition kpi) {
        return kpi.active() && !(kpi.source() instanceof KpiSource.DealMetric);
    }

    /** The measure a REST or CSV key names, whether or not such a KPI exists. */
    static Optional<QuotaMeasure> fromKey(String key) {
        String text = key.strip();
        if (text.toLowerCase(Locale.ROOT).startsWith(KPI_PREFIX)) {
            String kpiKey = text.substring(KPI_PREFIX.length()).strip();
            return KpiDefinition.isValidKey(kpiKey) ? Optional.of(new Kpi(kpiKey)) : Optional.empty();
        }
        return QuotaMetric.fromKey(text).map(QuotaMeasure.class::cast);
    }

    /** The measure of a stored METRIC value. */
    static QuotaMeasure fromStored(String stored) {
        return stored.startsWith(KPI_PREFIX) ? new Kpi(stored.substring(KPI_PREFIX.length()))
                : QuotaMetric.valueOf(stored);
    }
}
