package com.salesteam.jira.store;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiEntry;
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

/**
 * A KPI's (and every KPI's) totals of a period and the one before it, as leaderboards read them: one statement,
 * each day in the period that holds it, the latest value of a day counted once.
 */
@RunWith(Parameterized.class)
public class KpiPeriodTotalsTest {

    private static final Period Q2 = Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow();
    private static final Period Q1 = Q2.previous();

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;
    private KpiRepository kpis;

    public KpiPeriodTotalsTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, KpiDefEntity.class, KpiEntryEntity.class);
    }

    @Before
    public void setUp() {
        kpis = new KpiRepository(db.ao());
        kpis.createMissing(KpiDefinition.standardActivities());
        log("calls", "bob", LocalDate.of(2026, 4, 1), "10");
        log("calls", "bob", LocalDate.of(2026, 6, 30), "2.5");
        log("calls", "bob", LocalDate.of(2026, 3, 31), "7");
        log("calls", "bob", LocalDate.of(2026, 7, 1), "1000");
        log("calls", "bob", LocalDate.of(2025, 12, 31), "1000");
        log("calls", "carl", LocalDate.of(2026, 5, 5), "4");
        log("calls", "carl", LocalDate.of(2026, 5, 5), "6");
        log("meetings", "carl", LocalDate.of(2026, 1, 1), "3");
        log("calls", "dan", LocalDate.of(2026, 5, 5), "9");
    }

    private void log(String kpi, String user, LocalDate day, String value) {
        kpis.log(new KpiEntry(kpi, user, day, new BigDecimal(value)));
    }

    @Test
    public void oneKpiOfSomePeopleInEachPeriodInOneStatement() {
        db.statements().reset();
        Map<String, Map<String, Long>> totals = kpis.kpiTotals("calls", List.of("bob", "carl"), List.of(Q2, Q1));

        assertEquals(1, db.statements().count());
        assertEquals("hundredths; carl's day logged again counts its latest value", Map.of("bob", 12_50L, "carl", 6_00L),
                totals.get(Q2.key()));
        assertEquals(Map.of("bob", 7_00L), totals.get(Q1.key()));
        assertEquals(Map.of(), kpis.kpiTotals("calls", List.of(), List.of(Q2)));
    }

    @Test
    public void oneKpiOfEveryone() {
        Map<String, Map<String, Long>> totals = kpis.kpiTotalsOfEveryone("calls", List.of(Q2, Q1));

        assertEquals(Map.of("bob", 12_50L, "carl", 6_00L, "dan", 9_00L), totals.get(Q2.key()));
        assertEquals(Map.of("bob", 7_00L), totals.get(Q1.key()));
    }

    @Test
    public void everyKpiOfSomePeopleInEachPeriod() {
        db.statements().reset();
        Map<String, Map<String, Map<String, BigDecimal>>> sums = kpis.sumsOfEveryKpi(List.of("bob", "carl"),
                List.of(Q2, Q1));

        assertEquals(1, db.statements().count());
        assertEquals(new BigDecimal("12.50"), sums.get(Q2.key()).get("bob").get("calls"));
        assertEquals(new BigDecimal("6.00"), sums.get(Q2.key()).get("carl").get("calls"));
        assertEquals(Map.of("calls", new BigDecimal("7.00")), sums.get(Q1.key()).get("bob"));
        assertEquals(Map.of("meetings", new BigDecimal("3.00")), sums.get(Q1.key()).get("carl"));
    }

    @Test
    public void moreThanAThousandPeopleStillTakeOneStatement() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            people.add("rep" + i);
        }
        people.add("dan");
        db.statements().reset();
        Map<String, Map<String, Long>> totals = kpis.kpiTotals("calls", people, List.of(Q2));
        assertEquals(1, db.statements().count());
        assertEquals(Map.of("dan", 9_00L), totals.get(Q2.key()));
    }
}
