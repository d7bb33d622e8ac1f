package com.salesteam.jira.store;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** KPI definitions and entries on a real database. */
@RunWith(Parameterized.class)
public class KpiRepositoryTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;
    private KpiRepository kpis;

    public KpiRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, KpiDefEntity.class, KpiEntryEntity.class);
    }

    @Before
    public void setUp() {
        kpis = new KpiRepository(db.ao());
    }

    private static KpiEntry entry(String kpi, String user, LocalDate day, String value) {
        return new KpiEntry(kpi, user, day, new BigDecimal(value));
    }

    @Test
    public void definitionsKeepEverySourceAndBenchmarkExactly() {
        KpiDefinition revenue = new KpiDefinition("revenue", "Revenue", "收入", KpiUnit.MONEY,
                new KpiSource.DealMetric(QuotaMetric.REVENUE_WON), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, new BigDecimal("150000.55"), KpiRole.MANAGER, new BigDecimal("900000")), true);
        KpiDefinition open = new KpiDefinition("open-bugs", "Open bugs", "未解决缺陷", KpiUnit.COUNT,
                new KpiSource.JqlCount("project = SALES AND status != Done ORDER BY created"),
                KpiDirection.LOWER_IS_BETTER, Map.of(KpiRole.REP, BigDecimal.ONE, KpiRole.MANAGER, BigDecimal.TEN), true);
        KpiDefinition coaching = new KpiDefinition("coaching", "Coaching done", "辅导完成", KpiUnit.PERCENT,
                new KpiSource.CoachingCompletion(), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, new BigDecimal("80"), KpiRole.MANAGER, new BigDecimal("90.25")), false);

        assertTrue(kpis.create(revenue));
        assertTrue(kpis.create(open));
        assertTrue(kpis.create(coaching));
        assertFalse("a taken key is refused", kpis.create(revenue.withActive(false)));

        assertEquals(List.of(coaching, open, revenue), kpis.definitions());
        assertEquals(revenue, kpis.definition("revenue").orElseThrow());
        assertTrue(kpis.definition("nope").isEmpty());
    }

    @Test
    public void updateReplacesAllButTheKey() {
        KpiDefinition calls = KpiDefinition.standardActivities().get(0);
        kpis.create(calls);
        KpiDefinition changed = new KpiDefinition("calls", "Phone calls", "电话拜访", KpiUnit.COUNT,
                new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, new BigDecimal("250"), KpiRole.MANAGER, new BigDecimal("0.5")), false);

        assertTrue(kpis.update(changed));
        assertFalse("no such key", kpis.update(new KpiDefinition("ghost", "G", "鬼", KpiUnit.COUNT,
                new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, changed.benchmarks(), true)));

        assertEquals(List.of(changed), kpis.definitions());
    }

    @Test
    public void createMissingSeedsOnlyKeysNotTaken() {
        KpiDefinition ownCalls = new KpiDefinition("calls", "Cold calls", "陌生电话", KpiUnit.COUNT,
                new KpiSource.Manual(), KpiDirection.HIGHER_IS_BETTER, KpiDefinition.standardActivities().get(0)
                .benchmarks(), true);
        kpis.create(ownCalls);

        assertEquals(2, kpis.createMissing(KpiDefinition.standardActivities()));
        assertEquals(0, kpis.createMissing(KpiDefinition.standardActivities()));

        assertEquals(List.of("calls", "emails", "meetings"), kpis.definitions().stream().map(KpiDefinition::key).toList());
        assertEquals("an admin's own definition stays", "Cold calls", kpis.definition("calls").orElseThrow().nameEn());
    }

    @Test
    public void loggingADayAgainReplacesItsValue() {
        kpis.log(entry("calls", "ann", MAY_1, "10"));
        kpis.log(entry("calls", "ann", MAY_1, "12"));
        kpis.log(entry("meetings", "ann", MAY_1, "2"));
        kpis.log(entry("calls", "ann", MAY_1.plusDays(1), "0"));
        kpis.log(entry("calls", "bob", MAY_1, "7"));

        assertEquals(List.of(entry("calls", "ann", MAY_1, "12"), entry("meetings", "ann", MAY_1, "2"),
                        entry("calls", "ann", MAY_1.plusDays(1), "0")),
                kpis.entries("ann", MAY_1, MAY_1.plusDays(2)));
        assertEquals("the end is exclusive", List.of(entry("calls", "ann", MAY_1, "12"),
                entry("meetings", "ann", MAY_1, "2")), kpis.entries("ann", MAY_1, MAY_1.plusDays(1)));
        assertEquals(4, db.ao().count(KpiEntryEntity.class));
    }

    @Test
    public void sumsATeamsPeriodInOneStatementAndCountsADayOnce() {
        kpis.log(entry("calls", "ann", MAY_1.minusDays(1), "100"));
        kpis.log(entry("calls", "ann", MAY_1, "10.25"));
        kpis.log(entry("calls", "ann", MAY_1.plusDays(30), "5"));
        kpis.log(entry("calls", "ann", MAY_1.plusDays(31), "100"));
        kpis.log(entry("calls", "bob", MAY_1.plusDays(3), "7"));
        kpis.log(entry("emails", "bob", MAY_1.plusDays(3), "70"));
        kpis.log(entry("calls", "eve", MAY_1.plusDays(3), "70"));
        // a second row for a day, as two nodes racing could leave: the later one counts, once
        db.ao().create(KpiEntryEntity.class, List.of(Map.of("KPI_KEY", "calls", "USER_KEY", "bob",
                "EPOCH_DAY", MAY_1.plusDays(3).toEpochDay(), "HUNDREDTHS", 800L)));

        db.statements().reset();
        Map<String, BigDecimal> sums = kpis.sums("calls", List.of("ann", "bob", "carl"), MAY_1, MAY_1.plusDays(31));

        assertEquals(1, db.statements().count());
        assertEquals(Map.of("ann", new BigDecimal("15.25"), "bob", new BigDecimal("8.00")), sums);
        assertEquals(Map.of(), kpis.sums("calls", List.of(), MAY_1, MAY_1.plusDays(31)));
    }

    @Test
    public void sumsOfSeveralSpansComeFromOneStatementEachDayInEverySpanHoldingIt() {
        kpis.log(entry("calls", "ann", MAY_1.minusDays(1), "100"));
        kpis.log(entry("calls", "ann", MAY_1, "1"));
        kpis.log(entry("calls", "ann", MAY_1.plusDays(6), "2.5"));
        kpis.log(entry("calls", "bob", MAY_1.plusDays(6), "4"));
        kpis.log(entry("calls", "ann", MAY_1.plusDays(7), "100"));
        kpis.log(entry("emails", "ann", MAY_1.plusDays(2), "100"));
        DateRange week = DateRange.ofDays(MAY_1, MAY_1.plusDays(6));
        DateRange beforeLastDay = new DateRange(MAY_1, MAY_1.plusDays(6));

        db.statements().reset();
        Map<DateRange, Map<String, BigDecimal>> sums = kpis.sums("calls", List.of("ann", "bob"), List.of(week,
                beforeLastDay));

        assertEquals(1, db.statements().count());
        assertEquals(Map.of("ann", new BigDecimal("3.50"), "bob", new BigDecimal("4.00")), sums.get(week));
        assertEquals("bob logged only on the last day", Map.of("ann", new BigDecimal("1.00")), sums.get(beforeLastDay));
        assertEquals(Map.of(week, Map.of()), kpis.sums("calls", List.of(), List.of(week)));
    }

    @Test
    public void sumsReadMoreThanAThousandPeopleInOneStatement() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            people.add("rep" + i);
        }
        kpis.log(entry("calls", "rep0", MAY_1, "1"));
        kpis.log(entry("calls", "rep1499", MAY_1, "2"));

        db.statements().reset();
        Map<String, BigDecimal> sums = kpis.sums("calls", people, MAY_1, MAY_1.plusDays(1));

        assertEquals(1, db.statements().count());
        assertEquals(Map.of("rep0", new BigDecimal("1.00"), "rep1499", new BigDecimal("2.00")), sums);
    }
}
