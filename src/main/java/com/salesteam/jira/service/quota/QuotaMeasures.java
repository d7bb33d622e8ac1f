package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.ServiceException;

import java.util.List;
import java.util.Optional;

/**
 * What a request's metric key names, checked against the KPIs as defined. A KPI quota needs a KPI that exists (to
 * read its quotas, a retired one's included) and is in use (to set one), whose values are kept per day: a KPI that
 * counts deals is quoted on its deal metric itself. The definitions come from the scorecard cache (Jira's cluster
 * cache, forgotten on every node when a definition changes), so naming a KPI costs no statement once it is warm.
 */
final class QuotaMeasures {

    private final ScorecardCache scorecards;

    QuotaMeasures(ScorecardCache scorecards) {
        this.scorecards = scorecards;
    }

    /** The measure to read quotas or attainment of: revenue won when none is named; a 400 naming the field if unknown. */
    QuotaMeasure toRead(String text, String field) {
        if (text.isBlank()) {
            return QuotaMetric.REVENUE_WON;
        }
        QuotaMeasure measure = QuotaMeasure.fromKey(text).orElseThrow(() -> ServiceException.invalid(
                FieldError.of(field, "salesteam.error.quota.metric.unknown", text)));
        if (measure instanceof QuotaMeasure.Kpi kpi && definition(kpi).isEmpty()) {
            throw ServiceException.invalid(FieldError.of(field, "salesteam.error.quota.kpi.unknown", kpi.kpiKey()));
        }
        return measure;
    }

    /** The measure a quota may be set on, or empty with the reason added to {@code errors} under {@code field}. */
    Optional<QuotaMeasure> toSet(String text, String field, List<FieldError> errors) {
        Optional<QuotaMeasure> measure = QuotaMeasure.fromKey(text);
        if (measure.isEmpty()) {
            errors.add(FieldError.of(field, "salesteam.error.quota.metric.unknown", text));
            return measure;
        }
        if (measure.get() instanceof QuotaMeasure.Kpi kpi) {
            Optional<KpiDefinition> definition = definition(kpi);
            String refusal = definition.isEmpty() ? "salesteam.error.quota.kpi.unknown"
                    : !definition.get().active() ? "salesteam.error.quota.kpi.retired"
                    : definition.get().source() instanceof KpiSource.DealMetric ? "salesteam.error.quota.kpi.dealmetric"
                    : null;
            if (refusal != null) {
                errors.add(FieldError.of(field, refusal, kpi.kpiKey()));
                return Optional.empty();
            }
        }
        return measure;
    }

    /**
     * The measure of a quota to remove, or empty with the reason added to {@code errors} under {@code field}: any
     * metric, or a KPI that exists, retired or not (its old quotas may still go). Unlike a read, it must be named.
     */
    Optional<QuotaMeasure> toRemove(String text, String field, List<FieldError> errors) {
        Optional<QuotaMeasure> measure = QuotaMeasure.fromKey(text.strip());
        if (measure.isEmpty()) {
            errors.add(FieldError.of(field, "salesteam.error.quota.metric.unknown", text));
        } else if (measure.get() instanceof QuotaMeasure.Kpi kpi && definition(kpi).isEmpty()) {
            errors.add(FieldError.of(field, "salesteam.error.quota.kpi.unknown", kpi.kpiKey()));
            return Optional.empty();
        }
        return measure;
    }

    /** The KPI's definition, retired or not. */
    Optional<KpiDefinition> definition(QuotaMeasure.Kpi kpi) {
        return Optional.ofNullable(scorecards.rules().kpis().get(kpi.kpiKey()));
    }
}
