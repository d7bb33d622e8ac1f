package com.salesteam.jira.store;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Scorecard weights, every KPI's sums of many people, and the calendar with the currency, on a real database. */
@RunWith(Parameterized.class)
public class ScorecardRepositoryTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;
    private ScorecardRepository scorecards;

    public ScorecardRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, ScoreWeightEntity.class, KpiEntryEntity.class, AppSettingEntity.class);
    }

    @Before
    public void setUp() {
        scorecards = new ScorecardRepository(db.ao());
    }

    private static ScorecardWeight weight(String kpi, String weight, String cap) {
        return new ScorecardWeight(kpi, new BigDecimal(weight), Optional.ofNullable(cap).map(BigDecimal::new));
    }

    @Test
    public void rolesWithoutLinesHaveAnEmptyScorecard() {
        Map<KpiRole, Scorecard> read = scorecards.scorecards();
        assertEquals(new Scorecard(KpiRole.REP, List.of()), read.get(KpiRole.REP));
        assertEquals(new Scorecard(KpiRole.MANAGER, List.of()), read.get(KpiRole.MANAGER));
    }

    @Test
    public void linesKeepTheirOrderWeightsAndCapsExactlyAndAreReadInOneStatement() {
        Scorecard rep = new Scorecard(KpiRole.REP, List.of(weight("meetings", "33.33", "150"),
                weight("calls", "33.34", null), weight("emails", "33.33", "100.5")));
        Scorecard manager = new Scorecard(KpiRole.MANAGER, List.of(weight("revenue", "100", null)));
        scorecards.replace(List.of(rep, manager));

        db.statements().reset();
        Map<KpiRole, Scorecard> read = scorecards.scorecards();
        assertEquals(1, db.statements().count());
        assertEquals(rep, read.get(KpiRole.REP));
        assertEquals(manager, read.get(KpiRole.MANAGER));
    }

    @Test
    public void replacingOneRoleKeepsTheOtherAndAnEmptyListClearsIt() {
        Scorecard manager = new Scorecard(KpiRole.MANAGER, List.of(weight("revenue", "100", null)));
        scorecards.replace(List.of(new Scorecard(KpiRole.REP, List.of(weight("calls", "100", null))), manager));
        Scorecard rep = new Scorecard(KpiRole.REP, List.of(weight("emails", "60", null), weight("calls", "40", "120")));
        scorecards.replace(List.of(rep));
        assertEquals(rep, scorecards.scorecards().get(KpiRole.REP));
        assertEquals(manager, scorecards.scorecards().get(KpiRole.MANAGER));

        scorecards.replace(List.of(new Scorecard(KpiRole.MANAGER, List.of())));
        assertTrue(scorecards.scorecards().get(KpiRole.MANAGER).weights().isEmpty());
        assertEquals(rep, scorecards.scorecards().get(KpiRole.REP));
    }

    @Test
    public void aFailedReplaceWritesNothing() {
        Scorecard rep = new Scorecard(KpiRole.REP, List.of(weight("calls", "100", null)));
        scorecards.replace(List.of(rep));
        Scorecard tooLongKey = new Scorecard(KpiRole.REP, List.of(weight("x".repeat(300), "100", null)));
        assertThrows(RuntimeException.class, () -> scorecards.replace(List.of(tooLongKey)));
        assertEquals("the delete was rolled back with the failed insert", rep, scorecards.scorecards().get(KpiRole.REP));
    }

    @Test
    public void everyKpiOfManyPeopleIsSummedInOneStatement() {
        KpiRepository kpis = new KpiRepository(db.ao());
        LocalDate april30 = LocalDate.of(2026, 4, 30);
        LocalDate may1 = LocalDate.of(2026, 5, 1);
        kpis.log(new KpiEntry("calls", "ann", april30, new BigDecimal("99")));
        kpis.log(new KpiEntry("calls", "ann", may1, new BigDecimal("10")));
        kpis.log(new KpiEntry("calls", "ann", may1.plusDays(1), new BigDecimal("2.5")));
        kpis.log(new KpiEntry("meetings", "ann", may1, new BigDecimal("3")));
        kpis.log(new KpiEntry("calls", "bob", may1, new BigDecimal("7")));
        kpis.log(new KpiEntry("calls", "bob", may1, new BigDecimal("8")));
        kpis.log(new KpiEntry("calls", "carl", may1, new BigDecimal("1")));
        List<String> people = new ArrayList<>(List.of("ann", "bob", "dave"));
        for (int i = 0; i < 1_500; i++) {
            people.add("rep" + i);
        }

        db.statements().reset();
        Map<String, Map<String, BigDecimal>> sums = kpis.sumsOfEveryKpi(people, may1, LocalDate.of(2026, 6, 1));
        assertEquals("1,503 people, one statement", 1, db.statements().count());
        assertEquals(Map.of("calls", new BigDecimal("12.50"), "meetings", new BigDecimal("3.00")), sums.get("ann"));
        assertEquals("the day logged again counts once", Map.of("calls", new BigDecimal("8.00")), sums.get("bob"));
        assertEquals("only those asked for, and only those who logged", Map.of("ann", sums.get("ann"), "bob",
                sums.get("bob")), sums);
        assertEquals(Map.of(), kpis.sumsOfEveryKpi(List.of(), may1, may1.plusDays(1)));
    }

    @Test
    public void theCalendarAndTheDefaultCurrencyComeFromOneStatement() {
        SettingsRepository settings = new SettingsRepository(db.ao());
        FiscalCalendar april = FiscalCalendar.of(Month.APRIL, ZoneId.of("Asia/Shanghai"), DayOfWeek.SUNDAY);
        assertEquals(new SettingsRepository.CalendarAndCurrency(FiscalCalendar.DEFAULT, Currency.getInstance("USD")),
                settings.calendarAndCurrency());
        settings.saveFiscalCalendar(april);
        settings.saveDefaultCurrency(Currency.getInstance("CNY"));

        db.statements().reset();
        assertEquals(new SettingsRepository.CalendarAndCurrency(april, Currency.getInstance("CNY")),
                settings.calendarAndCurrency());
        assertEquals(1, db.statements().count());
    }

    @Test
    public void linesOfTwoSavesThatRanAtOnceReadAsTheLaterSaveAlone() {
        List<Map<String, Object>> first = List.of(row(0, "calls", 5_000), row(1, "emails", 5_000));
        List<Map<String, Object>> second = List.of(row(0, "meetings", 2_000), row(1, "calls", 3_000),
                row(2, "emails", 5_000));
        db.ao().create(ScoreWeightEntity.class, first);
        db.ao().create(ScoreWeightEntity.class, second);

        assertEquals(new Scorecard(KpiRole.REP, List.of(weight("meetings", "20", null), weight("calls", "30", null),
                weight("emails", "50", null))), scorecards.scorecards().get(KpiRole.REP));
    }

    private static Map<String, Object> row(int line, String kpi, long weightHundredths) {
        return Map.of("ROLE_KEY", KpiRole.REP.name(), "LINE_NO", line, "KPI_KEY", kpi,
                "WEIGHT_HUNDREDTHS", weightHundredths, "CAP_HUNDREDTHS", 0L);
    }
}
