package com.salesteam.jira.web;

import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.quota.AttainmentSharing;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.kpi.KpiService;
import com.salesteam.jira.service.quota.AttainmentSharingService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotas page: a team's quotas for a fiscal year in one grid (quarters or months), saved through the quota
 * import so a grid and a file are validated alike; and the file import and export themselves.
 */
public class QuotasAdminPage implements AdminPage {

    public static final String TEMPLATE = "templates/admin/quotas.vm";

    /** What reps see of their team's attainment, as one choice: the setting's two flags together. */
    static final String OWN_ROW = "own-row";
    static final String TEAM_WITHOUT_AMOUNTS = "team-without-amounts";
    static final String TEAM = "team";

    private final TeamService teams;
    private final PeriodService periods;
    private final AttainmentSharingService sharing;
    private final Translator translator;
    private final KpiService kpis;

    public QuotasAdminPage(TeamService teams, PeriodService periods, AttainmentSharingService sharing,
                           Translator translator, KpiService kpis) {
        this.kpis = kpis;
        this.teams = teams;
        this.periods = periods;
        this.sharing = sharing;
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
        List<GadgetOption> teamOptions = teams.list().stream()
                .sorted(Comparator.comparing(team -> team.name().toLowerCase(translator.locale())))
                .map(team -> new GadgetOption(Long.toString(team.id()), team.name()))
                .toList();
        context.put("teams", teamOptions);
        context.put("noTeams", teamOptions.isEmpty());
        Period thisYear = periods.containing("year", "");
        List<GadgetOption> years = new ArrayList<>();
        for (Period year = thisYear.previous(), last = thisYear.next().next(); !year.start().isAfter(last.start());
             year = year.next()) {
            years.add(new GadgetOption(year.key(), year.label(translator.locale())));
        }
        context.put("years", years);
        context.put("thisYear", thisYear.key());
        List<GadgetOption> metrics = new ArrayList<>(List.of(QuotaMetric.REVENUE_WON, QuotaMetric.DEALS_WON,
                        QuotaMetric.NEW_PIPELINE).stream()
                .map(metric -> new GadgetOption(metric.key(), translator.text("salesteam.quota.metric." + metric.key())))
                .toList());
        metrics.addAll(QuotaKpiOptions.of(kpis.list(false), translator));
        context.put("metrics", metrics);
        AttainmentSharing shared = sharing.get();
        context.put("sharing", !shared.showTeamToReps() ? OWN_ROW : shared.hideAmounts() ? TEAM_WITHOUT_AMOUNTS : TEAM);
        context.put("sharingChoices", List.of(OWN_ROW, TEAM_WITHOUT_AMOUNTS, TEAM).stream()
                .map(choice -> new GadgetOption(choice, translator.text("salesteam.admin.quotas.sharing." + choice)))
                .toList());
        return context;
    }
}
