package com.salesteam.jira.web;

import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.kpi.KpiService;
import com.salesteam.jira.service.kpi.ScorecardService;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the Velocity context of the KPI definitions admin page (all KPIs, retired ones too) and its scorecard
 * weights section; tests render it.
 */
public class KpisAdminPage implements AdminPage {

    public static final String TEMPLATE = "templates/admin/kpis.vm";
    private static final List<String> SOURCES = List.of("manual", "deal-metric", "jql-count", "coaching-completion");

    private final KpiService kpis;
    private final Translator translator;
    private final ScorecardService scorecards;

    public KpisAdminPage(KpiService kpis, Translator translator, ScorecardService scorecards) {
        this.kpis = kpis;
        this.scorecards = scorecards;
        this.translator = translator;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> context() {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        context.put("kpis", kpis.list(true).stream().map(kpi -> new KpiRow(kpi, translator.locale())).toList());
        context.put("units", Arrays.stream(KpiUnit.values()).map(KpiUnit::key).toList());
        context.put("sources", SOURCES);
        context.put("metrics", Arrays.stream(QuotaMetric.values()).map(QuotaMetric::key).toList());
        context.put("directions", Arrays.stream(KpiDirection.values()).map(KpiDirection::key).toList());
        // KPI Scorecard: each role's weights, and the KPIs in use to pick from
        Map<KpiRole, Scorecard> weights = scorecards.weights();
        context.put("scorecardRoles", Arrays.stream(KpiRole.values())
                .map(role -> new ScorecardRoleRow(weights.getOrDefault(role, new Scorecard(role, List.of())))).toList());
        context.put("scorecardKpis", kpis.list(false).stream()
                .map(kpi -> new ScorecardKpiOption(kpi, translator.locale())).toList());
        return context;
    }
}
