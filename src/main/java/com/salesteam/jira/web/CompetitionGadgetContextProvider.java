package com.salesteam.jira.web;

import com.atlassian.plugin.web.ContextProvider;
import com.salesteam.jira.model.competition.CompetitionState;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.competition.CompetitionService;
import com.salesteam.jira.service.competition.CompetitionSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server-side view of the Competition Standings gadget: the competitions the viewer may see (running first,
 * then upcoming, then finished) and which one to show first: the running one the viewer takes part in, else the
 * first running one, else the latest (each named with its metric, a KPI in the viewer's language); and how many places
 * to show. The standings come from the competitions REST
 * API, which applies privacy.
 */
public class CompetitionGadgetContextProvider implements ContextProvider {

    private static final List<Integer> SIZES = List.of(5, 10, 25);

    private final CurrentUser currentUser;
    private final CompetitionService competitions;
    private final Translator translator;
    private final CompetitionMetrics metrics;

    public CompetitionGadgetContextProvider(CurrentUser currentUser, CompetitionService competitions,
                                            Translator translator, ScorecardCache scorecards) {
        this.currentUser = currentUser;
        this.competitions = competitions;
        this.translator = translator;
        this.metrics = new CompetitionMetrics(scorecards, translator);
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
        result.put("competitions", List.of());
        // a boolean rather than $competitions.isEmpty(): Jira's Velocity allow-list only lets templates call listed methods
        result.put("hasCompetitions", false);
        result.put("selected", "");
        result.put("noneKey", "");
        result.put("sizes", SIZES.stream().map(size -> new GadgetOption(size.toString(), size.toString())).toList());
        if (caller.isEmpty()) {
            return result;
        }
        List<CompetitionSummary> visible = new ArrayList<>(competitions.list(""));
        visible.sort(Comparator.comparingInt(CompetitionGadgetContextProvider::order));
        List<GadgetOption> options = visible.stream().map(summary -> new GadgetOption(
                Long.toString(summary.competition().id()), summary.competition().terms().name() + " · "
                + metrics.label(summary.competition().terms()) + " · "
                + translator.text("salesteam.competition.section." + summary.state().key()))).toList();
        result.put("competitions", options);
        result.put("hasCompetitions", !options.isEmpty());
        visible.stream().filter(s -> s.state() == CompetitionState.RUNNING && s.takingPart()).findFirst()
                .or(() -> visible.stream().findFirst())
                .ifPresent(summary -> result.put("selected", Long.toString(summary.competition().id())));
        if (options.isEmpty()) {
            result.put("noneKey", caller.get().admin() ? "salesteam.gadget.competition.none.manager"
                    : "salesteam.gadget.competition.none");
        }
        return result;
    }

    /** Running, upcoming, finished; the list keeps its latest-first order within each. */
    private static int order(CompetitionSummary summary) {
        return switch (summary.state()) {
            case RUNNING -> 0;
            case UPCOMING -> 1;
            case FINISHED -> 2;
        };
    }
}
