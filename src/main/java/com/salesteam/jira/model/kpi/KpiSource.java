package com.salesteam.jira.model.kpi;

import com.salesteam.jira.model.quota.QuotaMetric;

import java.util.Objects;

/** Where a KPI's values come from: the deal ledger, a JQL count, people logging them, or coaching actions done. */
public sealed interface KpiSource {

    /** "deal-metric", "jql-count", "manual" or "coaching-completion", as stored and in REST. */
    String type();

    /** The source's parameter as stored: the deal metric's key, the JQL text, or empty. */
    String parameter();

    /** One of the deal metrics quotas use too, read from the deal ledger. */
    record DealMetric(QuotaMetric metric) implements KpiSource {
        public DealMetric {
            Objects.requireNonNull(metric, "metric");
        }

        @Override
        public String type() {
            return "deal-metric";
        }

        @Override
        public String parameter() {
            return metric.key();
        }
    }

    /** The number of issues a JQL query finds, counted on a schedule. */
    record JqlCount(String jql) implements KpiSource {
        public static final int MAX_LENGTH = 2000;

        public JqlCount {
            Objects.requireNonNull(jql, "jql");
            if (jql.isBlank() || jql.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("a JQL count needs a query of 1 to " + MAX_LENGTH + " characters");
            }
        }

        @Override
        public String type() {
            return "jql-count";
        }

        @Override
        public String parameter() {
            return jql;
        }
    }

    /** Values people log for a day (calls, meetings, e-mails). */
    record Manual() implements KpiSource {
        @Override
        public String type() {
            return "manual";
        }

        @Override
        public String parameter() {
            return "";
        }
    }

    /** Coaching actions completed, counted from their issues. */
    record CoachingCompletion() implements KpiSource {
        @Override
        public String type() {
            return "coaching-completion";
        }

        @Override
        public String parameter() {
            return "";
        }
    }
}
