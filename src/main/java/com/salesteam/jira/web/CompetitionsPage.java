package com.salesteam.jira.web;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionState;
import com.salesteam.jira.model.competition.CompetitionTerms;
import com.salesteam.jira.model.competition.Scoring;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.competition.CompetitionBoard;
import com.salesteam.jira.service.competition.CompetitionService;
import com.salesteam.jira.service.competition.CompetitionSummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The competitions page: the competitions the viewer may see by state (running, upcoming, finished with their
 * winners), and for admins and team managers the form to create one or edit one they may change; admins also get a
 * Delete button on finished ones. What is shown is what the competition service lets the viewer see; the form only
 * offers the teams the viewer manages.
 */
public class CompetitionsPage {

    public static final String TEMPLATE = "templates/competitions.vm";

    private final CompetitionService competitions;
    private final TeamService teams;
    private final Translator translator;
    private final CompetitionMetrics metrics;

    public CompetitionsPage(CompetitionService competitions, TeamService teams, Translator translator,
                            ScorecardCache scorecards) {
        this.competitions = competitions;
        this.teams = teams;
        this.translator = translator;
        this.metrics = new CompetitionMetrics(scorecards, translator);
    }

    /**
     * @param editId  the competition to load into the form (0: a new one); ignored when {@code form} is given
     * @param form    what was typed in a refused save, shown again with its errors
     * @param message a notice for the top of the page ("" for none)
     */
    public Map<String, Object> context(Caller caller, long editId, Optional<CompetitionForm> form, String message) {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        context.put("message", message);
        List<CompetitionSummary> all = competitions.list("");
        Map<CompetitionState, List<CompetitionRow>> byState = new HashMap<>();
        for (CompetitionState state : CompetitionState.values()) {
            byState.put(state, new ArrayList<>());
        }
        all.forEach(summary -> byState.get(summary.state()).add(row(summary)));
        context.put("running", byState.get(CompetitionState.RUNNING));
        context.put("upcoming", byState.get(CompetitionState.UPCOMING));
        context.put("finished", byState.get(CompetitionState.FINISHED));
        context.put("hasCompetitions", !all.isEmpty());
        context.put("noRunning", byState.get(CompetitionState.RUNNING).isEmpty());
        context.put("noUpcoming", byState.get(CompetitionState.UPCOMING).isEmpty());
        context.put("noFinished", byState.get(CompetitionState.FINISHED).isEmpty());

        List<Team> teamList = teams.list();
        boolean canCreate = caller.admin() || new TeamHierarchy(teamList).managesAny(caller.userKey());
        context.put("canCreate", canCreate);
        // only an admin deletes a finished competition (its winners are history): the service's rule, shown here
        context.put("canDeleteFinished", caller.admin());
        context.put("teams", GadgetPickers.teams(caller, teamList, false));
        context.put("scorings", List.of(Scoring.values()).stream().map(scoring -> new GadgetOption(scoring.key(),
                translator.text("salesteam.competition.scoring." + scoring.key()))).toList());
        CompetitionForm shown = form.orElseGet(() -> all.stream()
                .filter(summary -> summary.competition().id() == editId && summary.editable()).findFirst()
                .map(summary -> formOf(summary.competition())).orElse(CompetitionForm.empty()));
        context.put("form", shown);
        context.put("metrics", metrics.options(all.stream().map(CompetitionSummary::competition)
                .filter(competition -> competition.id() == shown.getId()).findFirst()
                .map(Competition::terms).filter(terms -> terms.metricKey().equals(shown.getMetric()))));
        return context;
    }

    private static CompetitionForm formOf(Competition competition) {
        CompetitionTerms terms = competition.terms();
        return new CompetitionForm(competition.id(), terms.name(), terms.description(), terms.metricKey(),
                terms.scoring().key(), terms.start().toString(), terms.end().toString(),
                terms.teamIds().stream().map(String::valueOf).collect(Collectors.toSet()), terms.people(),
                terms.prizes(), Map.of());
    }

    private CompetitionRow row(CompetitionSummary summary) {
        Competition competition = summary.competition();
        CompetitionTerms terms = competition.terms();
        String status = switch (summary.state()) {
            case RUNNING -> translator.text("salesteam.competition.daysleft", summary.daysLeft());
            case UPCOMING -> translator.text("salesteam.competition.startsin", summary.daysLeft());
            case FINISHED -> translator.text(competition.frozenAt().isPresent() ? "salesteam.competition.final"
                    : "salesteam.competition.recording");
        };
        String metric = metrics.label(terms) + " · "
                + translator.text("salesteam.competition.scoring." + terms.scoring().key());
        List<CompetitionWinnerRow> winners = summary.winners().stream().map(winner -> new CompetitionWinnerRow(
                winner.rank(), winner.name(), winner.prize(), figure(competition, winner))).toList();
        return new CompetitionRow(competition.id(), terms.name(), terms.description(),
                translator.text("salesteam.competition.dates", terms.start().toString(), terms.end().toString()),
                metric, competition.roster().size(), status, summary.editable(), competition.frozenAt().isPresent(),
                winners);
    }

    /** The percent of target, else the value in the viewer's language, or empty text when hidden. */
    private String figure(Competition competition, CompetitionBoard.Row row) {
        if (row.percent().isPresent()) {
            return translator.text("salesteam.competition.percent", row.percent().get().toPlainString());
        }
        return row.value().map(value -> formatted(competition, value)).orElse("");
    }

    private String formatted(Competition competition, BigDecimal value) {
        return competition.terms().money()
                ? Money.ofMinor(value.longValueExact(), competition.currency()).format(translator.locale())
                : KpiDefinition.plainText(value);
    }
}
