package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
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
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** What the Quota Attainment field shows, computed over a real database within its statement budget. */
@RunWith(Parameterized.class)
public class RepAttainmentLoaderTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private QuotaRepository quotas;
    private DealLedger ledger;
    private RepAttainmentLoader loader;

    public RepAttainmentLoaderTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                QuotaEntity.class, QuotaChangeEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class);
    }

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        quotas = new QuotaRepository(db.ao());
        ledger = new DealLedger(db.ao());
        loader = new RepAttainmentLoader(quotas, ledger, teams, new SettingsRepository(db.ao()),
                Clock.fixed(NOW, ZoneOffset.UTC));
        long region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of())).id();
        teams.create(new TeamDraft("District", "", Optional.of(region), Optional.of("boss"), List.of("ann")));
        ledger.record(won(1, 40_000_00L, LocalDate.of(2026, 4, 20)), FiscalCalendar.DEFAULT);
        ledger.record(won(2, 20_000_00L, LocalDate.of(2026, 2, 3)), FiscalCalendar.DEFAULT);
    }

    private static DealFacts won(long issue, long minor, LocalDate closed) {
        return new DealFacts(issue, 1, Optional.of("ann"), Optional.empty(), Money.ofMinor(minor, EUR), "won",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(closed), Optional.of(closed), 0, 1);
    }

    private void quota(String period, long euros) {
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("ann"), period, QuotaMetric.REVENUE_WON,
                Money.ofMinor(euros * 100, EUR)), "admin", NOW);
    }

    @Test
    public void theQuarterQuotaComesFirstThenTheMonthThenTheYear() {
        quota("FY2026", 400_000);
        quota("FY2026-M05", 20_000);
        quota("FY2026-Q2", 100_000);

        db.statements().reset();
        RepFigures figures = loader.load("ann");
        assertTrue("within budget: " + db.statements().count(), db.statements().count() <= 5);
        RepAttainment quarter = figures.on(LocalDate.of(2026, 6, 30));

        assertEquals("FY2026-Q2", quarter.periodKey());
        assertEquals("40k of 100k", "40.0", quarter.attainment().orElseThrow().percent().orElseThrow().toPlainString());
        assertEquals(Optional.of("EUR"), quarter.currency());
        assertEquals(Set.of("ann", "boss", "vp"), quarter.viewers());

        RepAttainment year = figures.on(LocalDate.of(2026, 2, 10));
        assertEquals("no Q1 or February quota: the year's", "FY2026", year.periodKey());
        assertEquals("60k of 400k", "15.0", year.attainment().orElseThrow().percent().orElseThrow().toPlainString());
    }

    @Test
    public void withoutAQuotaThereIsNoAttainmentButThePeriodIsNamed() {
        RepAttainment none = loader.load("ann").on(LocalDate.of(2026, 5, 1));
        assertEquals("FY2026-Q2", none.periodKey());
        assertTrue(none.attainment().isEmpty());
        assertTrue(none.visibleTo("boss", false) && !none.visibleTo("carl", false) && none.visibleTo("carl", true));
    }

    // Sales Goal: exactly the goal's period and metric

    @Test
    public void aGoalsPeriodAndMetricAreTakenAsTheyAreWithinBudget() {
        quota("FY2026-Q2", 100_000);
        quotas.put(Quota.ofCount(new QuotaSubject.Rep("ann"), "FY2026", QuotaMetric.DEALS_WON, 8), "admin", NOW);

        db.statements().reset();
        RepFigures figures = loader.load("ann");
        assertTrue("within budget: " + db.statements().count(), db.statements().count() <= 5);
        RepAttainment deals = figures.on("FY2026", QuotaMetric.DEALS_WON);

        assertEquals("FY2026", deals.periodKey());
        assertEquals("2 of 8 deals", "25.0", deals.attainment().orElseThrow().percent().orElseThrow().toPlainString());
        assertEquals("a count has no currency", Optional.empty(), deals.currency());
        assertEquals(Set.of("ann", "boss", "vp"), deals.viewers());
        assertEquals("40.0", loader.load("ann").on("FY2026-Q2", QuotaMetric.REVENUE_WON).attainment().orElseThrow()
                .percent().orElseThrow().toPlainString());
    }

    @Test
    public void noQuotaOfThatPeriodOrNoPeriodGiveNoAttainment() {
        quota("FY2026-Q2", 100_000);

        assertTrue("the year has no quota, the quarter's is not taken", loader.load("ann").on("FY2026",
                QuotaMetric.REVENUE_WON).attainment().isEmpty());
        assertTrue(loader.load("ann").on("FY2026-Q9", QuotaMetric.REVENUE_WON).attainment().isEmpty());
        assertEquals(Set.of("ann", "boss", "vp"), loader.load("ann").on("FY2026-Q9", QuotaMetric.REVENUE_WON).viewers());
        assertTrue("no quota of that week", loader.load("ann").on("2026-W17", QuotaMetric.REVENUE_WON).attainment().isEmpty());
    }

    @Test
    public void newPipelineByCreationDayAndWeeksAreMeasuredFromTheDaySums() {
        // created 14 April, won 20 April (week 17); a second deal created in week 17, still open
        ledger.record(new DealFacts(1, 1, Optional.of("ann"), Optional.empty(), Money.ofMinor(40_000_00L, EUR), "won",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(LocalDate.of(2026, 4, 20)),
                Optional.of(LocalDate.of(2026, 4, 20)), 0, 2, Optional.of(LocalDate.of(2026, 4, 14))), FiscalCalendar.DEFAULT);
        ledger.record(new DealFacts(3, 1, Optional.of("ann"), Optional.empty(), Money.ofMinor(10_000_00L, EUR), "open",
                DealOutcome.OPEN, 30, ForecastCategory.PIPELINE, Optional.of(LocalDate.of(2026, 9, 1)),
                Optional.empty(), 0, 1, Optional.of(LocalDate.of(2026, 4, 21))), FiscalCalendar.DEFAULT);
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("ann"), "FY2026-Q2", QuotaMetric.NEW_PIPELINE,
                Money.ofMinor(100_000_00L, EUR)), "admin", NOW);
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("ann"), "2026-W17", QuotaMetric.NEW_PIPELINE,
                Money.ofMinor(20_000_00L, EUR)), "admin", NOW);
        quotas.put(Quota.ofAmount(new QuotaSubject.Rep("ann"), "2026-W17", QuotaMetric.REVENUE_WON,
                Money.ofMinor(80_000_00L, EUR)), "admin", NOW);

        db.statements().reset();
        RepFigures figures = loader.load("ann");
        assertTrue("within budget: " + db.statements().count(), db.statements().count() <= 5);

        assertEquals("50k created in the quarter of 100k", "50.0", figures.on("FY2026-Q2", QuotaMetric.NEW_PIPELINE)
                .attainment().orElseThrow().percent().orElseThrow().toPlainString());
        assertEquals("pipeline has no coverage", Optional.empty(), figures.on("FY2026-Q2", QuotaMetric.NEW_PIPELINE)
                .attainment().orElseThrow().coverage());
        assertEquals("10k created in week 17 (20-26 April)", "50.0", figures.on("2026-W17", QuotaMetric.NEW_PIPELINE)
                .attainment().orElseThrow().percent().orElseThrow().toPlainString());
        assertEquals("40k won in week 17", "50.0", figures.on("2026-W17", QuotaMetric.REVENUE_WON)
                .attainment().orElseThrow().percent().orElseThrow().toPlainString());
    }
}
