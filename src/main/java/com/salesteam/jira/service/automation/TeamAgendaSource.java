package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.cadence.CoachingOverview;
import com.salesteam.jira.model.cadence.TeamAgenda;
import com.salesteam.jira.model.competition.CompetitionState;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.ActingUser;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.ForecastService;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.cadence.CoachingOverviewService;
import com.salesteam.jira.service.competition.CompetitionService;
import com.salesteam.jira.service.ranking.Leaderboard;
import com.salesteam.jira.service.ranking.LeaderboardService;
import com.salesteam.jira.store.SettingsRepository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers a team's Sales Meeting agenda from the app's own services, read as the team's manager (so their rules on
 * who sees what apply), then cut to what a rep of the team may see of the leaderboard, since the meeting issue is
 * the whole team's: no board when the admin does not show boards to reps, ranks without amounts when the admin
 * hides them. The forecast is the team's total only (no per-rep lines), the figure the team meets about.
 */
public class TeamAgendaSource {

    private final ForecastService forecasts;
    private final LeaderboardService leaderboards;
    private final CompetitionService competitions;
    private final CoachingOverviewService coaching;
    private final SlippedDeals slippedDeals;
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final ActingUser acting;

    /** The services given must be built over {@code acting}, the caller this source sets for them. */
    public TeamAgendaSource(ForecastService forecasts, LeaderboardService leaderboards, CompetitionService competitions,
                            CoachingOverviewService coaching, SlippedDeals slippedDeals, SettingsRepository settings,
                            UserDirectory users, ActingUser acting) {
        this.forecasts = forecasts;
        this.leaderboards = leaderboards;
        this.competitions = competitions;
        this.coaching = coaching;
        this.slippedDeals = slippedDeals;
        this.settings = settings;
        this.users = users;
        this.acting = acting;
    }

    /** The agenda of {@code team}'s meeting for {@code period}, read as {@code managerKey}, values in {@code locale}. */
    public TeamAgenda agenda(Team team, TeamHierarchy hierarchy, Period period, int top, String managerKey,
                             Locale locale) {
        Caller manager = new Caller(managerKey, users.byKey(managerKey).map(Person::displayName).orElse(managerKey),
                false);
        return acting.as(manager, () -> {
            Set<String> members = hierarchy.rollUpMembers(team.id());
            return new TeamAgenda(team.name(), period.label(locale), forecast(team, period, locale),
                    leaderboard(team, period, top, locale), slipped(members), reviews(team),
                    running(members));
        });
    }

    /** Empty when the manager may not see the team's amounts (a project they cannot browse holds a deal). */
    private List<TeamAgenda.ForecastFigure> forecast(Team team, Period period, Locale locale) {
        try {
            List<TeamAgenda.ForecastFigure> figures = new ArrayList<>();
            for (ForecastTotals totals : forecasts.forTeam(team.id(), period.key()).total().totals().values()) {
                figures.add(new TeamAgenda.ForecastFigure(totals.closedWon().format(locale),
                        totals.commit().format(locale), totals.bestCase().format(locale),
                        totals.openPipeline().format(locale)));
            }
            return figures;
        } catch (ServiceException refused) {
            return List.of();
        }
    }

    /** Leaderboards have no weeks: a weekly meeting looks at the month its week begins in. */
    private Optional<List<TeamAgenda.LeaderRow>> leaderboard(Team team, Period period, int top, Locale locale) {
        LeaderboardPrivacy privacy = settings.leaderboardSettings().privacy();
        if (!privacy.showToReps()) {
            return Optional.empty();
        }
        Period ranked = period.type() == PeriodType.WEEK
                ? period.calendar().periodContaining(PeriodType.MONTH, period.start()) : period;
        Leaderboard board = leaderboards.board(LeaderboardMetric.REVENUE_WON.key(), ranked.key(), team.id(), top);
        boolean hidden = privacy.hideAmountsFromReps() || board.hiddenAmounts();
        List<TeamAgenda.LeaderRow> rows = new ArrayList<>();
        for (Leaderboard.Row row : board.rows()) {
            Optional<String> value = hidden ? Optional.empty() : row.value()
                    .map(amount -> Money.ofMinor(amount.longValueExact(), board.currency()).format(locale));
            rows.add(new TeamAgenda.LeaderRow(row.rank(), row.name(), value));
        }
        return Optional.of(rows);
    }

    private List<TeamAgenda.SlippedDeal> slipped(Set<String> members) {
        return slippedDeals.of(Optional.of(members)).stream().map(deal -> new TeamAgenda.SlippedDeal(deal.issueKey(),
                deal.ownerName(), deal.expectedClose(), deal.slipCount())).toList();
    }

    private List<TeamAgenda.ReviewsDue> reviews(Team team) {
        List<TeamAgenda.ReviewsDue> due = new ArrayList<>();
        for (CoachingOverview.Line line : coaching.overview(team.id()).overview().reps()) {
            if (line.reviewsDue() + line.reviewsOverdue() > 0) {
                due.add(new TeamAgenda.ReviewsDue(users.byKey(line.repKey()).map(Person::displayName)
                        .orElse(line.repKey()), line.reviewsDue(), line.reviewsOverdue()));
            }
        }
        return due;
    }

    /** The running competitions someone of the team takes part in. */
    private List<TeamAgenda.RunningCompetition> running(Set<String> members) {
        return competitions.list(CompetitionState.RUNNING.key()).stream()
                .filter(summary -> !Collections.disjoint(summary.competition().roster(), members))
                .map(summary -> new TeamAgenda.RunningCompetition(summary.competition().terms().name(),
                        summary.competition().terms().end())).toList();
    }
}
