package com.salesteam.jira.web;

import com.salesteam.jira.model.competition.CompetitionTerms;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.competition.CompetitionRules;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.Translator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a competition is on, in the viewer's language: the metric picker of the form (the deal metrics, then every
 * KPI in use that competitions rank, named in the viewer's language) and the label of a saved competition's metric.
 * KPI definitions come from the scorecard cache; a KPI since removed is named by its key. Names are plain text: the
 * templates escape them.
 */
public class CompetitionMetrics {

    private static final List<LeaderboardMetric> DEAL_METRICS = List.of(LeaderboardMetric.REVENUE_WON,
            LeaderboardMetric.DEALS_WON, LeaderboardMetric.WEIGHTED_PIPELINE);

    private final ScorecardCache scorecards;
    private final Translator translator;

    public CompetitionMetrics(ScorecardCache scorecards, Translator translator) {
        this.scorecards = scorecards;
        this.translator = translator;
    }

    /** The deal metrics, then the KPIs by key; a KPI that counts deals is offered too (it scores as its metric). */
    public List<GadgetOption> options() {
        List<GadgetOption> options = new ArrayList<>();
        DEAL_METRICS.forEach(metric -> options.add(new GadgetOption(metric.key(), dealMetric(metric))));
        List<KpiDefinition> kpis = new ArrayList<>(scorecards.rules().kpis().values());
        kpis.sort(Comparator.comparing(KpiDefinition::key));
        for (KpiDefinition kpi : kpis) {
            if (kpi.active() && CompetitionRules.scored(kpi.source())) {
                options.add(new GadgetOption(CompetitionTerms.KPI_PREFIX + kpi.key(), kpiLabel(kpi.name(translator.locale()),
                        kpi.direction() == KpiDirection.LOWER_IS_BETTER)));
            }
        }
        return options;
    }

    /**
     * The saved competition's metric: a deal metric's name (said to rank lowest first when a lower-is-better KPI that
     * counts deals set it), or "KPI: " and the KPI's name.
     */
    public String label(CompetitionTerms terms) {
        if (terms.kpi().isEmpty()) {
            return terms.ascending() ? translator.text("salesteam.competition.metric.lower", dealMetric(terms.metric()))
                    : dealMetric(terms.metric());
        }
        Map<String, KpiDefinition> kpis = scorecards.rules().kpis();
        String key = terms.kpi().get().key();
        KpiDefinition kpi = kpis.get(key);
        return kpiLabel(kpi == null ? key : kpi.name(translator.locale()), terms.ascending());
    }

    /**
     * The form's options, with the saved competition's metric added when no longer offered (its KPI retired since),
     * so that the form keeps it selected rather than falling back to the first option.
     */
    public List<GadgetOption> options(Optional<CompetitionTerms> saved) {
        List<GadgetOption> options = options();
        saved.filter(terms -> options.stream().noneMatch(option -> option.getValue().equals(terms.metricKey())))
                .ifPresent(terms -> options.add(new GadgetOption(terms.metricKey(),
                        translator.text("salesteam.competition.metric.retired", label(terms)))));
        return options;
    }

    private String dealMetric(LeaderboardMetric metric) {
        return translator.text("salesteam.gadget.leaderboard.metric." + metric.key());
    }

    private String kpiLabel(String name, boolean lowerIsBetter) {
        return translator.text(lowerIsBetter ? "salesteam.competition.metric.kpi.lower" : "salesteam.competition.metric.kpi",
                name);
    }
}
