package com.salesteam.jira.service.review;

import com.salesteam.jira.model.DealChange;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.DealTimeline;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.review.ForecastAccuracy;
import com.salesteam.jira.model.review.ReviewSnapshot;
import com.salesteam.jira.model.review.SnapshotKpi;
import com.salesteam.jira.service.DealHistorySource;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.kpi.RepScorecardLoader;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.KpiDefEntity;
import com.salesteam.jira.store.KpiEntryEntity;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.ReviewSnapEntity;
import com.salesteam.jira.store.ReviewSnapshotRepository;
import com.salesteam.jira.store.ScoreWeightEntity;
import com.salesteam.jira.store.ScorecardRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StageRuleEntity;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryDaySumsCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

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
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;

/** A review's snapshot from real repositories: attainment, scorecard with its KPIs, forecast accuracy, taken once. */
public class ReviewSnapshotServiceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class,
            StageRuleEntity.class, KpiDefEntity.class, KpiEntryEntity.class, ScoreWeightEntity.class,
            ReviewSnapEntity.class);

    private final AtomicReference<Map<Long, DealTimeline>> history = new AtomicReference<>(Map.of());
    private final Attainment attainment = Attainment.of(10_000_000, 8_750_000, 0, 0,
            FiscalCalendar.DEFAULT.periodContaining(PeriodType.QUARTER, LocalDate.of(2026, 5, 1)),
            LocalDate.of(2026, 6, 30));
    private DealLedger ledger;
    private KpiRepository kpis;
    private ReviewSnapshotService service;

    @Before
    public void setUp() {
        SettingsRepository settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        TeamRepository teams = new TeamRepository(db.ao());
        teams.create(new TeamDraft("East", "", Optional.empty(), Optional.of("boss"), List.of("li.wei")));
        kpis = new KpiRepository(db.ao());
        kpis.createMissing(List.of(new KpiDefinition("calls", "Calls", "电话", KpiUnit.COUNT, new KpiSource.Manual(),
                KpiDirection.HIGHER_IS_BETTER, Map.of(KpiRole.REP, new BigDecimal("100"), KpiRole.MANAGER,
                new BigDecimal("100")), true)));
        ScorecardRepository weights = new ScorecardRepository(db.ao());
        weights.replace(List.of(new Scorecard(KpiRole.REP, List.of(new ScorecardWeight("calls", new BigDecimal("100"),
                Optional.empty())))));
        StageRuleRepository stageRules = new StageRuleRepository(db.ao());
        stageRules.replaceAll(List.of(new StageRule("negotiation", DealOutcome.OPEN, 75, ForecastCategory.COMMIT),
                new StageRule("won", DealOutcome.WON, 100, ForecastCategory.CLOSED)));
        ledger = new DealLedger(db.ao());
        MemoryAttainmentCache attainments = new MemoryAttainmentCache((rep, day) -> { throw new AssertionError(); },
                (rep, periodKey, metric) -> new RepAttainment(rep, periodKey, Optional.of(attainment),
                        Optional.of("EUR"), Set.of(rep)));
        DealHistorySource source = ids -> history.get();
        service = new ReviewSnapshotService(new ReviewSnapshotRepository(db.ao()),
                new RepScorecardLoader(kpis, weights, ledger, new MemoryDaySumsCache(ledger), teams, settings), attainments, ledger, source,
                stageRules, settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void record(long issue, String stage, DealOutcome outcome, ForecastCategory category, long euros,
                        LocalDate close, Instant version) {
        ledger.record(new DealFacts(issue, 1, Optional.of("li.wei"), Optional.empty(), Money.ofMinor(euros * 100, EUR),
                stage, outcome, outcome == DealOutcome.WON ? 100 : 75, category, Optional.of(close),
                outcome == DealOutcome.WON ? Optional.of(close) : Optional.empty(), 0, version.toEpochMilli()),
                FiscalCalendar.DEFAULT);
    }

    @Test
    public void theSnapshotHoldsAttainmentTheScorecardAndForecastAccuracyOfTheReviewPeriod() {
        kpis.log(new KpiEntry("calls", "li.wei", LocalDate.of(2026, 4, 15), new BigDecimal("150")));
        kpis.log(new KpiEntry("calls", "li.wei", LocalDate.of(2026, 3, 31), new BigDecimal("999")));
        // in Commit on 31 March for 80,000, won on 10 May for 72,000 (the won deal moved since: rewound)
        record(1, "won", DealOutcome.WON, ForecastCategory.CLOSED, 72_000, LocalDate.of(2026, 5, 10),
                Instant.parse("2026-05-10T09:00:00Z"));
        history.set(Map.of(1L, new DealTimeline(Instant.parse("2026-02-01T00:00:00Z"), List.of(
                new DealChange.Stage(Instant.parse("2026-05-10T09:00:00Z"), "negotiation", "won"),
                new DealChange.Amount(Instant.parse("2026-05-10T09:00:00Z"), Optional.of(Money.ofMinor(8_000_000, EUR)),
                        Optional.of(Money.ofMinor(7_200_000, EUR)))))));
        // still open in Commit for 10,000 since before the quarter; lost deals and other quarters do not count
        record(2, "negotiation", DealOutcome.OPEN, ForecastCategory.COMMIT, 10_000, LocalDate.of(2026, 6, 20),
                Instant.parse("2026-03-01T09:00:00Z"));
        record(3, "negotiation", DealOutcome.OPEN, ForecastCategory.COMMIT, 50_000, LocalDate.of(2026, 8, 20),
                Instant.parse("2026-03-01T09:00:00Z"));

        ReviewSnapshot snapshot = service.take(500, "li.wei", " FY2026-Q2 ", PeriodType.QUARTER);

        assertEquals("FY2026-Q2", snapshot.periodKey());
        assertEquals(NOW, snapshot.takenAt());
        assertEquals(Optional.of(new BigDecimal("87.5")), snapshot.attainmentPercent());
        assertEquals(10_000_000, snapshot.quotaUnits());
        assertEquals(Optional.of("EUR"), snapshot.currency());
        // 150 calls against 3 × 100 in the quarter
        assertEquals(List.of(new SnapshotKpi("calls", "Calls", "电话", Optional.of(new BigDecimal("150.00")),
                new BigDecimal("300.00"), Optional.of(new BigDecimal("50.00")))), snapshot.kpis());
        assertEquals(Optional.of(new BigDecimal("50.00")), snapshot.score());
        // won 72,000 ÷ commit 90,000 at the start = 80.0 %
        assertEquals(new ForecastAccuracy(Optional.of(new BigDecimal("80.0")), ""), snapshot.forecastAccuracy());
        assertEquals(Optional.of(snapshot), service.find(500));
    }

    @Test
    public void aSecondTakeKeepsTheFirstSnapshotWhateverChangedSince() {
        ReviewSnapshot first = service.take(500, "li.wei", "FY2026-Q2", PeriodType.QUARTER);
        kpis.log(new KpiEntry("calls", "li.wei", LocalDate.of(2026, 4, 15), new BigDecimal("300")));
        assertEquals(first, service.take(500, "li.wei", "FY2026-Q3", PeriodType.QUARTER));
        assertEquals(Optional.of(first), service.find(500));
    }

    @Test
    public void withoutAPeriodTheFallbackPeriodOfTodayIsTakenAndNoCommitMeansNoAccuracy() {
        ReviewSnapshot snapshot = service.take(501, "li.wei", "", PeriodType.MONTH);
        assertEquals("FY2026-M06", snapshot.periodKey());
        assertEquals(ForecastAccuracy.notAvailable(ForecastAccuracy.NO_COMMIT), snapshot.forecastAccuracy());
    }
}
