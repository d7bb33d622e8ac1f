package com.salesteam.jira.web;

import com.atlassian.plugin.web.ContextProvider;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.LeaderboardSettingsCache;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server-side view of the Leaderboard gadget: the metrics, periods, sizes and boards the viewer may pick (an
 * admin every rep and every team, a manager the teams they manage and those below, a rep the teams they belong to,
 * and every rep too for those when the admin shows the company-wide board to reps)
 * and which empty state applies. The rows come from the leaderboard REST API, which applies the privacy settings.
 */
public class LeaderboardGadgetContextProvider implements ContextProvider {

    /** The team picker's value for the all-company board, which the REST API serves without a team. */
    static final String ALL_REPS = "all";

    private static final List<Integer> SIZES = List.of(5, 10, 25);

    /** A KPI's metric picker value: "kpi:" and its key; the script splits it into the metric and kpi parameters. */
    static final String KPI_PREFIX = "kpi:";

    private final CurrentUser currentUser;
    private final TeamService teams;
    private final PeriodService periods;
    private final Translator translator;
    private final ScorecardCache scorecards;
    private final LeaderboardSettingsCache settings;

    public LeaderboardGadgetContextProvider(CurrentUser currentUser, TeamService teams, PeriodService periods,
                                            Translator translator, ScorecardCache scorecards,
                                            LeaderboardSettingsCache settings) {
        this.currentUser = currentUser;
        this.teams = teams;
        this.periods = periods;
        this.translator = translator;
        this.scorecards = scorecards;
        this.settings = settings;
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
        result.put("teams", List.of());
        // a boolean rather than $teams.isEmpty(): Jira's Velocity allow-list only lets templates call listed methods
        result.put("hasBoards", false);
        result.put("periods", List.of());
        result.put("metrics", List.of());
        result.put("sizes", List.of());
        result.put("noTeamKey", "");
        if (caller.isEmpty()) {
            return result;
        }
        List<Team> all = teams.list();
        List<GadgetOption> boards = boards(caller.get(), all);
        result.put("teams", boards);
        result.put("hasBoards", !boards.isEmpty());
        result.put("periods", periodOptions());
        result.put("metrics", metricOptions());
        result.put("sizes", SIZES.stream().map(size -> new GadgetOption(size.toString(), size.toString())).toList());
        if (all.isEmpty()) {
            result.put("noTeamKey", caller.get().admin() ? "salesteam.gadget.leaderboard.noteams.admin"
                    : "salesteam.gadget.leaderboard.noteams");
        } else if (boards.isEmpty()) {
            result.put("noTeamKey", "salesteam.gadget.leaderboard.nomember");
        }
        return result;
    }

    /** All reps for admins, and for a rep with a board of their own when the admin shows the company board to reps. */
    private List<GadgetOption> boards(Caller caller, List<Team> all) {
        List<GadgetOption> teamBoards = GadgetPickers.teams(caller, all, true);
        List<GadgetOption> options = new ArrayList<>();
        if (caller.admin() || !teamBoards.isEmpty() && settings.settings().privacy().companyBoardToReps()) {
            options.add(new GadgetOption(ALL_REPS, translator.text("salesteam.gadget.leaderboard.allreps")));
        }
        options.addAll(teamBoards);
        return options;
    }

    private List<GadgetOption> metricOptions() {
        List<GadgetOption> options = new ArrayList<>();
        for (LeaderboardMetric metric : LeaderboardMetric.values()) {
            if (metric != LeaderboardMetric.KPI) {
                options.add(new GadgetOption(metric.key(),
                        translator.text("salesteam.gadget.leaderboard.metric." + metric.key())));
            }
        }
        // one option per KPI in use, in the viewer's language; the script sends it as metric=kpi
        List<KpiDefinition> kpis = new ArrayList<>(scorecards.rules().kpis().values());
        kpis.sort(Comparator.comparing(KpiDefinition::key));
        for (KpiDefinition kpi : kpis) {
            if (kpi.active()) {
                options.add(new GadgetOption(KPI_PREFIX + kpi.key(), translator.text(
                        "salesteam.gadget.leaderboard.metric.kpi", kpi.name(translator.locale()))));
            }
        }
        return options;
    }

    /** This quarter first: the board people look at most; then the last one, for the final standings. */
    private List<GadgetOption> periodOptions() {
        return GadgetPickers.periodChoices(List.of(PeriodChoice.THIS_QUARTER, PeriodChoice.LAST_QUARTER,
                PeriodChoice.THIS_MONTH, PeriodChoice.LAST_MONTH, PeriodChoice.THIS_YEAR, PeriodChoice.LAST_YEAR,
                PeriodChoice.THIS_WEEK, PeriodChoice.LAST_WEEK), periods, translator);
    }
}
