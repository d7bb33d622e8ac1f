package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.ScoreLine;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
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
import com.salesteam.jira.testing.MemoryDaySumsCache;
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
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * Scorecard lines of a new-pipeline KPI are measured from the ledger's day sums: the amount of the deals created in
 * the period, in the default currency, whatever became of them. Bob created EUR 12,000 (open) and EUR 3,000 (lost)
 * in May, EUR 99,000 in March and USD 5,000 in May.
 */
public class NewPipelineScorecardTest {

    private static final Instant NOW = Instant.parse("2026-05-14T10:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, KpiDefEntity.class, KpiEntryEntity.class,
            ScoreWeightEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class);

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private ScorecardService service;
    private MemoryScorecardCache cache;
    private DealLedger ledger;
    private KpiRepository kpis;
    private TeamRepository teams;
    private Team district;

    @Before
    public void setUp() {
        teams = new TeamRepository(db.ao());
        kpis = new KpiRepository(db.ao());
        SettingsRepository settings = new SettingsRepository(db.ao());
        ledger = new DealLedger(db.ao());
        ScorecardRepository weights = new ScorecardRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        kpis.createMissing(List.of(
                new KpiDefinition("pipe", "Pipeline", "新增商机", KpiUnit.MONEY,
                        new KpiSource.DealMetric(QuotaMetric.NEW_PIPELINE), KpiDirection.HIGHER_IS_BETTER,
                        Map.of(KpiRole.REP, new BigDecimal("10000"), KpiRole.MANAGER, new BigDecimal("10000")), true),
                new KpiDefinition("won", "Won", "赢单", KpiUnit.COUNT, new KpiSource.DealMetric(QuotaMetric.DEALS_WON),
                        KpiDirection.HIGHER_IS_BETTER, Map.of(KpiRole.REP, BigDecimal.ONE, KpiRole.MANAGER,
                        BigDecimal.ONE), true)));
        weights.replace(List.of(new Scorecard(KpiRole.REP, List.of(
                new ScorecardWeight("pipe", new BigDecimal("60"), Optional.empty()),
                new ScorecardWeight("won", new BigDecimal("40"), Optional.empty())))));
        MemoryDaySumsCache daySums = new MemoryDaySumsCache(ledger);
        cache = MemoryScorecardCache.over(new RepScorecardLoader(kpis, weights, ledger, daySums, teams, settings));
        UserDirectory users = Mockito.mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), call.getArgument(0))));
        service = new ScorecardServiceImpl(weights, kpis, ledger, daySums, teams, settings, users, currentUser,
                cache, Clock.fixed(NOW, ZoneOffset.UTC));
        district = teams.create(new TeamDraft("District", "", Optional.empty(), Optional.of("boss"),
                List.of("bob", "carl")));
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        created(1, Money.ofMinor(12_000_00, EUR), MAY, DealOutcome.OPEN);
        created(2, Money.ofMinor(3_000_00, EUR), MAY.plusDays(2), DealOutcome.LOST);
        created(3, Money.ofMinor(99_000_00, EUR), LocalDate.of(2026, 3, 20), DealOutcome.OPEN);
        created(4, Money.ofMinor(5_000_00, Currency.getInstance("USD")), MAY, DealOutcome.OPEN);
    }

    private void created(long issue, Money amount, LocalDate day, DealOutcome outcome) {
        ledger.record(new DealFacts(issue, 1, Optional.of("bob"), Optional.of(district.id()), amount, "s", outcome,
                outcome == DealOutcome.LOST ? 0 : 40, outcome == DealOutcome.LOST ? ForecastCategory.OMITTED
                : ForecastCategory.PIPELINE, Optional.of(LocalDate.of(2026, 9, 30)),
                outcome == DealOutcome.LOST ? Optional.of(day) : Optional.empty(), 0, 1, Optional.of(day)),
                FiscalCalendar.DEFAULT);
    }

    @Test
    public void aNewPipelineLineCountsTheDefaultCurrencysAmountCreatedInThePeriod() {
        ScorecardScore bob = service.forPerson("bob", "FY2026-Q2").score();

        ScoreLine pipe = bob.lines().get(0);
        assertEquals(ScoreLine.Status.SCORED, pipe.status());
        assertEquals("EUR 12,000 + 3,000 of May; not March's, not the USD", Optional.of(new BigDecimal("15000.00")),
                pipe.actual());
        assertEquals("of a quarter's 30,000", Optional.of(new BigDecimal("50.0")), pipe.ratioPercent());
        assertEquals(new BigDecimal("100.00"), bob.measuredWeight());
        assertEquals("60 × 0.5, no deal won", Optional.of(new BigDecimal("30.00")), bob.score());
        assertEquals(Optional.of(new BigDecimal("99000.00")),
                service.forPerson("bob", "FY2026-Q1").score().lines().get(0).actual());
        assertEquals("a week from the same day rows", Optional.of(new BigDecimal("15000.00")),
                service.forPerson("bob", "2026-W19").score().lines().get(0).actual());
        assertEquals(Optional.of(new BigDecimal("0.00")),
                service.forPerson("bob", "2026-W20").score().lines().get(0).actual());
        assertEquals("the cached field's scorecard too", Optional.of(new BigDecimal("15000.00")),
                cache.get("bob", MAY).score().lines().get(0).actual());
    }

    @Test
    public void scorecardBoardsMeasureItFromTheDaySumsCache() {
        Period q2 = Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow();
        PeriodScorecards boards = new PeriodScorecards(kpis, new MemoryPeriodSumsCache(ledger),
                new MemoryDaySumsCache(ledger));

        Map<String, Map<String, ScorecardScore>> scores = boards.scores(List.of("bob", "carl"),
                new TeamHierarchy(teams.findAll()), cache.rules(), List.of(q2, q2.previous()), EUR);

        assertEquals(Optional.of(new BigDecimal("15000.00")),
                scores.get("FY2026-Q2").get("bob").lines().get(0).actual());
        assertEquals(Optional.of(new BigDecimal("99000.00")),
                scores.get("FY2026-Q1").get("bob").lines().get(0).actual());
        assertEquals("carl created nothing: 0, measured", Optional.of(BigDecimal.ZERO.setScale(2)),
                scores.get("FY2026-Q2").get("carl").lines().get(0).actual());
        assertTrue(scores.get("FY2026-Q2").get("carl").score().isPresent());
    }

    @Test
    public void aBoardWeightingNewPipelineTakesItsDealsWonFromTheSameDaySumsEntry() {
        LocalDate won = MAY.plusDays(6);
        ledger.record(new DealFacts(5, 1, Optional.of("bob"), Optional.of(district.id()), Money.ofMinor(1_000_00, EUR),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(won), Optional.of(won), 0, 1,
                Optional.of(won)), FiscalCalendar.DEFAULT);
        Period q2 = Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow();
        PeriodScorecards boards = new PeriodScorecards(kpis, new MemoryPeriodSumsCache(ledger),
                new MemoryDaySumsCache(ledger));
        ScorecardRules rules = cache.rules();

        db.statements().reset();
        Map<String, Map<String, ScorecardScore>> scores = boards.scores(List.of("bob", "carl"),
                new TeamHierarchy(teams.findAll()), rules, List.of(q2, q2.previous()), EUR);
        List<String> sql = db.statements().preparedSql();

        ScorecardScore page = service.forPerson("bob", "FY2026-Q2").score();
        assertEquals("one deal won", Optional.of(new BigDecimal("1")), scores.get("FY2026-Q2").get("bob").lines().get(1)
                .actual().map(BigDecimal::stripTrailingZeros));
        assertEquals("as the person's own scorecard measures it", page, scores.get("FY2026-Q2").get("bob"));
        assertTrue("teams (1), then one read of the day rows, none of the period rows: " + sql,
                sql.stream().noneMatch(statement -> statement.contains("_DEAL_MONTH"))
                        && sql.stream().filter(statement -> statement.contains("_DEAL_DAY")).count() == 1);
    }
}
