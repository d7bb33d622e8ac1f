package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.automation.SlipReason;
import com.salesteam.jira.model.cadence.CoachingOverview;
import com.salesteam.jira.model.cadence.TeamAgenda;
import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionState;
import com.salesteam.jira.model.competition.CompetitionTerms;
import com.salesteam.jira.model.competition.Scoring;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.ActingUser;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.Forecast;
import com.salesteam.jira.service.ForecastLine;
import com.salesteam.jira.service.ForecastService;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.cadence.CoachingOverviewService;
import com.salesteam.jira.service.competition.CompetitionService;
import com.salesteam.jira.service.competition.CompetitionSummary;
import com.salesteam.jira.service.ranking.Leaderboard;
import com.salesteam.jira.service.ranking.LeaderboardService;
import com.salesteam.jira.store.SettingsRepository;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What a team's meeting agenda gathers, as whom, and what a rep of the team may see of the leaderboard. */
public class TeamAgendaSourceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Team EMEA = new Team(3, "EMEA", "", Optional.empty(), Optional.of("boss"),
            List.of("boss", "ann", "bob"));
    private static final TeamHierarchy TEAMS = new TeamHierarchy(List.of(EMEA));
    private static final Period MAY = FiscalCalendar.DEFAULT.periodContaining(PeriodType.MONTH, LocalDate.of(2026, 5, 14));
    private static final Period WEEK = FiscalCalendar.DEFAULT.periodContaining(PeriodType.WEEK, LocalDate.of(2026, 5, 14));

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ForecastService forecasts;
    @Mock
    private LeaderboardService leaderboards;
    @Mock
    private CompetitionService competitions;
    @Mock
    private CoachingOverviewService coaching;
    @Mock
    private SlippedDeals slipped;
    @Mock
    private SettingsRepository settings;

    private final ActingUser acting = new ActingUser();
    private final List<Optional<Caller>> askedAs = new ArrayList<>();
    private TeamAgendaSource source;

    @Before
    public void setUp() {
        UserDirectory users = new UserDirectory() {
            @Override
            public Optional<Person> byKey(String key) {
                return Optional.of(new Person(key, key, "Name of " + key));
            }

            @Override
            public Optional<Person> byUsername(String username) {
                return Optional.empty();
            }
        };
        source = new TeamAgendaSource(forecasts, leaderboards, competitions, coaching, slipped, settings, users, acting);
        privacy(new LeaderboardPrivacy(true, false, Set.of()));
        ForecastTotals totals = new ForecastTotals(EUR, 1_000_000, 2, 500_000, 300_000, 200_000, 0, 0, 3);
        when(forecasts.forTeam(eq(3L), anyString())).thenAnswer(call -> {
            askedAs.add(acting.currentUser().caller());
            return new Forecast(MAY, new ForecastLine("3", "EMEA", Map.of(EUR, totals)), List.of(), List.of(), List.of());
        });
        when(leaderboards.board(anyString(), anyString(), anyLong(), anyInt())).thenAnswer(call -> board(false));
        when(slipped.of(any())).thenReturn(List.of(new SlippedDeal(7, "SALES-7", "ann", "Ann", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 8, 1), 3, Set.of(SlipReason.TOO_MANY_SLIPS), Instant.EPOCH)));
        when(coaching.overview(3)).thenReturn(new CoachingOverviewService.TeamOverview(EMEA, new CoachingOverview(3, 1, 1,
                List.of(new CoachingOverview.Line("ann", 1, 1, 0, Optional.empty(), 0, 0),
                        new CoachingOverview.Line("bob", 0, 0, 2, Optional.empty(), 0, 0)))));
        when(competitions.list(CompetitionState.RUNNING.key())).thenReturn(List.of(
                running("Spring sprint", List.of("bob", "zed")), running("Someone else's", List.of("zed"))));
    }

    private void privacy(LeaderboardPrivacy privacy) {
        when(settings.leaderboardSettings()).thenReturn(new SettingsRepository.LeaderboardSettings(FiscalCalendar.DEFAULT,
                EUR, privacy));
    }

    private static Leaderboard board(boolean hidden) {
        return new Leaderboard(LeaderboardMetric.REVENUE_WON, MAY.key(), MAY.previous().key(), Optional.of(3L), EUR,
                List.of(new Leaderboard.Row(1, "ann", "Ann", hidden ? Optional.empty() : Optional.of(BigDecimal.valueOf(900_000)),
                                Optional.empty(), Optional.empty(), false),
                        new Leaderboard.Row(2, "bob", "Bob", hidden ? Optional.empty() : Optional.of(BigDecimal.valueOf(100_000)),
                                Optional.empty(), Optional.empty(), false)),
                Optional.empty(), hidden, 0, 0, Optional.empty());
    }

    private static CompetitionSummary running(String name, List<String> roster) {
        return new CompetitionSummary(new Competition(1, new CompetitionTerms(name, "", LeaderboardMetric.REVENUE_WON,
                Scoring.ABSOLUTE, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), List.of(), roster, List.of()),
                roster, EUR, "boss", Optional.empty()), CompetitionState.RUNNING, 18, false, false, List.of());
    }

    @Test
    public void theAgendaIsReadAsTheTeamsManagerAndGathersEveryPart() {
        TeamAgenda agenda = source.agenda(EMEA, TEAMS, MAY, 5, "boss", Locale.ENGLISH);

        assertEquals(List.of(Optional.of(new Caller("boss", "Name of boss", false))), askedAs);
        assertEquals(Optional.empty(), acting.currentUser().caller());
        assertEquals("EMEA", agenda.teamName());
        assertEquals(MAY.label(Locale.ENGLISH), agenda.periodLabel());
        assertEquals(List.of(new TeamAgenda.ForecastFigure("€10,000.00", "€12,000.00", "€15,000.00", "€10,000.00")),
                agenda.forecast());
        assertEquals(Optional.of(List.of(new TeamAgenda.LeaderRow(1, "Ann", Optional.of("€9,000.00")),
                new TeamAgenda.LeaderRow(2, "Bob", Optional.of("€1,000.00")))), agenda.leaderboard());
        assertEquals(List.of(new TeamAgenda.SlippedDeal("SALES-7", "Ann", LocalDate.of(2026, 8, 1), 3)), agenda.slipped());
        verify(slipped).of(Optional.of(Set.of("boss", "ann", "bob")));
        assertEquals(List.of(new TeamAgenda.ReviewsDue("Name of ann", 1, 1)), agenda.reviews());
        assertEquals(List.of(new TeamAgenda.RunningCompetition("Spring sprint", LocalDate.of(2026, 5, 31))),
                agenda.competitions());
        verify(leaderboards).board(LeaderboardMetric.REVENUE_WON.key(), MAY.key(), 3L, 5);
    }

    @Test
    public void aRepSeesNoBoardWhenBoardsAreNotSharedAndRanksOnlyWhenAmountsAreHidden() {
        privacy(new LeaderboardPrivacy(false, false, Set.of()));
        assertEquals(Optional.empty(), source.agenda(EMEA, TEAMS, MAY, 5, "boss", Locale.ENGLISH).leaderboard());
        verify(leaderboards, never()).board(anyString(), anyString(), anyLong(), anyInt());

        privacy(new LeaderboardPrivacy(true, true, Set.of()));
        assertEquals(Optional.of(List.of(new TeamAgenda.LeaderRow(1, "Ann", Optional.empty()),
                new TeamAgenda.LeaderRow(2, "Bob", Optional.empty()))),
                source.agenda(EMEA, TEAMS, MAY, 5, "boss", Locale.ENGLISH).leaderboard());

        // the manager may not see every deal: the board hides amounts, so the agenda does too
        privacy(new LeaderboardPrivacy(true, false, Set.of()));
        when(leaderboards.board(anyString(), anyString(), anyLong(), anyInt())).thenReturn(board(true));
        assertTrue(source.agenda(EMEA, TEAMS, MAY, 5, "boss", Locale.ENGLISH).leaderboard().orElseThrow().stream()
                .allMatch(row -> row.value().isEmpty()));
    }

    @Test
    public void aWeeklyMeetingRanksTheMonthItsWeekBeginsInAndARefusedForecastIsLeftOut() {
        when(forecasts.forTeam(eq(3L), anyString())).thenThrow(ServiceException.forbidden("salesteam.error.browse"));

        TeamAgenda agenda = source.agenda(EMEA, TEAMS, WEEK, 3, "boss", Locale.SIMPLIFIED_CHINESE);

        verify(leaderboards).board(LeaderboardMetric.REVENUE_WON.key(), MAY.key(), 3L, 3);
        assertEquals(List.of(), agenda.forecast());
        assertEquals(WEEK.label(Locale.SIMPLIFIED_CHINESE), agenda.periodLabel());
    }

    @Test
    public void theActingUserIsRestoredWhenTheAgendaFails() {
        when(coaching.overview(3)).thenThrow(new IllegalStateException("database gone"));

        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> source.agenda(EMEA, TEAMS, MAY, 5, "boss", Locale.ENGLISH));
        assertEquals("database gone", failed.getMessage());
        assertEquals(Optional.empty(), acting.currentUser().caller());
    }
}
