package com.salesteam.jira.web;

import com.atlassian.plugin.web.ContextProvider;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.kpi.KpiService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server-side view of the Quota Attainment gadget: the periods, the measures and the teams the viewer may pick
 * (an admin all, a manager the teams they manage and those below, a rep the teams they belong to), and which
 * empty state applies. The rows come from the attainment REST API, which decides again what the viewer may see.
 */
public class QuotaAttainmentGadgetContextProvider implements ContextProvider {

    /** Load a team's rows; load the viewer's own row only (no team to pick); load nothing (an admin without teams). */
    static final String MODE_TEAM = "team";
    static final String MODE_OWN = "rep";
    static final String MODE_NONE = "none";

    private final CurrentUser currentUser;
    private final TeamService teams;
    private final PeriodService periods;
    private final Translator translator;
    private final KpiService kpis;

    public QuotaAttainmentGadgetContextProvider(CurrentUser currentUser, TeamService teams, PeriodService periods,
                                                Translator translator, KpiService kpis) {
        this.kpis = kpis;
        this.currentUser = currentUser;
        this.teams = teams;
        this.periods = periods;
        this.translator = translator;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: everything depends on the viewer
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put("i18n", new PageI18n(translator));
        Optional<Caller> caller = currentUser.caller();
        result.put("loggedIn", caller.isPresent());
        result.put("viewerKey", caller.map(Caller::userKey).orElse(""));
        result.put("teams", List.of());
        result.put("hasTeams", false);
        result.put("periods", List.of());
        result.put("metrics", List.of());
        result.put("mode", MODE_NONE);
        result.put("noTeamKey", "");
        if (caller.isEmpty()) {
            return result;
        }
        List<Team> all = teams.list();
        List<GadgetOption> visible = GadgetPickers.teams(caller.get(), all, true);
        result.put("teams", visible);
        result.put("hasTeams", !visible.isEmpty());
        result.put("periods", periodOptions());
        List<GadgetOption> metrics = new ArrayList<>(List.of(
                new GadgetOption(QuotaMetric.REVENUE_WON.key(), translator.text("salesteam.gadget.attainment.metric.revenue")),
                new GadgetOption(QuotaMetric.DEALS_WON.key(), translator.text("salesteam.gadget.attainment.metric.deals")),
                new GadgetOption(QuotaMetric.NEW_PIPELINE.key(),
                        translator.text("salesteam.gadget.attainment.metric.newpipeline"))));
        metrics.addAll(QuotaKpiOptions.of(kpis.list(false), translator));
        result.put("metrics", metrics);
        if (!visible.isEmpty()) {
            result.put("mode", MODE_TEAM);
        } else if (caller.get().admin()) {
            result.put("noTeamKey", "salesteam.gadget.attainment.noteams.admin");
        } else {
            // a rep outside every team still sees their own row: quotas may have been set before teams changed
            result.put("mode", MODE_OWN);
            result.put("noTeamKey", all.isEmpty() ? "salesteam.gadget.attainment.noteams"
                    : "salesteam.gadget.attainment.nomember");
        }
        return result;
    }

    private List<GadgetOption> periodOptions() {
        return GadgetPickers.periodChoices(List.of(PeriodChoice.THIS_QUARTER, PeriodChoice.LAST_QUARTER,
                PeriodChoice.NEXT_QUARTER, PeriodChoice.THIS_MONTH, PeriodChoice.LAST_MONTH, PeriodChoice.THIS_YEAR,
                PeriodChoice.LAST_YEAR, PeriodChoice.THIS_WEEK, PeriodChoice.LAST_WEEK), periods, translator);
    }
}
