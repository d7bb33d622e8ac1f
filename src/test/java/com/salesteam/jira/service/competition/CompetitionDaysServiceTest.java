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
import com.salesteam.jira.model.competition.CompetitionKpi;
import com.salesteam.jira.model.competition.CompetitionState;
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
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.CompEntity;
import com.salesteam.jira.store.CompStanding;
import com.salesteam.jira.store.CompetitionRepository;
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
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
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
 * Competitions of a few days and on KPIs on a real database: one-week blitzes scored from the day rows, KPI
 * competitions either way up, the movement since yesterday, and the freeze. District (boss; bob, carl, dave). Today is
 * Friday 15 May 2026.
 */
public class CompetitionDaysServiceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class, CompEntity.class, CompStanding.class, KpiDefEntity.class,
            KpiEntryEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private CompetitionService service;
    private DealLedger ledger;
    private QuotaRepository quotas;
    private KpiRepository kpis;
    private Team district;
    private long issue;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        quotas = new QuotaRepository(db.ao());
        ledger = new DealLedger(db.ao());
        kpis = new KpiRepository(db.ao());
        SettingsRepository settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), call.getArgument(0))));
        MemoryTeamTreeCache teamTree = new MemoryTeamTreeCache(teams);
        service = new CompetitionService(new CompetitionRepository(db.ao()), ledger, quotas, teams, teamTree, settings,
                new MemoryLeaderboardSettingsCache(settings), users, currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                new DealAmountAccess(userKey -> Set.of(), ledger), kpis);
        district = teams.create(new TeamDraft("District", "", Optional.empty(), Optional.of("boss"),
                List.of("bob", "carl", "dave")));
        teamTree.teams();
        kpis.create(kpi("calls", new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER));
        kpis.create(kpi("slips", new KpiSource.JqlCount("labels = slipped"), KpiDirection.LOWER_IS_BETTER));
        kpis.create(kpi("won", new KpiSource.DealMetric(QuotaMetric.DEALS_WON), KpiDirection.HIGHER_IS_BETTER));
    }

    private static KpiDefinition kpi(String key, KpiSource source, KpiDirection direction) {
        return new KpiDefinition(key, key, key, KpiUnit.COUNT, source, direction,
                Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE), true);
    }

    private void won(String owner, long euros, LocalDate day) {
        issue++;
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(1L), Money.ofMinor(euros * 100, EUR),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1),
                FiscalCalendar.DEFAULT);
    }

    private void open(String owner, long euros, LocalDate expectedClose) {
        issue++;
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(1L), Money.ofMinor(euros * 100, EUR),
                "demo", DealOutcome.OPEN, 50, ForecastCategory.PIPELINE, Optional.of(expectedClose), Optional.empty(),
                0, 1), FiscalCalendar.DEFAULT);
    }

    private void log(String kpi, String user, LocalDate day, String value) {
        kpis.log(new KpiEntry(kpi, user, day, new BigDecimal(value)));
    }

    private void actAs(String userKey) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, userKey.equals("admin"))));
    }

    private Competition create(String metric, String start, String end, String scoring) {
        actAs("boss");
        return service.create(new CompetitionDraft("Blitz", "", metric, start, end, List.of(district.id()), List.of(),
                scoring, List.of("Lunch")));
    }

    /** Settings, competition, the day rows (and quotas on target): within the four the badges' fifth leaves. */
    private CompetitionBoard board(long id, int budget) {
        actAs("boss");
        db.statements().reset();
        CompetitionBoard board = service.board(id);
        assertTrue("within " + budget + " statements: " + db.statements().count(), db.statements().count() <= budget);
        return board;
    }

    private static List<String> keys(CompetitionBoard board) {
        return board.rows().stream().map(CompetitionBoard.Row::userKey).toList();
    }

    private static List<Optional<Integer>> movement(CompetitionBoard board) {
        return board.rows().stream().map(CompetitionBoard.Row::movement).toList();
    }

    @Test
    public void aSevenDayDealsBlitzCountsItsDaysOnlyAndMovesSinceYesterday() {
        won("bob", 10_000, LocalDate.of(2026, 5, 12));
        won("bob", 5_000, LocalDate.of(2026, 5, 10));
        won("carl", 20_000, TODAY);
        won("carl", 1, LocalDate.of(2026, 5, 18));
        won("dave", 7_000, LocalDate.of(2026, 5, 14));
        won("dave", 7_000, LocalDate.of(2026, 5, 14));
        Competition blitz = create("deals-won", "2026-05-11", "2026-05-17", "");

        CompetitionBoard board = board(blitz.id(), 3);

        assertEquals(CompetitionState.RUNNING, board.state());
        assertEquals(3, board.daysLeft());
        assertEquals(List.of("dave", "bob", "carl"), keys(board));
        assertEquals("the 10th and the 18th are outside the week", List.of(Optional.of(BigDecimal.valueOf(2)),
                Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.ONE)),
                board.rows().stream().map(CompetitionBoard.Row::value).toList());
        assertEquals(List.of(1, 2, 2), board.rows().stream().map(CompetitionBoard.Row::rank).toList());
        // through yesterday: dave 2, bob 1, carl 0 (ranks 1, 2, 3); today carl shares second
        assertEquals(List.of(Optional.of(0), Optional.of(0), Optional.of(1)), movement(board));

        Competition revenue = create("revenue-won", "2026-05-11", "2026-05-17", "");
        CompetitionBoard money = board(revenue.id(), 3);
        assertEquals(List.of("carl", "dave", "bob"), keys(money));
        assertEquals(Optional.of(BigDecimal.valueOf(20_000_00L)), money.rows().get(0).value());
        assertEquals("carl was last yesterday", List.of(Optional.of(2), Optional.of(-1), Optional.of(-1)),
                movement(money));
    }

    @Test
    public void onTargetAWeekTakesItsDaysOfTheMonthlyQuota() {
        // 7 of May's 31 days: bob's 3,100 monthly quota makes 700, carl's 6,200 makes 1,400
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("bob"), "FY2026-M05", QuotaMetric.REVENUE_WON,
                Money.ofMinor(3_100_00L, EUR)), "boss", NOW);
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("carl"), "FY2026-M05", QuotaMetric.REVENUE_WON,
                Money.ofMinor(6_200_00L, EUR)), "boss", NOW);
        won("bob", 700, LocalDate.of(2026, 5, 12));
        won("carl", 700, LocalDate.of(2026, 5, 13));
        Competition blitz = create("revenue-won", "2026-05-11", "2026-05-17", "percent-of-target");

        CompetitionBoard board = board(blitz.id(), 4);

        assertEquals(List.of("bob", "carl"), keys(board));
        assertEquals(Optional.of(new BigDecimal("100.0")), board.rows().get(0).percent());
        assertEquals(Optional.of(new BigDecimal("50.0")), board.rows().get(1).percent());
        assertEquals("dave has no quota", 1, board.withoutTarget());
    }

    @Test
    public void aKpiBlitzRanksLoggedValuesOfItsDaysWithMovement() {
        log("calls", "bob", LocalDate.of(2026, 5, 11), "12");
        log("calls", "bob", LocalDate.of(2026, 5, 12), "3.5");
        log("calls", "carl", LocalDate.of(2026, 5, 14), "10");
        log("calls", "carl", TODAY, "9");
        log("calls", "dave", LocalDate.of(2026, 5, 10), "50");
        Competition blitz = create("kpi:calls", "2026-05-11", "2026-05-17", "");
        assertEquals(LeaderboardMetric.KPI, blitz.terms().metric());
        assertEquals(Optional.of(new CompetitionKpi("calls", false)), blitz.terms().kpi());

        CompetitionBoard board = board(blitz.id(), 3);

        assertEquals(List.of("carl", "bob", "dave"), keys(board));
        assertEquals(Optional.of(new BigDecimal("19.00")), board.rows().get(0).value());
        assertEquals(Optional.of(new BigDecimal("15.50")), board.rows().get(1).value());
        assertEquals("dave's calls of the 10th do not count", Optional.of(BigDecimal.ZERO), board.rows().get(2).value());
        assertEquals(List.of(Optional.of(1), Optional.of(-1), Optional.of(0)), movement(board));
        assertEquals("read back as saved", "kpi:calls", service.board(blitz.id()).competition().terms().metricKey());
    }

    @Test
    public void aLowerIsBetterKpiRanksTheLowestFirstAndLeavesOutThoseWithoutValues() {
        log("slips", "bob", LocalDate.of(2026, 5, 12), "3");
        log("slips", "carl", LocalDate.of(2026, 5, 12), "1");
        log("slips", "carl", LocalDate.of(2026, 5, 14), "1");
        Competition blitz = create("kpi:slips", "2026-05-11", "2026-05-17", "");
        assertTrue(blitz.terms().ascending());

        CompetitionBoard board = board(blitz.id(), 3);

        assertEquals("dave logged nothing: not ranked", List.of("carl", "bob"), keys(board));
        assertEquals("and counted as such", 1, board.withoutValue());
        assertEquals(0, board.withoutTarget());
        assertEquals(Optional.of(new BigDecimal("2.00")), board.rows().get(0).value());
        assertEquals(List.of(1, 2), board.rows().stream().map(CompetitionBoard.Row::rank).toList());
    }

    @Test
    public void aKpiOnTargetUsesTheKpiQuotaProratedAndADealKpiIsItsDealMetric() {
        // 3,100 calls a month: 700 over the week
        quotas.put(Quota.ofKpi(new QuotaSubject.Rep("bob"), "FY2026-M05", new QuotaMeasure.Kpi("calls"), 3_100_00L),
                "boss", NOW);
        log("calls", "bob", LocalDate.of(2026, 5, 12), "350");
        Competition blitz = create("kpi:calls", "2026-05-11", "2026-05-17", "percent-of-target");

        CompetitionBoard board = board(blitz.id(), 4);
        assertEquals(List.of("bob"), keys(board));
        assertEquals(Optional.of(new BigDecimal("50.0")), board.rows().get(0).percent());
        assertEquals(2, board.withoutTarget());

        Competition deals = create("kpi:won", "2026-05-11", "2026-05-17", "");
        assertEquals(LeaderboardMetric.DEALS_WON, deals.terms().metric());
        assertEquals(Optional.empty(), deals.terms().kpi());
    }

    @Test
    public void noMovementOnTheFirstDayNorForWeightedPipelineAndTheFrozenStandingsHaveNone() {
        won("bob", 10_000, TODAY);
        open("carl", 10_000, LocalDate.of(2026, 5, 20));
        Competition firstDay = create("revenue-won", "2026-05-15", "2026-05-21", "");
        assertTrue(board(firstDay.id(), 3).rows().stream().allMatch(row -> row.movement().isEmpty()));

        Competition pipeline = create("weighted-pipeline", "2026-05-11", "2026-05-21", "");
        CompetitionBoard weighted = board(pipeline.id(), 3);
        assertEquals("carl", keys(weighted).get(0));
        assertEquals(Optional.of(BigDecimal.valueOf(5_000_00L)), weighted.rows().get(0).value());
        assertTrue(weighted.rows().stream().allMatch(row -> row.movement().isEmpty()));

        won("dave", 3_000, LocalDate.of(2026, 5, 5));
        won("bob", 2_000, LocalDate.of(2026, 5, 6));
        Competition ended = create("revenue-won", "2026-05-01", "2026-05-07", "");
        CompetitionBoard recording = board(ended.id(), 3);
        assertEquals("finished, not frozen yet: no movement", CompetitionState.FINISHED, recording.state());
        assertTrue(recording.rows().stream().allMatch(row -> row.movement().isEmpty()));

        FreezeReport report = service.freezeEnded();
        assertEquals(List.of(ended.id()), report.frozen());
        CompetitionBoard frozen = board(ended.id(), 3);
        assertTrue(frozen.frozen());
        assertEquals(List.of("dave", "bob", "carl"), keys(frozen));
        assertEquals(List.of(true, false, false), frozen.rows().stream().map(CompetitionBoard.Row::winner).toList());
        assertEquals("Lunch", frozen.rows().get(0).prize());
        assertTrue(frozen.rows().stream().allMatch(row -> row.movement().isEmpty()));
        assertEquals("a second run freezes nothing", List.of(), service.freezeEnded().frozen());
    }

    @Test
    public void badWindowsAndKpisAreRefusedOnTheirFieldAndNothingIsSaved() {
        ServiceException tooLong = refused(() -> create("revenue-won", "2026-01-01", "2027-01-02", ""));
        assertEquals(ServiceException.Reason.INVALID, tooLong.reason());
        assertEquals(List.of("end"), tooLong.fieldErrors().stream().map(FieldError::field).toList());

        ServiceException unknown = refused(() -> create("kpi:nope", "2026-05-11", "2026-05-17", ""));
        assertEquals(List.of("metric"), unknown.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(0, db.ao().count(CompEntity.class));
    }

    private CompetitionDraft renamed(Competition competition, String name) {
        return new CompetitionDraft(name, "", competition.terms().metricKey(), "2026-05-11", "2026-05-17",
                List.of(district.id()), List.of(), "", List.of("Lunch"));
    }

    @Test
    public void anEditKeepsTheSavedKpiAndItsDirectionThoughTheKpiWasRetiredOrTurnedAround() {
        log("calls", "bob", LocalDate.of(2026, 5, 12), "12");
        log("calls", "carl", LocalDate.of(2026, 5, 12), "10");
        Competition blitz = create("kpi:calls", "2026-05-11", "2026-05-17", "");
        kpis.update(new KpiDefinition("calls", "calls", "calls", KpiUnit.COUNT, new KpiSource.Manual(),
                KpiDirection.LOWER_IS_BETTER, Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE),
                false));

        Competition edited = service.update(blitz.id(), renamed(blitz, "Call blitz"));

        assertEquals("Call blitz", edited.terms().name());
        assertEquals(Optional.of(new CompetitionKpi("calls", false)), edited.terms().kpi());
        CompetitionBoard board = board(blitz.id(), 3);
        assertEquals("Call blitz", board.competition().terms().name());
        assertEquals("still highest first", List.of("bob", "carl", "dave"), keys(board));

        kpis.update(new KpiDefinition("slips", "slips", "slips", KpiUnit.COUNT, new KpiSource.JqlCount("labels = x"),
                KpiDirection.LOWER_IS_BETTER, Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE),
                false));
        ServiceException retired = refused(() -> service.update(blitz.id(), new CompetitionDraft("Call blitz", "",
                "kpi:slips", "2026-05-11", "2026-05-17", List.of(district.id()), List.of(), "", List.of())));
        assertEquals("a changed metric must name an active KPI", List.of("metric"),
                retired.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    public void aLowerIsBetterKpiCountingDealsRanksTheFewestFirstAndKeepsItsDirection() {
        kpis.create(kpi("losses", new KpiSource.DealMetric(QuotaMetric.DEALS_WON), KpiDirection.LOWER_IS_BETTER));
        won("bob", 1_000, LocalDate.of(2026, 5, 12));
        won("bob", 1_000, LocalDate.of(2026, 5, 13));
        won("carl", 1_000, LocalDate.of(2026, 5, 13));
        Competition blitz = create("kpi:losses", "2026-05-11", "2026-05-17", "");
        assertEquals(LeaderboardMetric.DEALS_WON, blitz.terms().metric());
        assertTrue(blitz.terms().ascending());

        CompetitionBoard board = board(blitz.id(), 3);

        assertEquals("the fewest first, as on the leaderboards", List.of("carl", "bob"), keys(board));
        assertTrue("read back as saved", board.competition().terms().ascending());
        Competition edited = service.update(blitz.id(), renamed(board.competition(), "Fewest"));
        assertTrue("an edit on the same metric keeps the direction", edited.terms().ascending());
        Competition revenue = service.update(blitz.id(), new CompetitionDraft("Most", "", "revenue-won", "2026-05-11",
                "2026-05-17", List.of(district.id()), List.of(), "", List.of()));
        assertFalse("another deal metric ranks highest first", revenue.terms().ascending());
    }

    @Test
    public void onTargetALowerIsBetterKpiCountsThoseWhoLoggedNothingApartFromThoseWithoutAQuota() {
        // bob and carl have a slips quota; carl and dave logged nothing; bob logged 2 against 31 a month (7 a week)
        quotas.put(Quota.ofKpi(new QuotaSubject.Rep("bob"), "FY2026-M05", new QuotaMeasure.Kpi("slips"), 31_00L),
                "boss", NOW);
        quotas.put(Quota.ofKpi(new QuotaSubject.Rep("carl"), "FY2026-M05", new QuotaMeasure.Kpi("slips"), 31_00L),
                "boss", NOW);
        log("slips", "bob", LocalDate.of(2026, 5, 12), "2");
        Competition blitz = create("kpi:slips", "2026-05-11", "2026-05-17", "percent-of-target");

        CompetitionBoard board = board(blitz.id(), 4);

        assertEquals(List.of("bob"), keys(board));
        assertEquals("carl has a quota: he logged nothing", 2, board.withoutValue());
        assertEquals(0, board.withoutTarget());
        log("slips", "dave", LocalDate.of(2026, 5, 12), "1");
        CompetitionBoard logged = board(blitz.id(), 4);
        assertEquals("dave logged but has no quota", 1, logged.withoutTarget());
        assertEquals(1, logged.withoutValue());
    }
}
