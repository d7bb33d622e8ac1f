package com.salesteam.jira.service.competition;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionDraft;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.badge.BadgeService;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.BadgeEntity;
import com.salesteam.jira.store.BadgeRepository;
import com.salesteam.jira.store.CompEntity;
import com.salesteam.jira.store.CompStanding;
import com.salesteam.jira.store.CompetitionRepository;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.KpiDefEntity;
import com.salesteam.jira.store.KpiEntryEntity;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryBadgeCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
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
 * Statements of a competition request as the REST resource serves it (the standings, then the shown people's badges,
 * the badge cache cold, the team tree and the leaderboard settings as an earlier request left them), per viewer and kind of competition, amounts
 * hidden from reps (the default). District (boss; bob, carl) and Elsewhere (other; dan) take part; ann is named.
 * Today is 15 May 2026.
 */
public class CompetitionBoardStatementsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class, CompEntity.class, CompStanding.class, BadgeEntity.class,
            KpiDefEntity.class, KpiEntryEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private CompetitionService service;
    private MemoryTeamTreeCache teamTree;
    private MemoryLeaderboardSettingsCache boardSettings;
    private BadgeService badges;
    private long april;
    private long may;
    private long fair;
    private long blitz;
    private long callBlitz;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        KpiRepository kpis = new KpiRepository(db.ao());
        QuotaRepository quotas = new QuotaRepository(db.ao());
        DealLedger ledger = new DealLedger(db.ao());
        SettingsRepository settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), call.getArgument(0))));
        teamTree = new MemoryTeamTreeCache(teams);
        boardSettings = new MemoryLeaderboardSettingsCache(settings);
        service = new CompetitionService(new CompetitionRepository(db.ao()), ledger, quotas, teams, teamTree, settings,
                boardSettings, users, currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                new DealAmountAccess(userKey -> Set.of(), ledger), kpis);
        badges = new BadgeService(new BadgeRepository(db.ao()), teams, new MemoryBadgeCache(), currentUser,
                (anyone, issues) -> Map.of());
        Team district = teams.create(new TeamDraft("District", "", Optional.empty(), Optional.of("boss"),
                List.of("bob", "carl")));
        Team elsewhere = teams.create(new TeamDraft("Elsewhere", "", Optional.empty(), Optional.of("other"),
                List.of("dan")));
        long issue = 0;
        for (String rep : List.of("bob", "carl", "dan", "ann")) {
            for (LocalDate day : List.of(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 10))) {
                ledger.record(new DealFacts(++issue, 1, Optional.of(rep), Optional.of(1L),
                        Money.ofMinor(issue * 1_000_00L, EUR), "won", DealOutcome.WON, 100, ForecastCategory.CLOSED,
                        Optional.of(day), Optional.of(day), 0, 1), FiscalCalendar.DEFAULT);
            }
            quotas.put(Quota.ofAmount(new QuotaSubject.Rep(rep), "FY2026-Q2", QuotaMetric.REVENUE_WON,
                    Money.ofMinor(90_000_00L, EUR)), "admin", NOW);
        }
        actAs("admin", true);
        List<Long> both = List.of(district.id(), elsewhere.id());
        april = create("April", "2026-04-01", "2026-04-30", both, "absolute");
        may = create("May", "2026-05-01", "2026-05-31", both, "absolute");
        fair = create("Fair May", "2026-05-01", "2026-05-31", both, "percent-of-target");
        // a week of days on revenue (with movement), and a call blitz on target against KPI quotas
        kpis.create(new KpiDefinition("calls", "Calls", "电话", KpiUnit.COUNT, new KpiSource.Manual(),
                KpiDirection.HIGHER_IS_BETTER, Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE),
                true));
        for (String rep : List.of("bob", "carl", "dan", "ann")) {
            kpis.log(new KpiEntry("calls", rep, LocalDate.of(2026, 5, 12), BigDecimal.valueOf(rep.length())));
            quotas.put(Quota.ofKpi(new QuotaSubject.Rep(rep), "FY2026-M05", new QuotaMeasure.Kpi("calls"), 31_00L),
                    "admin", NOW);
        }
        blitz = create("Week", "revenue-won", "2026-05-09", "2026-05-15", both, "absolute");
        callBlitz = create("Calls", "kpi:calls", "2026-05-11", "2026-05-17", both, "percent-of-target");
        service.freezeEnded();
        teamTree.teams();
        boardSettings.settings();
    }

    private long create(String name, String start, String end, List<Long> teamIds, String scoring) {
        return create(name, "revenue-won", start, end, teamIds, scoring);
    }

    private long create(String name, String metric, String start, String end, List<Long> teamIds, String scoring) {
        Competition created = service.create(new CompetitionDraft(name, "", metric, start, end, teamIds,
                List.of("ann"), scoring, List.of("Trip")));
        return created.id();
    }

    private void actAs(String userKey, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, admin)));
    }

    /** The standings and the badges of the people shown, the badge cache cold. */
    private int request(String viewer, long id) {
        return served(viewer, id).size();
    }

    /** The statements of that request. */
    private List<String> served(String viewer, long id) {
        actAs(viewer, viewer.equals("admin"));
        badges = new BadgeService(new BadgeRepository(db.ao()), new TeamRepository(db.ao()), new MemoryBadgeCache(),
                currentUser, (anyone, issues) -> Map.of());
        db.statements().reset();
        CompetitionBoard board = service.board(id, 10);
        List<String> shown = new ArrayList<>(board.rows().stream().map(CompetitionBoard.Row::userKey).toList());
        board.own().ifPresent(own -> shown.add(own.userKey()));
        badges.onBoard(shown);
        return db.statements().preparedSql();
    }

    @Test
    public void everyViewerAndKindOfCompetitionStaysWithinFiveWithTheBadgesCold() {
        // competition, frozen standings or sums [and quotas], badges: the settings and whom a viewer manages are cached
        assertEquals("admin, frozen", 3, request("admin", april));
        assertEquals("admin, live", 3, request("admin", may));
        assertEquals("admin, on target", 4, request("admin", fair));
        assertEquals("rep, frozen", 3, request("bob", april));
        assertEquals("rep, live", 3, request("bob", may));
        assertEquals("rep, on target", 4, request("bob", fair));
        assertEquals("manager, frozen", 3, request("boss", april));
        assertEquals("manager, live", 3, request("boss", may));
        assertEquals("manager, on target", 4, request("boss", fair));
    }

    @Test
    public void theFirstRequestAfterAnotherNodesTeamChangeStaysWithinFiveForEveryViewerAndKind() {
        for (String viewer : List.of("admin", "bob", "boss")) {
            for (long competition : List.of(april, may, fair)) {
                teamTree.forget();
                List<String> sql = served(viewer, competition);
                // at most the teams (one), competition, sums, quotas, badges: a non-admin's standings on target, six
                // while the tree took two statements
                assertTrue(viewer + " " + competition + ": " + sql, sql.size() <= 5);
            }
        }
        teamTree.forget();
        assertEquals("teams (one), competition, sums, quotas, badges", 5, request("bob", fair));
    }

    @Test
    public void aSettingsSaveCostsTheNextRequestTheSettingsOnce() {
        boardSettings.forget();

        assertEquals("settings, competition, sums, badges", 4, request("bob", may));
        assertEquals("competition, sums, badges", 3, request("bob", may));
    }

    @Test
    public void dayWindowsWithTheirMovementAndKpisStayWithinFiveToo() {
        // the window and yesterday's standings come from one read of the day rows; the settings are cached
        for (String viewer : List.of("admin", "bob", "boss")) {
            assertEquals(viewer + ", a week", 3, request(viewer, blitz));
            assertEquals(viewer + ", a KPI on target", 4, request(viewer, callBlitz));
        }
        actAs("admin", true);
        CompetitionBoard week = service.board(blitz, 10);
        assertTrue("the movement is there", week.rows().stream().anyMatch(row -> row.movement().isPresent()));
        assertEquals("each logged their name's length of calls against 700 a week", List.of("carl", "ann", "bob", "dan"),
                service.board(callBlitz, 10).rows().stream().map(CompetitionBoard.Row::userKey).toList());
    }

    @Test
    public void aManagerStillSeesTheAmountsOfThePeopleTheyManageOnly() {
        actAs("boss", false);
        CompetitionBoard board = service.board(may, 10);

        for (CompetitionBoard.Row row : board.rows()) {
            assertEquals(row.userKey(), List.of("bob", "carl").contains(row.userKey()), row.value().isPresent());
        }
        assertEquals(4, board.rows().size());
    }

    @Test
    public void aTeamChangeCostsTheNextRequestTheTeamsOneStatementOnce() {
        teamTree.forget();

        assertEquals("competition, teams (one), sums, badges", 4, request("bob", may));
        assertEquals("competition, sums, badges", 3, request("bob", may));
    }
}
