package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.kpi.RepScorecardLoader;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.KpiDefEntity;
import com.salesteam.jira.store.KpiEntryEntity;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.ScoreWeightEntity;
import com.salesteam.jira.store.ScorecardRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mockito;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * Boards of one KPI and of the KPI Scorecard on a real database, per role, with movement and statement counts.
 *
 * <p>District (boss; bob, carl, dave, erin) sits under Region (vp); Elsewhere (other; dan) apart. Calls (rep
 * benchmark 200 a month, the only weighted KPI of reps) in FY2026-Q2: carl 600, bob 300, dave and erin nothing, dan
 * 900; in Q1: bob 600, carl 120. Hours to answer (lower is better) in Q2: bob 5, carl 2; in Q1 bob 1, carl 3.
 * Deals won in Q2: dave two, bob one.
 */
public class LeaderboardKpiBoardsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");
    private static final String Q2 = "FY2026-Q2";

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class, KpiDefEntity.class, KpiEntryEntity.class, ScoreWeightEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private LeaderboardServiceImpl service;
    private SettingsRepository settings;
    private MemoryLeaderboardSettingsCache boardSettings;
    private Team district;
    private MemoryScorecardCache scorecards;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        KpiRepository kpis = new KpiRepository(db.ao());
        DealLedger ledger = new DealLedger(db.ao());
        settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        Team region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of()));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("bob", "carl", "dave", "erin")));
        teams.create(new TeamDraft("Elsewhere", "", Optional.empty(), Optional.of("other"), List.of("dan")));
        kpis.createMissing(KpiDefinition.standardActivities());
        KpiDefinition hours = new KpiDefinition("answer-hours", "Hours to answer", "回复小时数", KpiUnit.HOURS,
                new KpiSource.Manual(), KpiDirection.LOWER_IS_BETTER,
                Map.of(KpiRole.REP, BigDecimal.valueOf(4), KpiRole.MANAGER, BigDecimal.valueOf(4)), true);
        kpis.create(hours);
        kpis.create(new KpiDefinition("won", "Deals won", "赢单", KpiUnit.COUNT,
                new KpiSource.DealMetric(QuotaMetric.DEALS_WON), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, BigDecimal.ONE, KpiRole.MANAGER, BigDecimal.ONE), true));
        kpis.update(KpiDefinition.standardActivities().get(2).withActive(false));
        Map<String, KpiDefinition> definitions = new java.util.HashMap<>();
        kpis.definitions().forEach(definition -> definitions.put(definition.key(), definition));
        new ScorecardRepository(db.ao()).replace(List.of(Scorecard.define(KpiRole.REP,
                List.of(new ScorecardWeight("calls", BigDecimal.valueOf(100), Optional.empty())), definitions)));
        log(kpis, "calls", "carl", LocalDate.of(2026, 4, 2), 600);
        log(kpis, "calls", "bob", LocalDate.of(2026, 5, 2), 300);
        log(kpis, "calls", "dan", LocalDate.of(2026, 6, 30), 900);
        log(kpis, "calls", "bob", LocalDate.of(2026, 3, 31), 600);
        log(kpis, "calls", "carl", LocalDate.of(2026, 1, 1), 120);
        log(kpis, "answer-hours", "bob", LocalDate.of(2026, 5, 3), 5);
        log(kpis, "answer-hours", "carl", LocalDate.of(2026, 5, 3), 2);
        log(kpis, "answer-hours", "bob", LocalDate.of(2026, 2, 3), 1);
        log(kpis, "answer-hours", "carl", LocalDate.of(2026, 2, 3), 3);
        won(ledger, 1, "dave", LocalDate.of(2026, 4, 10));
        won(ledger, 2, "dave", LocalDate.of(2026, 5, 10));
        won(ledger, 3, "bob", LocalDate.of(2026, 6, 10));
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        MemoryPeriodSumsCache periodSums = new MemoryPeriodSumsCache(ledger);
        scorecards = MemoryScorecardCache.over(new RepScorecardLoader(kpis, new ScorecardRepository(db.ao()), ledger,
                new MemoryDaySumsCache(ledger), teams, settings));
        boardSettings = new MemoryLeaderboardSettingsCache(settings);
        service = new LeaderboardServiceImpl(periodSums, new QuotaRepository(db.ao()), new MemoryTeamTreeCache(teams),
                boardSettings, users,
                currentUser, Clock.fixed(NOW, ZoneOffset.UTC), new DealAmountAccess(userKey -> Set.of(), ledger), kpis,
                scorecards, new MemoryDaySumsCache(ledger), ledger);
    }

    private static void log(KpiRepository kpis, String kpi, String user, LocalDate day, long value) {
        kpis.log(new KpiEntry(kpi, user, day, BigDecimal.valueOf(value)));
    }

    private static void won(DealLedger ledger, long issue, String owner, LocalDate day) {
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(1L), Money.ofMinor(1_000_00L, EUR),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1),
                FiscalCalendar.DEFAULT);
    }

    private void actAs(String userKey, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, admin)));
    }

    /** The board as the user sees it, and the statements it took (the KPI definitions already cached). */
    private Leaderboard boardAs(String userKey, String metric, String kpi, Long teamId, List<Integer> statements) {
        actAs(userKey, userKey.equals("admin"));
        scorecards.rules();
        db.statements().reset();
        Leaderboard board = service.board(metric, kpi, Q2, teamId, null);
        statements.add(db.statements().count());
        return board;
    }

    private static List<String> keys(Leaderboard board) {
        return board.rows().stream().map(Leaderboard.Row::userKey).toList();
    }

    private static List<Integer> ranks(Leaderboard board) {
        return board.rows().stream().map(Leaderboard.Row::rank).toList();
    }

    private static List<Optional<BigDecimal>> values(Leaderboard board) {
        return board.rows().stream().map(Leaderboard.Row::value).toList();
    }

    private static List<Optional<Integer>> movements(Leaderboard board) {
        return board.rows().stream().map(Leaderboard.Row::movement).toList();
    }

    @Test
    public void aManagerRanksTheTeamByAKpiWithMovementInThreeStatements() {
        List<Integer> statements = new ArrayList<>();
        Leaderboard board = boardAs("boss", "kpi", "calls", district.id(), statements);

        assertEquals("settings, teams (one), the KPI's values of both quarters", List.of(3), statements);
        assertEquals(LeaderboardMetric.KPI, board.metric());
        assertEquals("calls", board.kpi().orElseThrow().key());
        assertEquals(List.of("carl", "bob", "dave", "erin"), keys(board));
        assertEquals(List.of(1, 2, 3, 3), ranks(board));
        assertEquals(List.of(Optional.of(new BigDecimal("600.00")), Optional.of(new BigDecimal("300.00")),
                Optional.of(new BigDecimal("0.00")), Optional.of(new BigDecimal("0.00"))), values(board));
        assertEquals("Q1: bob 1, carl 2, dave and erin 3", List.of(Optional.of(1), Optional.of(-1), Optional.of(0),
                Optional.of(0)), movements(board));
        assertFalse(board.hiddenAmounts());
    }

    @Test
    public void aLowerIsBetterKpiRanksTheLowestFirstAndLeavesOutThoseWhoLoggedNothing() {
        List<Integer> statements = new ArrayList<>();
        Leaderboard board = boardAs("vp", "kpi", "answer-hours", district.id(), statements);

        assertEquals(List.of("carl", "bob"), keys(board));
        assertEquals(List.of(1, 2), ranks(board));
        assertEquals(List.of(Optional.of(new BigDecimal("2.00")), Optional.of(new BigDecimal("5.00"))), values(board));
        assertEquals("Q1: bob 1 (1 h), carl 2 (3 h)", List.of(Optional.of(1), Optional.of(-1)), movements(board));
        assertTrue(statements.get(0) <= 4);
    }

    @Test
    public void aDealKpiRanksFromThePeriodSums() {
        List<Integer> statements = new ArrayList<>();
        Leaderboard board = boardAs("boss", "kpi", "won", district.id(), statements);

        assertEquals(List.of("dave", "bob", "carl", "erin"), keys(board));
        assertEquals(List.of(Optional.of(BigDecimal.valueOf(2)), Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.ZERO)), values(board));
        assertEquals("settings, teams (one), the period rows", List.of(3), statements);
    }

    @Test
    public void theScorecardBoardRanksScoresWithMovementInThreeStatements() {
        List<Integer> statements = new ArrayList<>();
        Leaderboard board = boardAs("boss", "scorecard", null, district.id(), statements);

        assertEquals("settings, teams (one), everyone's logged values of both quarters (no deal KPI weighted)",
                List.of(3), statements);
        assertEquals(List.of("carl", "bob", "dave", "erin"), keys(board));
        // benchmark 200 calls a month: 600 a quarter
        assertEquals(List.of(Optional.of(new BigDecimal("100.00")), Optional.of(new BigDecimal("50.00")),
                Optional.of(new BigDecimal("0.00")), Optional.of(new BigDecimal("0.00"))), values(board));
        assertEquals(List.of(1, 2, 3, 3), ranks(board));
        assertEquals(List.of(Optional.of(1), Optional.of(-1), Optional.of(0), Optional.of(0)), movements(board));
        assertEquals(Optional.empty(), board.kpi());
    }

    @Test
    public void theScorecardOfEveryoneIsEveryTeamMemberForAdminsOnly() {
        List<Integer> statements = new ArrayList<>();
        Leaderboard board = boardAs("admin", "scorecard", null, null, statements);

        assertEquals(List.of("dan", "carl", "bob", "dave", "erin"), keys(board));
        assertEquals(Optional.of(new BigDecimal("150.00")), board.rows().get(0).value());
        assertTrue(statements.get(0) <= 4);

        actAs("boss", false);
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.board("scorecard", null, Q2, null, null))
                .reason());
        actAs("bob", false);
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.board("kpi", "calls", Q2, null, null))
                .reason());
    }

    @Test
    public void theKpiBoardOfEveryoneRanksThoseWhoLoggedIt() {
        List<Integer> statements = new ArrayList<>();
        Leaderboard board = boardAs("admin", "kpi", "calls", null, statements);

        assertEquals(List.of("dan", "carl", "bob"), keys(board));
        assertEquals(List.of(Optional.of(new BigDecimal("900.00")), Optional.of(new BigDecimal("600.00")),
                Optional.of(new BigDecimal("300.00"))), values(board));
        assertEquals("settings and the values", List.of(2), statements);
    }

    @Test
    public void withAmountsHiddenARepSeesRanksAndOnlyTheirOwnValue() {
        actAs("bob", false);
        assertEquals("not shared with reps", ServiceException.Reason.FORBIDDEN,
                refused(() -> service.board("kpi", "calls", Q2, district.id(), null)).reason());

        savePrivacy(new LeaderboardPrivacy(true, true, Set.of("erin")));
        for (String metric : List.of("kpi", "scorecard")) {
            List<Integer> statements = new ArrayList<>();
            Leaderboard board = boardAs("bob", metric, "calls", district.id(), statements);
            assertTrue(board.hiddenAmounts());
            assertEquals("erin is left out", List.of("carl", "bob", "dave"), keys(board));
            assertEquals(List.of(1, 2, 3), ranks(board));
            assertEquals(metric, Optional.empty(), board.rows().get(0).value());
            assertTrue(metric, board.rows().get(1).value().isPresent());
            assertEquals(Optional.empty(), board.rows().get(2).value());
        }
        actAs("dan", false);
        assertEquals("another team's KPI board", ServiceException.Reason.FORBIDDEN,
                refused(() -> service.board("kpi", "calls", Q2, district.id(), null)).reason());
    }

    @Test
    public void kpiAndScorecardBoardsRefuseWeeksRangesAndReachedFirstNamingTheField() {
        actAs("boss", false);
        for (String metric : List.of("kpi", "scorecard")) {
            assertEquals(metric, List.of("period"), fields(() -> service.board(metric, "calls", "2026-W19", null, null,
                    district.id(), null, null)));
            assertEquals(metric, List.of("from"), fields(() -> service.board(metric, "calls", "", "2026-05-01",
                    "2026-05-17", district.id(), null, null)));
            assertEquals(metric, List.of("tieBreak"), fields(() -> service.board(metric, "calls", Q2, null, null,
                    district.id(), null, "reached-first")));
            assertEquals(metric, service.board(metric, "calls", Q2, district.id(), null),
                    service.board(metric, "calls", Q2, null, null, district.id(), null, "shared"));
        }
    }

    private static List<String> fields(Runnable call) {
        ServiceException refusal = refused(call::run);
        assertEquals(ServiceException.Reason.INVALID, refusal.reason());
        return refusal.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    public void aMissingUnknownOrInactiveKpiIsAFieldError() {
        actAs("boss", false);
        for (String kpi : java.util.Arrays.asList(null, " ", "nope", "emails")) {
            ServiceException refusal = refused(() -> service.board("kpi", kpi, Q2, district.id(), null));
            assertEquals(kpi, ServiceException.Reason.INVALID, refusal.reason());
            assertEquals(List.of("kpi"), refusal.fieldErrors().stream().map(FieldError::field).toList());
        }
    }

    /** Saved as the privacy service saves it: the cached settings forgotten. */
    private void savePrivacy(LeaderboardPrivacy privacy) {
        settings.saveLeaderboardPrivacy(privacy);
        boardSettings.forget();
    }
}
