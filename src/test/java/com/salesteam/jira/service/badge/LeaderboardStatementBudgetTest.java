package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.GroupDirectory;
import com.salesteam.jira.service.TeamGroupSync;
import com.salesteam.jira.service.TeamServiceImpl;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.kpi.RepScorecardLoader;
import com.salesteam.jira.service.ranking.Leaderboard;
import com.salesteam.jira.service.ranking.LeaderboardServiceImpl;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.BadgeEntity;
import com.salesteam.jira.store.BadgeRepository;
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
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryBadgeCache;
import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * A leaderboard request as the REST resource serves it (the board, then the shown people's badges) within five
 * statements with its period sums, day sums and badges all cold, for every metric, period kind, scope and tie-break:
 * among them the three that took six while the teams were read on every board (a team's percent of quota, a team's
 * scorecard weighting a deal KPI, a team's board told apart by "reached it first"), and every kind of board again on
 * the first board after a team change, the team tree cold too (one statement: the team rows hold their members). The team tree and the leaderboard settings are as an
 * earlier board left them unless a test forgets them; the scorecard's KPI definitions are cached, as the scorecard
 * cache keeps them.
 *
 * <p>District (boss; bob, carl, dave, erin, with tied deals) sits under Region (vp); Elsewhere (other; dan) apart.
 */
public class LeaderboardStatementBudgetTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");
    private static final String Q2 = "FY2026-Q2";

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class, KpiDefEntity.class, KpiEntryEntity.class, ScoreWeightEntity.class,
            BadgeEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final UserDirectory users = Mockito.mock(UserDirectory.class);
    private TeamRepository teams;
    private MemoryTeamTreeCache teamTree;
    private MemoryLeaderboardSettingsCache boardSettings;
    private MemoryScorecardCache scorecards;
    private DealLedger ledger;
    private Team district;

    @Before
    public void setUp() {
        teams = new TeamRepository(db.ao());
        KpiRepository kpis = new KpiRepository(db.ao());
        ledger = new DealLedger(db.ao());
        new SettingsRepository(db.ao()).saveDefaultCurrency(EUR);
        Team region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of()));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("bob", "carl", "dave", "erin")));
        teams.create(new TeamDraft("Elsewhere", "", Optional.empty(), Optional.of("other"), List.of("dan")));
        kpis.createMissing(KpiDefinition.standardActivities());
        kpis.create(new KpiDefinition("won", "Deals won", "赢单", KpiUnit.COUNT,
                new KpiSource.DealMetric(QuotaMetric.DEALS_WON), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, BigDecimal.ONE, KpiRole.MANAGER, BigDecimal.ONE), true));
        Map<String, KpiDefinition> definitions = new java.util.HashMap<>();
        kpis.definitions().forEach(definition -> definitions.put(definition.key(), definition));
        // a logged KPI and a deal KPI weighted: the scorecard reads the logged values and the period sums
        new ScorecardRepository(db.ao()).replace(List.of(Scorecard.define(KpiRole.REP, List.of(
                new ScorecardWeight("calls", BigDecimal.valueOf(50), Optional.empty()),
                new ScorecardWeight("won", BigDecimal.valueOf(50), Optional.empty())), definitions)));
        kpis.log(new KpiEntry("calls", "bob", LocalDate.of(2026, 5, 2), BigDecimal.valueOf(300)));
        kpis.log(new KpiEntry("calls", "carl", LocalDate.of(2026, 2, 2), BigDecimal.valueOf(200)));
        // bob and carl tie on deals and revenue in the quarter and in its week 20; dave and erin tie in the quarter before
        won(1, "bob", LocalDate.of(2026, 5, 12));
        won(2, "carl", LocalDate.of(2026, 5, 14));
        won(3, "dave", LocalDate.of(2026, 2, 10));
        won(4, "erin", LocalDate.of(2026, 3, 10));
        won(5, "dan", LocalDate.of(2026, 5, 13));
        QuotaRepository quotas = new QuotaRepository(db.ao());
        for (String rep : List.of("bob", "carl", "dave", "erin", "dan")) {
            quotas.put(Quota.ofAmount(new QuotaSubject.Rep(rep), Q2, QuotaMetric.REVENUE_WON,
                    Money.ofMinor(2_000_00L, EUR)), "vp", NOW);
        }
        List<Badge> awarded = new ArrayList<>();
        for (String rep : List.of("bob", "carl", "dan")) {
            awarded.add(new Badge(new Award(rep, BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.empty()),
                    Optional.empty(), NOW, false));
        }
        new BadgeRepository(db.ao()).awardAll(awarded);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), call.getArgument(0))));
        teamTree = new MemoryTeamTreeCache(teams);
        teamTree.teams();
        boardSettings = new MemoryLeaderboardSettingsCache(new SettingsRepository(db.ao()));
        boardSettings.settings();
        scorecards = MemoryScorecardCache.over(new RepScorecardLoader(kpis, new ScorecardRepository(db.ao()), ledger,
                new MemoryDaySumsCache(ledger), teams, new SettingsRepository(db.ao())));
        scorecards.rules();
    }

    private void won(long issue, String owner, LocalDate day) {
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(1L), Money.ofMinor(1_000_00L, EUR),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1),
                FiscalCalendar.DEFAULT);
    }

    /** A EUR 1,000 deal created on {@code day}, still open. */
    private void created(long issue, String owner, LocalDate day) {
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(1L), Money.ofMinor(1_000_00L, EUR),
                "s", DealOutcome.OPEN, 10, ForecastCategory.PIPELINE, Optional.of(LocalDate.of(2026, 9, 30)),
                Optional.empty(), 0, 1, Optional.of(day)), FiscalCalendar.DEFAULT);
    }

    /** One request with cold sums and badges: the board as the caller sees it, and the statements it took. */
    private Served serve(String caller, String metric, String kpi, String period, String from, String to, Long teamId,
                         String tieBreak) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(caller, caller, caller.equals("admin"))));
        LeaderboardServiceImpl boards = new LeaderboardServiceImpl(new MemoryPeriodSumsCache(ledger),
                new QuotaRepository(db.ao()), teamTree, boardSettings, users, currentUser,
                Clock.fixed(NOW, ZoneOffset.UTC), new DealAmountAccess(userKey -> Set.of(), ledger),
                new KpiRepository(db.ao()), scorecards, new MemoryDaySumsCache(ledger), ledger);
        BadgeService badges = new BadgeService(new BadgeRepository(db.ao()), teams, new MemoryBadgeCache(), currentUser,
                (anyone, issues) -> Map.of());
        db.statements().reset();
        Leaderboard board = boards.board(metric, kpi, period, from, to, teamId, 10, tieBreak);
        List<String> shown = new ArrayList<>(board.rows().stream().map(Leaderboard.Row::userKey).toList());
        board.own().ifPresent(own -> shown.add(own.userKey()));
        Map<String, List<Badge>> onBoard = badges.onBoard(shown);
        return new Served(board, onBoard, db.statements().count(), db.statements().preparedSql());
    }

    private record Served(Leaderboard board, Map<String, List<Badge>> badges, int statements, List<String> sql) {
        List<String> keys() {
            return board.rows().stream().map(Leaderboard.Row::userKey).toList();
        }
    }

    @Test
    public void aTeamsPercentOfQuotaWithColdSumsAndBadgesTakesThree() {
        Served served = serve("boss", "percent-of-quota", null, Q2, null, null, district.id(), null);

        assertEquals("period rows, quotas, badges", 3, served.statements());
        assertEquals(List.of("bob", "carl", "dave", "erin"), served.keys());
        assertEquals(List.of(1, 1, 3, 3), served.board().rows().stream().map(Leaderboard.Row::rank).toList());
        assertEquals(Optional.of(new BigDecimal("50.0")), served.board().rows().get(0).value());
        assertEquals(1, served.badges().get("bob").size());
    }

    @Test
    public void aTeamsScorecardWeightingADealKpiWithColdSumsAndBadgesTakesThree() {
        Served served = serve("boss", "scorecard", null, Q2, null, null, district.id(), null);

        assertEquals("logged values, period rows, badges", 3, served.statements());
        assertEquals("bob: 300 of 600 calls and his deal", "bob", served.keys().get(0));
        assertEquals(List.of(), served.badges().get("dave"));
    }

    @Test
    public void aScorecardWeightingNewPipelineTooWithColdSumsAndBadgesTakesFive() {
        weighNewPipeline();

        for (Long team : java.util.Arrays.asList(district.id(), null)) {
            Served served = serve(team == null ? "admin" : "boss", "scorecard", null, Q2, null, null, team, null);
            assertTrue("settings, logged values, period rows, day sums, badges: " + served.statements(),
                    served.statements() <= 5);
        }
    }

    /** The rep scorecard weights calls, deals won and new pipeline (a KPI read from the day sums). */
    private void weighNewPipeline() {
        KpiRepository kpis = new KpiRepository(db.ao());
        kpis.create(new KpiDefinition("pipe", "New pipeline", "新增商机", KpiUnit.MONEY,
                new KpiSource.DealMetric(QuotaMetric.NEW_PIPELINE), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.TEN), true));
        Map<String, KpiDefinition> definitions = new java.util.HashMap<>();
        kpis.definitions().forEach(definition -> definitions.put(definition.key(), definition));
        new ScorecardRepository(db.ao()).replace(List.of(Scorecard.define(KpiRole.REP, List.of(
                new ScorecardWeight("calls", BigDecimal.valueOf(40), Optional.empty()),
                new ScorecardWeight("won", BigDecimal.valueOf(30), Optional.empty()),
                new ScorecardWeight("pipe", BigDecimal.valueOf(30), Optional.empty())), definitions)));
        scorecards.forgetAll();
        scorecards.rules();
    }

    @Test
    public void aTeamsBoardToldApartByTheDayReachedWithColdSumsAndBadgesTakesThree() {
        Served served = serve("boss", "deals-won", null, Q2, null, null, district.id(), "reached-first");

        assertEquals("period rows, the tied reps' days, badges", 3, served.statements());
        assertEquals("bob won on the 12th, carl on the 14th", List.of("bob", "carl", "dave", "erin"), served.keys());
        assertEquals(List.of(1, 2, 3, 3), served.board().rows().stream().map(Leaderboard.Row::rank).toList());
    }

    @Test
    public void everyMetricPeriodScopeAndTieBreakStaysWithinFiveWithColdSumsAndBadges() {
        List<String> sums = List.of("revenue-won", "deals-won", "weighted-pipeline", "new-pipeline", "percent-of-quota");
        List<String> checked = new ArrayList<>();
        for (Long team : java.util.Arrays.asList(district.id(), null)) {
            String caller = team == null ? "admin" : "boss";
            for (String tieBreak : java.util.Arrays.asList(null, "reached-first")) {
                for (String metric : sums) {
                    checked.add(budget(serve(caller, metric, null, Q2, null, null, team, tieBreak), metric + " quarter"));
                    checked.add(budget(serve(caller, metric, null, "2026-W20", null, null, team, tieBreak), metric + " week"));
                    checked.add(budget(serve(caller, metric, null, null, "2026-04-01", "2026-05-14", team, tieBreak),
                            metric + " range"));
                }
            }
            checked.add(budget(serve(caller, "kpi", "won", Q2, null, null, team, null), "deal KPI"));
            checked.add(budget(serve(caller, "kpi", "calls", Q2, null, null, team, null), "logged KPI"));
            checked.add(budget(serve(caller, "scorecard", null, Q2, null, null, team, null), "scorecard"));
        }
        assertEquals(2 * (2 * 5 * 3 + 3), checked.size());
    }

    @Test
    public void newPipelineBoardsAndKpisOfEveryPeriodKindWithColdDaySumsAndBadgesTakeTwoOrThree() {
        new KpiRepository(db.ao()).create(new KpiDefinition("pipe", "New pipeline", "新增商机", KpiUnit.MONEY,
                new KpiSource.DealMetric(QuotaMetric.NEW_PIPELINE), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.TEN), true));
        scorecards.forgetAll();
        scorecards.rules();
        // bob and carl tie on 1,000 of new pipeline in the quarter and in week 19, bob's created first
        created(11, "bob", LocalDate.of(2026, 5, 4));
        created(12, "carl", LocalDate.of(2026, 5, 6));
        created(13, "dan", LocalDate.of(2026, 5, 5));

        for (Long team : java.util.Arrays.asList(district.id(), null)) {
            String caller = team == null ? "admin" : "boss";
            for (String[] period : List.of(new String[]{Q2, null, null}, new String[]{"2026-W19", null, null},
                    new String[]{null, "2026-04-01", "2026-05-14"})) {
                Served board = serve(caller, "new-pipeline", null, period[0], period[1], period[2], team, null);
                assertEquals("day sums, badges", 2, board.statements());
                assertTrue(board.keys().containsAll(List.of("bob", "carl")));
                Served kpi = serve(caller, "kpi", "pipe", period[0], period[1], period[2], team, null);
                assertEquals("day sums, badges", 2, kpi.statements());
                assertEquals(board.keys(), kpi.keys());
                Served told = serve(caller, "new-pipeline", null, period[0], period[1], period[2], team,
                        "reached-first");
                assertEquals("day sums, the tied reps' days, badges", 3, told.statements());
            }
        }
        teamTree.forget();
        Served told = serve("boss", "new-pipeline", null, Q2, null, null, district.id(), "reached-first");
        assertEquals("teams (one), day sums, the tied reps' days, badges", 4, told.statements());
        assertEquals(List.of("bob", "carl", "dave", "erin"), told.keys());
        assertEquals(List.of(1, 2, 3, 3), told.board().rows().stream().map(Leaderboard.Row::rank).toList());
    }

    @Test
    public void aTeamChangeCostsTheNextBoardTheTeamsOneStatementOnce() {
        teamTree.forget();
        Served first = serve("boss", "revenue-won", null, Q2, null, null, district.id(), null);
        Served next = serve("boss", "revenue-won", null, Q2, null, null, district.id(), null);

        assertEquals("teams (one), period rows, badges", 3, first.statements());
        assertEquals("period rows, badges", 2, next.statements());
        assertEquals(first.board(), next.board());
    }

    @Test
    public void theThreeBoardsThatTookSixStayWithinFiveAfterATeamChangeWithEverythingButTheSettingsCold() {
        teamTree.forget();
        Served quota = serve("boss", "percent-of-quota", null, Q2, null, null, district.id(), null);
        teamTree.forget();
        Served scorecard = serve("boss", "scorecard", null, Q2, null, null, district.id(), null);
        teamTree.forget();
        Served reached = serve("boss", "deals-won", null, Q2, null, null, district.id(), "reached-first");

        assertEquals("teams (one), period rows, quotas, badges", 4, quota.statements());
        assertEquals(new BigDecimal("50.0"), quota.board().rows().get(0).value().orElseThrow());
        assertEquals("teams (one), logged values, period rows, badges", 4, scorecard.statements());
        assertEquals("bob", scorecard.keys().get(0));
        assertEquals("teams (one), period rows, the tied reps' days, badges", 4, reached.statements());
        assertEquals(List.of(1, 2, 3, 3), reached.board().rows().stream().map(Leaderboard.Row::rank).toList());
    }

    @Test
    public void aSettingsSaveCostsTheNextBoardTheSettingsOnce() {
        boardSettings.forget();
        Served first = serve("boss", "percent-of-quota", null, Q2, null, null, district.id(), null);
        Served next = serve("boss", "percent-of-quota", null, Q2, null, null, district.id(), null);

        assertEquals("settings, period rows, quotas, badges", 4, first.statements());
        assertEquals("period rows, quotas, badges", 3, next.statements());
        assertEquals(first.board(), next.board());
    }

    @Test
    public void everyKindOfBoardStaysWithinFiveOnTheFirstBoardAfterAnotherNodesTeamChange() {
        weighNewPipeline();
        teamWrites().update(district.id(), new TeamDraft("District", "", district.parentId(), Optional.of("boss"),
                List.of("bob", "carl", "dave", "erin", "fred")));
        assertTrue("a team change keeps the scorecard rules", scorecards.holdsRules());

        // another node saved it: this node lost its tree and reads it once (one statement); the settings are kept
        List<String> over = overBudget(teamTree::forget);

        assertTrue(String.join("\n", over), over.isEmpty());
    }

    @Test
    public void theTeamsPercentOfQuotaToldApartByTheDayReachedTakesFiveAfterATeamChange() {
        teamTree.forget();
        Served served = serve("boss", "percent-of-quota", null, Q2, null, null, district.id(), "reached-first");

        // six while the tree took two statements
        assertEquals("teams (one), period rows, quotas, the tied reps' days, badges: " + served.sql(), 5,
                served.statements());
        assertEquals(List.of(1, 2, 3, 3), served.board().rows().stream().map(Leaderboard.Row::rank).toList());
    }

    @Test
    public void aTeamChangeSavedOnThisNodeCostsItsNextBoardNoTeamStatement() {
        weighNewPipeline();
        teamWrites().update(district.id(), new TeamDraft("District", "", district.parentId(), Optional.of("boss"),
                List.of("bob", "carl", "dave", "erin", "fred")));

        Served served = serve("boss", "scorecard", null, Q2, null, null, district.id(), null);

        assertTrue(served.sql().toString(), served.sql().stream().noneMatch(sql -> sql.contains("_TEAM")
                || sql.contains("_KPI_DEF") || sql.contains("_SCORE_WEIGHT")));
        assertEquals("logged values, day sums, badges: " + served.sql(), 3, served.statements());
    }

    @Test
    public void aSettingsSaveAndATeamChangeOnOtherNodesKeepATeamsPercentOfQuotaBoardWithinFiveButToldApartByTheDay() {
        teamTree.forget();
        boardSettings.forget();
        Served quota = serve("boss", "percent-of-quota", null, Q2, null, null, district.id(), null);
        teamTree.forget();
        boardSettings.forget();
        Served revenue = serve("boss", "revenue-won", null, Q2, null, null, district.id(), null);

        assertEquals("settings, teams (one), period rows, quotas, badges: " + quota.sql(), 5, quota.statements());
        assertEquals(new BigDecimal("50.0"), quota.board().rows().get(0).value().orElseThrow());
        assertEquals("settings, teams (one), period rows, badges: " + revenue.sql(), 4, revenue.statements());
        teamTree.forget();
        boardSettings.forget();
        Served reached = serve("boss", "percent-of-quota", null, Q2, null, null, district.id(), "reached-first");
        assertEquals("settings, teams (one), period rows, quotas, the tied reps' days, badges: " + reached.sql(), 6,
                reached.statements());
    }

    /** The teams service of this node, over the caches its boards read. */
    private TeamServiceImpl teamWrites() {
        CurrentUser admin = () -> Optional.of(new Caller("admin", "admin", true));
        GroupDirectory groups = Mockito.mock(GroupDirectory.class);
        MemoryAttainmentCache attainments = MemoryAttainmentCache.empty();
        return new TeamServiceImpl(teams, users, admin, attainments, scorecards, teamTree, groups,
                new TeamGroupSync(teams, groups, attainments, scorecards, teamTree, Clock.fixed(NOW, ZoneOffset.UTC),
                        (team, added) -> { }), (team, added) -> { });
    }

    private static String budget(Served served, String what) {
        assertTrue(what + ": " + served.statements() + " " + served.sql(), served.statements() <= 5);
        return what;
    }

    /**
     * Every kind of board (metric, period kind, scope, tie-break, KPI, scorecard), each served right after
     * {@code changed} with its sums and badges cold; those above five statements are listed with their statements.
     */
    private List<String> overBudget(Runnable changed) {
        List<String> over = new ArrayList<>();
        List<String[]> periods = List.of(new String[] {"quarter", Q2, null, null},
                new String[] {"week", "2026-W20", null, null}, new String[] {"month", "FY2026-M05", null, null},
                new String[] {"year", "FY2026", null, null}, new String[] {"range", null, "2026-04-01", "2026-05-14"});
        for (Long team : java.util.Arrays.asList(district.id(), null)) {
            String caller = team == null ? "admin" : "boss";
            String scope = team == null ? "all" : "team";
            List<String> kinds = new ArrayList<>();
            for (String tieBreak : java.util.Arrays.asList(null, "reached-first")) {
                for (String metric : List.of("revenue-won", "deals-won", "weighted-pipeline", "new-pipeline",
                        "percent-of-quota")) {
                    for (String[] period : periods) {
                        changed.run();
                        String kind = String.join(" ", metric, period[0], scope, tieBreak == null ? "" : tieBreak).trim();
                        kinds.add(kind);
                        check(serve(caller, metric, null, period[1], period[2], period[3], team, tieBreak), kind,
                                over);
                    }
                }
            }
            // "pipe", the new-pipeline KPI that weighNewPipeline defines
            for (String kpi : List.of("won", "calls", "pipe")) {
                changed.run();
                check(serve(caller, "kpi", kpi, Q2, null, null, team, null), "kpi " + kpi + " " + scope, over);
            }
            changed.run();
            check(serve(caller, "scorecard", null, Q2, null, null, team, null), "scorecard " + scope, over);
            assertEquals(2 * 5 * 5, kinds.size());
        }
        return over;
    }

    private static void check(Served served, String kind, List<String> over) {
        if (served.statements() > 5) {
            over.add(kind + ": " + served.statements() + " " + served.sql());
        }
    }

}
