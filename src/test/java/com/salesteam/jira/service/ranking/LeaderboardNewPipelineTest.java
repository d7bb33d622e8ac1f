package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
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
 * Boards of new pipeline (the metric, and KPIs whose source is it) on a real database: the amount of the deals
 * created in the period, whatever became of them, in the default currency, from the day rows for every kind of period.
 *
 * <p>District (boss; ann, bob, carl, dave) sits under Region (vp); Elsewhere (other; dan) apart. Created in FY2026-Q2:
 * ann EUR 5,000 on 2 April and EUR 1,000 (since lost) on 5 May; bob EUR 6,000 (since won) on 7 May; carl EUR 2,000
 * on 1 June and USD 9,000 on 6 May; dan EUR 50,000 on 1 May. In Q1: dave EUR 10,000 on 10 February, ann EUR 1,000 on
 * 1 March. Week 19 is 4 to 10 May.
 */
public class LeaderboardNewPipelineTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final String Q2 = "FY2026-Q2";
    private static final String WEEK_19 = "2026-W19";

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class, KpiDefEntity.class, KpiEntryEntity.class, ScoreWeightEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final Set<String> hiddenProjectViewers = new java.util.HashSet<>();
    private SettingsRepository settings;
    private MemoryLeaderboardSettingsCache boardSettings;
    private MemoryScorecardCache scorecards;
    private MemoryDaySumsCache daySums;
    private DealLedger ledger;
    private LeaderboardServiceImpl service;
    private Team district;
    private long issue;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        KpiRepository kpis = new KpiRepository(db.ao());
        ledger = new DealLedger(db.ao());
        settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        Team region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of()));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("ann", "bob", "carl", "dave")));
        teams.create(new TeamDraft("Elsewhere", "", Optional.empty(), Optional.of("other"), List.of("dan")));
        kpis.create(pipelineKpi("pipe", KpiDirection.HIGHER_IS_BETTER));
        kpis.create(pipelineKpi("pipe-low", KpiDirection.LOWER_IS_BETTER));
        kpis.create(new KpiDefinition("won", "Deals won", "赢单", KpiUnit.COUNT,
                new KpiSource.DealMetric(QuotaMetric.DEALS_WON), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, BigDecimal.ONE, KpiRole.MANAGER, BigDecimal.ONE), true));

        created("ann", Money.ofMinor(5_000_00, EUR), LocalDate.of(2026, 4, 2), DealOutcome.OPEN);
        created("ann", Money.ofMinor(1_000_00, EUR), LocalDate.of(2026, 5, 5), DealOutcome.LOST);
        created("bob", Money.ofMinor(6_000_00, EUR), LocalDate.of(2026, 5, 7), DealOutcome.WON);
        created("carl", Money.ofMinor(2_000_00, EUR), LocalDate.of(2026, 6, 1), DealOutcome.OPEN);
        created("carl", Money.ofMinor(9_000_00, USD), LocalDate.of(2026, 5, 6), DealOutcome.OPEN);
        created("dan", Money.ofMinor(50_000_00, EUR), LocalDate.of(2026, 5, 1), DealOutcome.OPEN);
        created("dave", Money.ofMinor(10_000_00, EUR), LocalDate.of(2026, 2, 10), DealOutcome.OPEN);
        created("ann", Money.ofMinor(1_000_00, EUR), LocalDate.of(2026, 3, 1), DealOutcome.OPEN);

        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));
        daySums = new MemoryDaySumsCache(ledger);
        scorecards = MemoryScorecardCache.over(new RepScorecardLoader(kpis, new ScorecardRepository(db.ao()), ledger,
                new MemoryDaySumsCache(ledger), teams, settings));
        boardSettings = new MemoryLeaderboardSettingsCache(settings);
        service = new LeaderboardServiceImpl(new MemoryPeriodSumsCache(ledger), new QuotaRepository(db.ao()),
                new MemoryTeamTreeCache(teams), boardSettings, users, currentUser, Clock.fixed(NOW, ZoneOffset.UTC),
                new DealAmountAccess(userKey -> hiddenProjectViewers.contains(userKey) ? Set.of(1L) : Set.of(), ledger),
                kpis, scorecards, daySums, ledger);
    }

    private static KpiDefinition pipelineKpi(String key, KpiDirection direction) {
        return new KpiDefinition(key, "New pipeline " + key, "新增商机 " + key, KpiUnit.MONEY,
                new KpiSource.DealMetric(QuotaMetric.NEW_PIPELINE), direction,
                Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.TEN), true);
    }

    /** A deal created on {@code day}, open (closing in September), won or lost since. */
    private void created(String owner, Money amount, LocalDate day, DealOutcome outcome) {
        issue++;
        Optional<LocalDate> closed = outcome == DealOutcome.OPEN ? Optional.empty() : Optional.of(day.plusDays(30));
        ForecastCategory category = outcome == DealOutcome.OPEN ? ForecastCategory.PIPELINE : ForecastCategory.CLOSED;
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(district.id()), amount, "s", outcome,
                outcome == DealOutcome.WON ? 100 : 10, category, Optional.of(LocalDate.of(2026, 9, 30)), closed, 0, 1,
                Optional.of(day)), FiscalCalendar.DEFAULT);
    }

    private void actAs(String userKey, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, admin)));
    }

    private void savePrivacy(LeaderboardPrivacy privacy) {
        settings.saveLeaderboardPrivacy(privacy);
        boardSettings.forget();
    }

    private Leaderboard board(String metric, String kpi, String period, String from, String to, Long team,
                              String tieBreak) {
        return service.board(metric, kpi, period, from, to, team, 10, tieBreak);
    }

    private static List<String> order(Leaderboard board) {
        return board.rows().stream().map(row -> row.userKey() + ":" + row.rank()).toList();
    }

    private static List<Optional<BigDecimal>> values(Leaderboard board) {
        return board.rows().stream().map(Leaderboard.Row::value).toList();
    }

    private static List<Optional<Integer>> movements(Leaderboard board) {
        return board.rows().stream().map(Leaderboard.Row::movement).toList();
    }

    private static Optional<BigDecimal> minor(long minor) {
        return Optional.of(BigDecimal.valueOf(minor));
    }

    private static List<String> fields(Runnable call) {
        ServiceException refusal = refused(call);
        assertEquals(ServiceException.Reason.INVALID, refusal.reason());
        return refusal.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    public void aManagerRanksTheQuartersNewPipelineTiesSharedWithMovementAgainstTheQuarterBefore() {
        actAs("boss", false);
        db.statements().reset();
        Leaderboard board = board("new-pipeline", null, Q2, null, null, district.id(), null);

        assertEquals("settings, teams (one), both quarters' day sums", 3, db.statements().count());
        assertEquals(LeaderboardMetric.NEW_PIPELINE, board.metric());
        assertEquals("FY2026-Q1", board.previousPeriodKey());
        assertEquals("a lost and a won deal were new pipeline once", List.of("ann:1", "bob:1", "carl:3", "dave:4"),
                order(board));
        assertEquals(List.of(minor(6_000_00), minor(6_000_00), minor(2_000_00), minor(0)), values(board));
        assertEquals("Q1: dave 1, ann 2, bob and carl 3", List.of(Optional.of(1), Optional.of(2), Optional.of(0),
                Optional.of(-3)), movements(board));
        assertEquals("carl's dollars are not added to euros", 1, board.otherCurrencyReps());
        assertEquals(EUR, board.currency());
        assertFalse(board.hiddenAmounts());
        assertTrue("the quarter's day sums are cached", daySums.holds(DateRange.of(Period.parse(Q2,
                FiscalCalendar.DEFAULT).orElseThrow()).key()));

        db.statements().reset();
        assertEquals("warm: nothing read, the same board", board, board("new-pipeline", null, Q2, null, null,
                district.id(), null));
        assertEquals(0, db.statements().count());
    }

    @Test
    public void weeksAndCustomRangesAreRankedFromTheDaySums() {
        actAs("boss", false);
        Leaderboard week = board("new-pipeline", null, WEEK_19, null, null, district.id(), null);
        assertEquals("2026-W18", week.previousPeriodKey());
        assertEquals(List.of("bob:1", "ann:2", "carl:3", "dave:3"), order(week));
        assertEquals(List.of(minor(6_000_00), minor(1_000_00), minor(0), minor(0)), values(week));
        assertEquals("all at 0 in week 18", List.of(Optional.of(0), Optional.of(-1), Optional.of(-2), Optional.of(-2)),
                movements(week));

        db.statements().reset();
        Leaderboard range = board("new-pipeline", null, "", "2026-03-01", "2026-04-02", district.id(), null);
        assertEquals("one read of the missing pieces", 1, db.statements().count());
        assertEquals("2026-03-01..2026-04-02", range.periodKey());
        assertEquals("2026-01-27..2026-02-28", range.previousPeriodKey());
        assertEquals("ann's March and April deals", List.of("ann:1", "bob:2", "carl:2", "dave:2"), order(range));
        assertEquals(minor(6_000_00), range.rows().get(0).value());
        assertEquals("dave led the days before", Optional.of(-1), range.rows().get(3).movement());
    }

    @Test
    public void reachedFirstTellsTheTiedNewPipelineApartByTheDayItWasCreated() {
        actAs("boss", false);
        db.statements().reset();
        Leaderboard told = board("new-pipeline", null, Q2, null, null, district.id(), "reached-first");

        assertEquals("settings, teams (one), day sums, the tied reps' days", 4, db.statements().count());
        assertEquals("ann reached 6,000 on 5 May, bob on 7 May", List.of("ann:1", "bob:2", "carl:3", "dave:4"),
                order(told));
    }

    @Test
    public void theAllCompanyBoardIsForAdminsAndRanksEveryoneWithNewPipeline() {
        actAs("admin", true);
        Leaderboard all = board("new-pipeline", null, Q2, null, null, null, null);
        assertEquals(List.of("dan:1", "ann:2", "bob:2", "carl:4", "dave:5"), order(all));
        assertEquals(minor(50_000_00), all.rows().get(0).value());

        actAs("boss", false);
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> board("new-pipeline", null, Q2, null, null, null, null)).reason());
    }

    @Test
    public void repsSeeItOnlyWhenSharedAndThenWithoutTheOthersAmountsAndExcludedPeopleAreLeftOut() {
        actAs("ann", false);
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> board("new-pipeline", null, Q2, null, null, district.id(), null)).reason());

        savePrivacy(new LeaderboardPrivacy(true, true, Set.of("dave")));
        Leaderboard anns = board("new-pipeline", null, Q2, null, null, district.id(), null);
        assertTrue(anns.hiddenAmounts());
        assertEquals("ranks shown, dave left out", List.of("ann:1", "bob:1", "carl:3"), order(anns));
        assertEquals("only her own amount", List.of(minor(6_000_00), Optional.empty(), Optional.empty()), values(anns));

        actAs("dan", false);
        assertEquals("a rep of another team", ServiceException.Reason.FORBIDDEN,
                refused(() -> board("new-pipeline", null, Q2, null, null, district.id(), null)).reason());

        hiddenProjectViewers.add("boss");
        actAs("boss", false);
        Leaderboard unbrowsable = board("new-pipeline", null, Q2, null, null, district.id(), null);
        assertTrue("deals in a project the manager cannot browse hide the sums", unbrowsable.hiddenAmounts());
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty()), values(unbrowsable));
    }

    @Test
    public void aNewPipelineKpiRanksEveryKindOfPeriodInTheCurrencysAmount() {
        actAs("boss", false);
        scorecards.rules();
        Leaderboard quarter = board("kpi", "pipe", Q2, null, null, district.id(), null);
        assertEquals(LeaderboardMetric.KPI, quarter.metric());
        assertEquals("pipe", quarter.kpi().orElseThrow().key());
        assertEquals(List.of("ann:1", "bob:1", "carl:3", "dave:4"), order(quarter));
        assertEquals(List.of(Optional.of(new BigDecimal("6000.00")), Optional.of(new BigDecimal("6000.00")),
                Optional.of(new BigDecimal("2000.00")), Optional.of(new BigDecimal("0.00"))), values(quarter));
        assertEquals(List.of(Optional.of(1), Optional.of(2), Optional.of(0), Optional.of(-3)), movements(quarter));
        assertEquals(1, quarter.otherCurrencyReps());

        assertEquals(List.of("bob:1", "ann:2", "carl:3", "dave:3"),
                order(board("kpi", "pipe", WEEK_19, null, null, district.id(), null)));
        assertEquals(List.of("ann:1", "bob:2", "carl:2", "dave:2"),
                order(board("kpi", "pipe", "", "2026-03-01", "2026-04-02", district.id(), null)));
        assertEquals("a deal KPI of won deals ranks a week too: bob's deal was won on 6 June",
                List.of("bob:1", "ann:2", "carl:2", "dave:2"),
                order(board("kpi", "won", "2026-W23", null, null, district.id(), null)));
        assertEquals("KPI boards share ties", List.of("tieBreak"),
                fields(() -> board("kpi", "pipe", Q2, null, null, district.id(), "reached-first")));
    }

    @Test
    public void aLowerIsBetterNewPipelineKpiRanksTheLowestFirst() {
        actAs("boss", false);
        Leaderboard board = board("kpi", "pipe-low", Q2, null, null, district.id(), null);

        assertEquals(List.of("dave:1", "carl:2", "ann:3", "bob:3"), order(board));
        assertEquals(List.of(Optional.of(new BigDecimal("0.00")), Optional.of(new BigDecimal("2000.00")),
                Optional.of(new BigDecimal("6000.00")), Optional.of(new BigDecimal("6000.00"))), values(board));
        assertEquals("Q1, lowest first: bob and carl 1 (nothing), ann 3, dave 4",
                List.of(Optional.of(3), Optional.of(-1), Optional.of(0), Optional.of(-2)), movements(board));
    }

    @Test
    public void theAllCompanyBoardOfAQuarterRanksTheRepsTheSameDaysAsARangeRank() {
        // eve's deal was created before the year and won in Q2, fay's won in Q1: day rows, but no new pipeline
        closedLater("eve", LocalDate.of(2025, 11, 10), LocalDate.of(2026, 5, 10));
        closedLater("fay", LocalDate.of(2025, 11, 12), LocalDate.of(2026, 2, 10));
        actAs("admin", true);

        Leaderboard quarter = board("new-pipeline", null, Q2, null, null, null, null);
        Leaderboard range = board("new-pipeline", null, "", "2026-04-01", "2026-06-30", null, null);
        assertEquals(List.of("dan:1", "ann:2", "bob:2", "carl:4", "dave:5"), order(quarter));
        assertEquals(order(range), order(quarter));
        assertEquals(values(range), values(quarter));
        assertEquals(movements(range), movements(quarter));

        actAs("eve", true);
        assertTrue("eve created nothing in either quarter: not on the board, not even her own row",
                board("new-pipeline", null, Q2, null, null, null, null).own().isEmpty());
    }

    /** A won deal of {@code owner} created on {@code created} and closed on {@code closed}. */
    private void closedLater(String owner, LocalDate created, LocalDate closed) {
        issue++;
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.empty(), Money.ofMinor(3_000_00, EUR), "s",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(closed), Optional.of(closed), 0, 1,
                Optional.of(created)), FiscalCalendar.DEFAULT);
    }

    @Test
    public void anUnknownOrInactiveKpiAndAnUnknownMetricStayFieldErrors() {
        new KpiRepository(db.ao()).create(new KpiDefinition("pipe-old", "Old pipeline", "旧商机", KpiUnit.MONEY,
                new KpiSource.DealMetric(QuotaMetric.NEW_PIPELINE), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.TEN), false));
        scorecards.rules();
        actAs("boss", false);
        assertEquals(List.of("kpi"), fields(() -> board("kpi", "nope", Q2, null, null, district.id(), null)));
        assertEquals("a retired KPI", List.of("kpi"),
                fields(() -> board("kpi", "pipe-old", Q2, null, null, district.id(), null)));
        assertEquals(List.of("metric"), fields(() -> board("pipeline-new", null, Q2, null, null, district.id(), null)));
    }
}
