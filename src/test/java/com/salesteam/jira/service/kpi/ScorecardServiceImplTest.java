package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
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
import com.salesteam.jira.model.kpi.ScoreLine;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.RepScorecard;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.KpiDefEntity;
import com.salesteam.jira.store.KpiEntryEntity;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.ScoreWeightEntity;
import com.salesteam.jira.store.ScorecardRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.MemoryDaySumsCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.Mockito;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * Scorecards over a real database, as each role: a rep (bob), a team's manager (boss), the manager above (vp), an
 * admin and nobody logged in. The region (vp; ann) holds the district (boss; bob, carl). In FY2026-Q2 bob made 300
 * calls and won EUR 15,000 and USD 5,000; boss held 30 meetings.
 */
@RunWith(Parameterized.class)
public class ScorecardServiceImplTest {

    private static final Instant NOW = Instant.parse("2026-05-14T10:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final UserDirectory users = Mockito.mock(UserDirectory.class);
    private MemoryScorecardCache cache;
    private MemoryDaySumsCache daySums;
    private ScorecardRepository weights;
    private ScorecardService service;
    private TeamRepository teams;
    private Team region;
    private Team district;

    public ScorecardServiceImplTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                KpiDefEntity.class, KpiEntryEntity.class, ScoreWeightEntity.class, DealEntity.class,
                DealMonthEntity.class, DealDayEntity.class);
    }

    private KpiRepository kpis;

    @Before
    public void setUp() {
        teams = new TeamRepository(db.ao());
        kpis = new KpiRepository(db.ao());
        SettingsRepository settings = new SettingsRepository(db.ao());
        DealLedger ledger = new DealLedger(db.ao());
        weights = new ScorecardRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        kpis.createMissing(KpiDefinition.standardActivities());
        kpis.createMissing(List.of(
                kpi("revenue", new KpiSource.DealMetric(QuotaMetric.REVENUE_WON), "10000", "20000"),
                kpi("won", new KpiSource.DealMetric(QuotaMetric.DEALS_WON), "2", "1"),
                kpi("bugs", new KpiSource.JqlCount("type = Bug"), "5", "5"),
                kpi("zero", new KpiSource.Manual(), "5", "0")));
        daySums = new MemoryDaySumsCache(ledger);
        cache = MemoryScorecardCache.over(new RepScorecardLoader(kpis, weights, ledger, daySums, teams, settings));
        service = new ScorecardServiceImpl(weights, kpis, ledger, daySums, teams, settings, users, currentUser,
                cache, Clock.fixed(NOW, ZoneOffset.UTC));
        region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("bob", "carl")));
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name of " + call.getArgument(0))));

        act("admin");
        service.putWeights(Map.of(
                "rep", List.of(line("calls", "40", null), line("revenue", "30", null), line("won", "10", null),
                        line("bugs", "20", null)),
                "manager", List.of(line("meetings", "50", null), line("revenue", "50", null))));
        LocalDate may = LocalDate.of(2026, 5, 4);
        kpis.log(new KpiEntry("calls", "bob", may, new BigDecimal("200")));
        kpis.log(new KpiEntry("calls", "bob", may.plusDays(1), new BigDecimal("100")));
        kpis.log(new KpiEntry("calls", "bob", LocalDate.of(2026, 3, 31), new BigDecimal("999")));
        kpis.log(new KpiEntry("meetings", "boss", may, new BigDecimal("30")));
        won(ledger, 1, "bob", Money.ofMinor(15_000_00, EUR), may);
        won(ledger, 2, "bob", Money.ofMinor(5_000_00, Currency.getInstance("USD")), may);
    }

    private static KpiDefinition kpi(String key, KpiSource source, String rep, String manager) {
        return new KpiDefinition(key, key, key, KpiUnit.COUNT, source, KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, new BigDecimal(rep), KpiRole.MANAGER, new BigDecimal(manager)), true);
    }

    private void won(DealLedger ledger, long issue, String owner, Money amount, LocalDate day) {
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(district.id()), amount, "won",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1), FiscalCalendar.DEFAULT);
    }

    private static ScorecardWeightDraft line(String kpi, String weight, String cap) {
        return new ScorecardWeightDraft(kpi, weight, cap);
    }

    private void act(String key) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, key.equals("admin"))));
    }

    private static Optional<BigDecimal> decimal(String value) {
        return Optional.of(new BigDecimal(value));
    }

    @Test
    public void aRepsScoreFromLoggedValuesAndTheLedgerWithUnmeasuredKpisLeftOut() {
        act("bob");
        PersonScorecard bob = service.forPerson("bob", "FY2026-Q2");
        ScorecardScore score = bob.score();
        // quarter benchmarks: 600 calls, EUR 30,000, 6 deals, 15 bugs (a JQL count, none counted yet: 0)
        // calls 40 × 0.5, revenue 30 × 0.5, won 10 × 2/6, bugs 20 × 0: 20 + 15 + 3.33 + 0
        assertEquals(KpiRole.REP, score.role());
        assertEquals(new BigDecimal("100.00"), score.measuredWeight());
        assertEquals(decimal("38.33"), score.score());
        ScoreLine revenue = score.lines().get(1);
        assertEquals("EUR only: the USD deal is never added in", decimal("15000.00"), revenue.actual());
        assertEquals(new BigDecimal("30000.00"), revenue.benchmark());
        assertEquals("deals won count every currency", decimal("2"), score.lines().get(2).actual());
        assertEquals("a JQL count is measured: nothing counted is 0", ScoreLine.Status.SCORED,
                score.lines().get(3).status());
        assertEquals(decimal("0"), score.lines().get(3).actual());
        assertEquals("Name of bob", bob.name());
        assertEquals("FY2026-Q2", bob.periodKey());
        assertEquals("the current quarter by default", "FY2026-Q2", service.forPerson("bob", "").periodKey());
        assertEquals("March is another quarter", decimal("999.00"),
                service.forPerson("bob", "FY2026-Q1").score().lines().get(0).actual());
    }

    @Test
    public void aTeamsManagerIsScoredAgainstTheManagerBenchmarks() {
        act("boss");
        ScorecardScore boss = service.forPerson("boss", "FY2026-Q2").score();
        assertEquals(KpiRole.MANAGER, boss.role());
        assertEquals("30 meetings of 30 → 50, no revenue of 60,000 → 0", decimal("50.00"), boss.score());
    }

    @Test
    public void aPersonsScorecardIsForThemTheirManagersAndAdmins() {
        for (String reader : List.of("bob", "boss", "vp", "admin")) {
            act(reader);
            assertEquals(reader, decimal("38.33"), service.forPerson("bob", "FY2026-Q2").score().score());
        }
        act("carl");
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forPerson("bob", "")).reason());
        act("boss");
        assertEquals("a manager above is not a member", ServiceException.Reason.FORBIDDEN,
                refused(() -> service.forPerson("vp", "")).reason());
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.forPerson("bob", "")).reason());
        act("bob");
        assertEquals(List.of("period"), refused(() -> service.forPerson("bob", "FY2026-Q9")).fieldErrors().stream()
                .map(FieldError::field).toList());
    }

    @Test
    public void aTeamsScorecardsAreForItsManagersAndAdminsNested() {
        for (String reader : List.of("boss", "vp", "admin")) {
            act(reader);
            TeamScorecards scorecards = service.forTeam(district.id(), "FY2026-Q2");
            assertEquals(List.of("bob", "carl"), scorecards.members().stream().map(PersonScorecard::userKey).toList());
            assertEquals(decimal("38.33"), scorecards.members().get(0).score().score());
            assertEquals("nothing done is 0", decimal("0.00"), scorecards.members().get(1).score().score());
        }
        act("vp");
        assertEquals(List.of("ann", "bob", "carl"), service.forTeam(region.id(), "FY2026-Q2").members().stream()
                .map(PersonScorecard::userKey).toList());
        act("boss");
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forTeam(region.id(), "")).reason());
        act("bob");
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.forTeam(district.id(), "")).reason());
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.forTeam(district.id(), "")).reason());
    }

    @Test
    public void aTeamCostsFiveStatementsWhateverItsSize() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            many.add("rep" + i);
        }
        Team big = teams.create(new TeamDraft("Big", "", Optional.empty(), Optional.of("boss"), many));
        act("boss");
        service.forTeam(district.id(), "FY2026-Q2");

        db.statements().reset();
        assertEquals(2, service.forTeam(district.id(), "FY2026-Q2").members().size());
        int small = db.statements().count();
        db.statements().reset();
        assertEquals(1_200, service.forTeam(big.id(), "FY2026-Q2").members().size());
        assertEquals("the same statements for 2 and 1,200 people", small, db.statements().count());
        assertTrue("within the query budget: " + small, small <= 5);

        db.statements().reset();
        service.forPerson("bob", "FY2026-Q2");
        assertTrue("one person too: " + db.statements().count(), db.statements().count() <= 5);
        cache.forgetAll();
        db.statements().reset();
        service.forTeam(district.id(), "FY2026-Q2");
        assertEquals("after a change the definitions and weights are read again", small + 2, db.statements().count());
    }

    @Test
    public void newPipelineWeightedATeamOf1200StillCostsFiveStatements() {
        kpis.createMissing(List.of(kpi("pipe", new KpiSource.DealMetric(QuotaMetric.NEW_PIPELINE), "10000", "10000")));
        service.putWeights(Map.of(
                "rep", List.of(line("calls", "40", null), line("revenue", "30", null), line("pipe", "30", null)),
                "manager", List.of(line("meetings", "50", null), line("revenue", "50", null))));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            many.add("rep" + i);
        }
        Team big = teams.create(new TeamDraft("Big", "", Optional.empty(), Optional.of("boss"), many));
        act("boss");
        cache.rules();
        for (Team team : List.of(district, big)) {
            // the period's day sums entry cold too: the deal sums and new pipeline are read once for everyone
            daySums.forgetAll();
            db.statements().reset();
            int members = service.forTeam(team.id(), "FY2026-Q2").members().size();
            assertTrue(members + " people within the query budget: " + db.statements().count(),
                    db.statements().count() <= 5);
        }
        db.statements().reset();
        service.forPerson("bob", "FY2026-Q2");
        assertTrue("one person, the day sums warm: " + db.statements().count(), db.statements().count() <= 5);
    }

    @Test
    public void theFieldsLoaderScoresTheQuarterOfTheDayWithItsViewersInFiveStatements() {
        cache.rules();
        db.statements().reset();
        RepScorecard bob = cache.get("bob", LocalDate.of(2026, 6, 30));
        assertTrue("within the query budget: " + db.statements().count(), db.statements().count() <= 5);
        assertEquals("FY2026-Q2", bob.periodKey());
        assertEquals(decimal("38.33"), bob.score().score());
        assertTrue(bob.visibleTo("bob", false) && bob.visibleTo("boss", false) && bob.visibleTo("vp", false));
        assertFalse(bob.visibleTo("carl", false));
        assertTrue(bob.visibleTo("carl", true));
    }

    @Test
    public void onlyAdminsReadAndSetTheWeightsWhichForgetsEveryScorecard() {
        assertEquals("calls", service.weights().get(KpiRole.REP).weights().get(0).kpiKey());
        for (String who : List.of("bob", "boss", "vp")) {
            act(who);
            assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.weights()).reason());
            assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.putWeights(
                    Map.of("rep", List.of(line("calls", "100", null))))).reason());
        }
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.weights()).reason());

        act("admin");
        cache.get("bob", LocalDate.of(2026, 5, 1));
        service.putWeights(Map.of("rep", List.of(line(" calls ", "100", "150"))));
        assertFalse(cache.holds("bob") || cache.holdsRules());
        assertEquals(new BigDecimal("150.00"), service.weights().get(KpiRole.REP).weights().get(0).cap().orElseThrow());
        assertEquals("the manager's weights are kept", 2, service.weights().get(KpiRole.MANAGER).weights().size());
        act("bob");
        assertEquals("300 of 600 calls", decimal("50.00"), service.forPerson("bob", "FY2026-Q2").score().score());
    }

    @Test
    public void everyBadWeightFieldIsNamedAndNothingIsWritten() {
        Map<String, List<ScorecardWeightDraft>> bad = new LinkedHashMap<>();
        bad.put("rep", java.util.Arrays.asList(line("ghost", "40", null), line("calls", "-5", null),
                line("calls", "30", null), line("meetings", "10", "50"), null));
        bad.put("manager", List.of(line("zero", "100", null)));
        bad.put("boss", List.of());
        ServiceException refused = refused(() -> service.putWeights(bad));
        assertEquals(ServiceException.Reason.INVALID, refused.reason());
        assertEquals(List.of("rep[0].kpi", "rep[1].weight", "rep[2].kpi", "rep[3].cap", "rep[4].kpi", "rep[4].weight",
                "manager[0].kpi", "boss"), refused.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("salesteam.error.scorecard.kpi.benchmark", refused.fieldErrors().get(6).messageKey());

        ServiceException total = refused(() -> service.putWeights(Map.of("rep",
                List.of(line("calls", "60", null), line("emails", "30.5", null)))));
        assertEquals(List.of(FieldError.of("rep", "salesteam.error.scorecard.total", "90.5")), total.fieldErrors());
        assertEquals(List.of("rep"), refused(() -> service.putWeights(Map.of())).fieldErrors().stream()
                .map(FieldError::field).toList());
        assertEquals("nothing was written", 4, weights.scorecards().get(KpiRole.REP).weights().size());

        service.putWeights(Map.of("manager", List.of()));
        assertTrue("an empty list clears the role", weights.scorecards().get(KpiRole.MANAGER).weights().isEmpty());
    }

    @Test
    public void aLowerIsBetterKpiNobodyLoggedIsNotMeasuredRatherThanPerfect() {
        kpis.createMissing(List.of(new KpiDefinition("lost", "lost", "lost", KpiUnit.COUNT, new KpiSource.Manual(),
                KpiDirection.LOWER_IS_BETTER, Map.of(KpiRole.REP, new BigDecimal("5"), KpiRole.MANAGER,
                new BigDecimal("5")), true)));
        act("admin");
        service.putWeights(Map.of("rep", List.of(line("calls", "50", null), line("lost", "50", null))));

        ScorecardScore score = service.forPerson("bob", "FY2026-Q2").score();

        assertEquals(ScoreLine.Status.NOT_MEASURED, score.lines().get(1).status());
        assertEquals(new BigDecimal("50.00"), score.measuredWeight());
        assertEquals("calls 300 of 600 over the measured half: 50", decimal("50.00"), score.score());
    }
}
