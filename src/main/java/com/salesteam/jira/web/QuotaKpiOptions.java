package com.salesteam.jira.web;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.service.Translator;

import java.util.Comparator;
import java.util.List;

/** The KPIs a quota may measure, as metric picker options ("kpi:calls") named in the viewer's language. */
final class QuotaKpiOptions {

    private QuotaKpiOptions() {
    }

    static List<GadgetOption> of(List<KpiDefinition> kpis, Translator translator) {
        return kpis.stream()
                .filter(QuotaMeasure::quotable)
                .sorted(Comparator.comparing(kpi -> kpi.name(translator.locale()).toLowerCase(translator.locale())))
                .map(kpi -> new GadgetOption(new QuotaMeasure.Kpi(kpi.key()).key(),
                        translator.text("salesteam.quota.metric.kpi", kpi.name(translator.locale()))))
                .toList();
    }
}
