package com.salesteam.jira.store;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

@RunWith(Parameterized.class)
public class DealLedgerTest extends DealLedgerTestBase {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth MAY = YearMonth.of(2026, 5);

    public DealLedgerTest(TestDatabase database) {
        super(database);
    }

    private static DealFacts deal(long issue, String owner, long euros, DealOutcome outcome, ForecastCategory category,
                                  int probability, LocalDate close, long version) {
        return new DealFacts(issue, 10L, Optional.of(owner), Optional.of(1L), Money.ofMinor(euros * 100, EUR), "3",
                outcome, probability, category, Optional.of(close),
                outcome == DealOutcome.OPEN ? Optional.empty() : Optional.of(close), 0, version);
    }

    private Map<Currency, ForecastTotals> may(String... owners) {
        return ledger.monthTotals(List.of(owners), MAY, MAY.plusMonths(1));
    }

    @Test
    public void oneOwnersMonthsComeMonthByMonthPerCurrencyFromOneRead() {
        ledger.record(deal(1, "ann", 1000, DealOutcome.WON, ForecastCategory.CLOSED, 100, LocalDate.of(2026, 4, 3), 1), FiscalCalendar.DEFAULT);
        ledger.record(deal(2, "ann", 500, DealOutcome.WON, ForecastCategory.CLOSED, 100, LocalDate.of(2026, 4, 28), 1), FiscalCalendar.DEFAULT);
        ledger.record(deal(3, "ann", 700, DealOutcome.WON, ForecastCategory.CLOSED, 100, LocalDate.of(2026, 6, 1), 1), FiscalCalendar.DEFAULT);
        ledger.record(deal(4, "ann", 900, DealOutcome.WON, ForecastCategory.CLOSED, 100, LocalDate.of(2026, 7, 1), 1), FiscalCalendar.DEFAULT);
        ledger.record(deal(5, "bob", 300, DealOutcome.WON, ForecastCategory.CLOSED, 100, LocalDate.of(2026, 4, 9), 1), FiscalCalendar.DEFAULT);

        db.statements().reset();
        Map<YearMonth, Map<Currency, ForecastTotals>> months =
                ledger.monthSumsByMonth("ann", YearMonth.of(2026, 4), YearMonth.of(2026, 7));

        assertEquals(1, db.statements().count());
        assertEquals(List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 6)), months.keySet().stream().sorted().toList());
        assertEquals(1500_00L, months.get(YearMonth.of(2026, 4)).get(EUR).wonMinor());
        assertEquals(2, months.get(YearMonth.of(2026, 4)).get(EUR).wonCount());
        assertEquals(700_00L, months.get(YearMonth.of(2026, 6)).get(EUR).wonMinor());
    }

    @Test
    public void tellsWhetherAnyLiveDealLiesInSomeProjectsInOneRead() {
        ledger.record(deal(1, "ann", 1000, DealOutcome.OPEN, ForecastCategory.COMMIT, 60, LocalDate.of(2026, 5, 20), 1),
                FiscalCalendar.DEFAULT);
        ledger.record(new DealFacts(2, 20L, Optional.of("bob"), Optional.of(1L), Money.ofMinor(500, EUR), "3",
                DealOutcome.OPEN, 60, ForecastCategory.COMMIT, Optional.of(LocalDate.of(2026, 5, 20)), Optional.empty(),
                0, 1), FiscalCalendar.DEFAULT);
        db.statements().reset();

        assertTrue(ledger.anyDealIn(List.of(30L, 10L)));
        assertEquals(1, db.statements().count());
        assertFalse(ledger.anyDealIn(List.of(30L)));
        assertFalse(ledger.anyDealIn(List.of()));
        ledger.delete(2, 2, FiscalCalendar.DEFAULT);
        assertFalse("a deleted deal no longer counts", ledger.anyDealIn(List.of(20L)));
    }

    @Test
    public void recordsADealAndItsMonthlySums() {
        assertEquals(DealLedger.Change.CREATED, ledger.record(
                deal(1, "ann", 1000, DealOutcome.OPEN, ForecastCategory.COMMIT, 60, LocalDate.of(2026, 5, 20), 1), FiscalCalendar.DEFAULT));

        ForecastTotals sums = may("ann").get(EUR);
        assertEquals(Money.ofMinor(100_000, EUR), sums.commit());
        assertEquals(Money.ofMinor(60_000, EUR), sums.weighted());
        assertEquals(1, sums.openCount());
        assertEquals(Optional.of(1000_00L), ledger.find(1).map(facts -> facts.amount().minor()));
    }

    @Test
    public void movingADealMovesItsAmountBetweenMonthsAndCategories() {
        ledger.record(deal(1, "ann", 1000, DealOutcome.OPEN, ForecastCategory.PIPELINE, 10, LocalDate.of(2026, 5, 20), 1), FiscalCalendar.DEFAULT);
        assertEquals(DealLedger.Change.UPDATED, ledger.record(
                deal(1, "ann", 1500, DealOutcome.WON, ForecastCategory.COMMIT, 100, LocalDate.of(2026, 6, 2), 2), FiscalCalendar.DEFAULT));

        assertTrue("May is empty again", may("ann").getOrDefault(EUR, ForecastTotals.zero(EUR)).isZero());
        ForecastTotals june = ledger.monthTotals(List.of("ann"), YearMonth.of(2026, 6), YearMonth.of(2026, 7)).get(EUR);
        assertEquals(Money.ofMinor(150_000, EUR), june.closedWon());
        assertEquals(1, june.wonCount());
        assertEquals(0, june.openCount());
    }

    @Test
    public void repeatedAndLateEventsChangeNothing() {
        DealFacts newer = deal(1, "ann", 2000, DealOutcome.OPEN, ForecastCategory.BEST_CASE, 40, LocalDate.of(2026, 5, 9), 5);
        ledger.record(newer, FiscalCalendar.DEFAULT);

        assertEquals(DealLedger.Change.UNCHANGED, ledger.record(newer, FiscalCalendar.DEFAULT));
        assertEquals(DealLedger.Change.STALE, ledger.record(
                deal(1, "ann", 1, DealOutcome.LOST, ForecastCategory.OMITTED, 0, LocalDate.of(2026, 5, 9), 4), FiscalCalendar.DEFAULT));

        assertEquals(Money.ofMinor(200_000, EUR), may("ann").get(EUR).bestCase());
        assertEquals(Optional.of(newer), ledger.find(1));
    }

    @Test
    public void anUnchangedRepeatStillMakesTheFactsNewer() {
        DealFacts a = deal(1, "ann", 100, DealOutcome.OPEN, ForecastCategory.COMMIT, 50, LocalDate.of(2026, 5, 1), 10);
        ledger.record(a, FiscalCalendar.DEFAULT);
        assertEquals(DealLedger.Change.UNCHANGED, ledger.record(
                deal(1, "ann", 100, DealOutcome.OPEN, ForecastCategory.COMMIT, 50, LocalDate.of(2026, 5, 1), 30), FiscalCalendar.DEFAULT));

        assertEquals(DealLedger.Change.STALE, ledger.record(
                deal(1, "ann", 999, DealOutcome.OPEN, ForecastCategory.PIPELINE, 10, LocalDate.of(2026, 5, 1), 20), FiscalCalendar.DEFAULT));
        assertEquals(Money.ofMinor(100_00, EUR), ledger.find(1).orElseThrow().amount());
    }

    @Test
    public void aDeletedDealStaysDeletedWhenAnOlderEventArrives() {
        ledger.record(deal(1, "ann", 1000, DealOutcome.OPEN, ForecastCategory.COMMIT, 50, LocalDate.of(2026, 5, 1), 1), FiscalCalendar.DEFAULT);

        assertEquals(DealLedger.Change.DELETED, ledger.delete(1, 3, FiscalCalendar.DEFAULT));
        assertEquals(DealLedger.Change.STALE, ledger.record(
                deal(1, "ann", 1000, DealOutcome.OPEN, ForecastCategory.COMMIT, 50, LocalDate.of(2026, 5, 1), 2), FiscalCalendar.DEFAULT));

        assertEquals(Optional.empty(), ledger.find(1));
        assertTrue(may("ann").getOrDefault(EUR, ForecastTotals.zero(EUR)).isZero());
    }

    @Test
    public void currenciesAreNeverAddedTogether() {
        ledger.record(deal(1, "ann", 1000, DealOutcome.WON, ForecastCategory.CLOSED, 100, LocalDate.of(2026, 5, 3), 1), FiscalCalendar.DEFAULT);
        ledger.record(new DealFacts(2, 10L, Optional.of("ann"), Optional.empty(), Money.ofMinor(500, USD), "3",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.empty(), Optional.of(LocalDate.of(2026, 5, 4)), 0, 1), FiscalCalendar.DEFAULT);

        Map<Currency, ForecastTotals> sums = may("ann");
        assertEquals(Money.ofMinor(100_000, EUR), sums.get(EUR).closedWon());
        assertEquals(Money.ofMinor(500, USD), sums.get(USD).closedWon());
    }

    @Test
    public void teamSumsReadTheMonthlyRowsInOneStatementPer1000Reps() {
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            reps.add("rep" + i);
            ledger.record(deal(i + 1, "rep" + i, 100 + i, DealOutcome.OPEN, ForecastCategory.COMMIT, 50, LocalDate.of(2026, 4 + i % 3, 10), 1), FiscalCalendar.DEFAULT);
        }
        db.statements().reset();

        Map<Currency, ForecastTotals> quarter = ledger.monthTotals(reps, YearMonth.of(2026, 4), YearMonth.of(2026, 7));

        assertEquals(1, db.statements().count());
        long expected = 0;
        for (int i = 0; i < 30; i++) {
            expected += (100 + i) * 100L;
        }
        assertEquals(Money.ofMinor(expected, EUR), quarter.get(EUR).commit());
    }

    /**
     * A generated history of thousands of deal changes, delivered shuffled with repeats: the monthly rows kept
     * incrementally equal both the sums computed from the raw ledger and a full rebuild.
     */
    @Test
    public void incrementalSumsMatchTheLedgerAndARebuildOverAGeneratedHistory() {
        Random random = new Random(20261126);
        List<String> owners = List.of("ann", "bob", "carl", "dora", "王芳");
        List<DealFacts> history = new ArrayList<>();
        Map<Long, DealFacts> latest = new HashMap<>();
        int events = 2000;
        for (int version = 1; version <= events; version++) {
            long issue = 1 + random.nextInt(150);
            DealOutcome outcome = DealOutcome.values()[random.nextInt(3)];
            ForecastCategory category = List.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE,
                    ForecastCategory.COMMIT, ForecastCategory.OMITTED).get(random.nextInt(4));
            LocalDate close = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            DealFacts facts = deal(issue, owners.get(random.nextInt(owners.size())), 1 + random.nextInt(100_000),
                    outcome, category, random.nextInt(101), close, version);
            history.add(facts);
            latest.put(issue, facts);
        }
        List<DealFacts> delivered = new ArrayList<>(history);
        delivered.addAll(history.subList(0, history.size() / 10));
        Collections.shuffle(delivered, random);
        delivered.forEach(facts -> ledger.record(facts, FiscalCalendar.DEFAULT));

        for (DealFacts expected : latest.values()) {
            assertEquals(Optional.of(expected), ledger.find(expected.issueId()));
        }
        for (int month = 1; month <= 12; month++) {
            YearMonth from = YearMonth.of(2026, month);
            assertEquals("month " + month, ledger.ledgerTotals(owners, from.atDay(1), from.plusMonths(1).atDay(1)),
                    ledger.monthTotals(owners, from, from.plusMonths(1)));
        }
        YearMonth from = YearMonth.of(2026, 1);
        YearMonth to = YearMonth.of(2027, 1);
        Map<Currency, ForecastTotals> beforeRebuild = ledger.monthTotals(owners, from, to);
        assertEquals("every deal is credited to team 1", beforeRebuild, ledger.teamMonthSums(List.of(1L), from, to).byTeam().get(1L));
        assertPeriodRowsMatchMonthRows(owners, FiscalCalendar.DEFAULT, 2026);
        ledger.rebuildMonths(FiscalCalendar.DEFAULT);
        assertEquals(beforeRebuild, ledger.monthTotals(owners, from, to));
        assertEquals(beforeRebuild, ledger.teamMonthSums(List.of(1L), from, to).byTeam().get(1L));
        assertPeriodRowsMatchMonthRows(owners, FiscalCalendar.DEFAULT, 2026);

        // another calendar: the rebuild re-keys the period rows, the month rows stay what they were
        FiscalCalendar april = FiscalCalendar.of(java.time.Month.APRIL, java.time.ZoneId.of("UTC"), java.time.DayOfWeek.MONDAY);
        ledger.rebuildMonths(april);
        assertEquals(beforeRebuild, ledger.monthTotals(owners, from, to));
        assertPeriodRowsMatchMonthRows(owners, april, 2027);
    }

    /** Every fiscal month, quarter and year of {@code fiscalYear}: the period rows give what the month rows give. */
    private void assertPeriodRowsMatchMonthRows(List<String> owners, FiscalCalendar calendar, int fiscalYear) {
        Period year = Period.parse("FY" + fiscalYear, calendar).orElseThrow();
        List<Period> periods = new ArrayList<>(List.of(year));
        for (Period month = calendar.periodContaining(PeriodType.MONTH, year.start()); month.start().isBefore(year.end());
             month = month.next()) {
            periods.add(month);
        }
        for (Period quarter = calendar.periodContaining(PeriodType.QUARTER, year.start());
             quarter.start().isBefore(year.end()); quarter = quarter.next()) {
            periods.add(quarter);
        }
        for (Period period : periods) {
            Map<String, Map<Currency, ForecastTotals>> fromMonths = ledger.monthTotalsByOwner(owners,
                    YearMonth.from(period.start()), YearMonth.from(period.end()));
            fromMonths.values().removeIf(sums -> sums.values().stream().allMatch(ForecastTotals::isZero));
            Map<String, Map<Currency, ForecastTotals>> fromPeriods = ledger.periodTotalsByOwner(owners, period.key());
            fromPeriods.values().removeIf(sums -> sums.values().stream().allMatch(ForecastTotals::isZero));
            assertEquals(period.key(), fromMonths, fromPeriods);
            Map<String, Map<Currency, ForecastTotals>> everyone = ledger.periodTotalsOfEveryone(period.key());
            everyone.values().removeIf(sums -> sums.values().stream().allMatch(ForecastTotals::isZero));
            assertEquals(period.key(), fromPeriods, everyone);
        }
    }

    @Test
    public void periodRowsGoOutInTheSameBatchAndAreNotMonths() {
        ledger.record(deal(1, "ann", 1000, DealOutcome.OPEN, ForecastCategory.COMMIT, 50, LocalDate.of(2026, 5, 20), 1),
                FiscalCalendar.DEFAULT);
        db.statements().reset();
        ledger.record(deal(1, "ann", 1000, DealOutcome.WON, ForecastCategory.CLOSED, 100, LocalDate.of(2026, 5, 20), 2),
                FiscalCalendar.DEFAULT);
        assertEquals("read the deal, one batch of month and period sums, one of day sums, write the deal", 4,
                db.statements().count());
        assertEquals(Money.ofMinor(100_000, EUR),
                ledger.periodTotalsByOwner(List.of("ann"), "FY2026-Q2").get("ann").get(EUR).closedWon());
        assertEquals(Money.ofMinor(100_000, EUR), ledger.periodTotalsOfEveryone("FY2026").get("ann").get(EUR).closedWon());
        assertEquals("one month, the period rows left out", Map.of(MAY, Map.of(EUR, may("ann").get(EUR))),
                ledger.monthSumsByMonth("ann", YearMonth.of(2026, 1), YearMonth.of(2027, 1)));
        ledger.delete(1, 3, FiscalCalendar.DEFAULT);
        assertTrue(ledger.periodTotalsByOwner(List.of("ann"), "FY2026-M05").get("ann").get(EUR).isZero());
    }
}
