package com.salesteam.jira.store;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.NewPipeline;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The day sums: kept with the month rows in one transaction, right under every kind of change, rebuilt alike. */
@RunWith(Parameterized.class)
public class DealLedgerDaysTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);
    private static final DateRange WEEK_19 = DateRange.ofDays(MAY_4, MAY_4.plusDays(6));

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private DealLedger ledger;

    public DealLedgerDaysTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, DealEntity.class, DealMonthEntity.class, DealDayEntity.class);
    }

    @Before
    public void createLedger() {
        ledger = new DealLedger(db.ao());
    }

    private static DealFacts deal(long issue, String owner, long euros, Currency currency, DealOutcome outcome,
                                  LocalDate close, Optional<LocalDate> created, long version) {
        return new DealFacts(issue, 10L, Optional.of(owner), Optional.of(1L), Money.ofMinor(euros * 100, currency), "3",
                outcome, outcome == DealOutcome.OPEN ? 40 : 100,
                outcome == DealOutcome.OPEN ? ForecastCategory.PIPELINE : ForecastCategory.CLOSED, Optional.of(close),
                outcome == DealOutcome.OPEN ? Optional.empty() : Optional.of(close), 0, version, created);
    }

    /** The week's sums of everyone, as per owner forecast sums and new pipeline. */
    private Week week() {
        Map<String, DealSums> byOwner = ledger.spanSumsOfEveryone(List.of(WEEK_19)).get(WEEK_19);
        Map<String, Map<Currency, NewPipeline>> created = new HashMap<>();
        byOwner.forEach((owner, sums) -> {
            if (!sums.created().isEmpty()) {
                created.put(owner, sums.created());
            }
        });
        return new Week(DealSums.totalsByOwner(byOwner), created);
    }

    private record Week(Map<String, Map<Currency, ForecastTotals>> totals, Map<String, Map<Currency, NewPipeline>> created) {
    }

    @Test
    public void aDealCountsAsNewPipelineOnItsCreationDayAndAsWonOnItsCloseDay() {
        ledger.record(deal(1, "ann", 1000, EUR, DealOutcome.OPEN, MAY_4.plusDays(20), Optional.of(MAY_4.plusDays(1)), 1),
                FiscalCalendar.DEFAULT);
        assertEquals(Map.of("ann", Map.of(EUR, new NewPipeline(EUR, 1000_00, 1))), week().created());
        assertTrue("closing later in May, not this week", week().totals().isEmpty());

        ledger.record(deal(1, "ann", 1000, EUR, DealOutcome.WON, MAY_4.plusDays(2), Optional.of(MAY_4.plusDays(1)), 2),
                FiscalCalendar.DEFAULT);
        assertEquals(1000_00L, week().totals().get("ann").get(EUR).wonMinor());
        assertEquals(1, week().totals().get("ann").get(EUR).wonCount());
        assertEquals("won, it stays new pipeline of its creation day",
                Map.of("ann", Map.of(EUR, new NewPipeline(EUR, 1000_00, 1))), week().created());
    }

    @Test
    public void aDealEventWritesTheDayRowsInOneMoreBatch() {
        ledger.record(deal(1, "ann", 1000, EUR, DealOutcome.OPEN, MAY_4, Optional.of(MAY_4), 1), FiscalCalendar.DEFAULT);
        db.statements().reset();
        ledger.record(deal(1, "ann", 1000, EUR, DealOutcome.WON, MAY_4, Optional.of(MAY_4), 2), FiscalCalendar.DEFAULT);
        assertEquals("read the deal, the month and period batch, the day batch, write the deal", 4,
                db.statements().count());
        db.statements().reset();
        week();
        assertEquals("a week of everyone: one read", 1, db.statements().count());
    }

    @Test
    public void ownerAmountReopenLossAndDeleteMoveTheDayRows() {
        Optional<LocalDate> created = Optional.of(MAY_4);
        ledger.record(deal(1, "ann", 1000, EUR, DealOutcome.WON, MAY_4.plusDays(3), created, 1), FiscalCalendar.DEFAULT);
        ledger.record(deal(1, "bob", 1200, EUR, DealOutcome.WON, MAY_4.plusDays(3), created, 2), FiscalCalendar.DEFAULT);
        assertFalse("the old owner keeps nothing", week().created().containsKey("ann")
                && !week().created().get("ann").get(EUR).isZero());
        assertEquals(1200_00L, week().totals().get("bob").get(EUR).wonMinor());
        assertEquals(new NewPipeline(EUR, 1200_00, 1), week().created().get("bob").get(EUR));

        ledger.record(deal(1, "bob", 1200, EUR, DealOutcome.OPEN, MAY_4.plusDays(5), created, 3), FiscalCalendar.DEFAULT);
        ForecastTotals reopened = week().totals().get("bob").get(EUR);
        assertEquals("reopened: no longer won", 0, reopened.wonMinor());
        assertEquals(1200_00L, reopened.pipelineMinor());

        ledger.record(deal(1, "bob", 1200, EUR, DealOutcome.LOST, MAY_4.plusDays(5), created, 4), FiscalCalendar.DEFAULT);
        assertTrue("lost counts nowhere", week().totals().get("bob").get(EUR).isZero());
        assertEquals("a lost deal was still pipeline created", new NewPipeline(EUR, 1200_00, 1),
                week().created().get("bob").get(EUR));

        ledger.delete(1, 5, FiscalCalendar.DEFAULT);
        assertTrue(week().created().get("bob").get(EUR).isZero());
        ledger.rebuildMonths(FiscalCalendar.DEFAULT);
        assertEquals("folded away by the rebuild", new Week(Map.of(), Map.of()), week());
    }

    @Test
    public void aDealWithoutACreationDayIsNoNewPipelineUntilOneIsRecorded() {
        ledger.record(deal(1, "ann", 1000, EUR, DealOutcome.OPEN, MAY_4, Optional.empty(), 1), FiscalCalendar.DEFAULT);
        assertTrue(week().created().isEmpty());
        assertEquals(1, week().totals().get("ann").get(EUR).openCount());
        // what the reconciliation does once it reads the issue again
        ledger.record(deal(1, "ann", 1000, EUR, DealOutcome.OPEN, MAY_4, Optional.of(MAY_4.plusDays(1)), 1),
                FiscalCalendar.DEFAULT);
        assertEquals(new NewPipeline(EUR, 1000_00, 1), week().created().get("ann").get(EUR));
        assertEquals(Optional.of(MAY_4.plusDays(1)), ledger.find(1).flatMap(DealFacts::createdOn));
    }

    @Test
    public void readsSeveralSpansAndSomeOwnersDayByDay() {
        ledger.record(deal(1, "ann", 100, EUR, DealOutcome.WON, MAY_4.minusDays(1), Optional.of(MAY_4.minusDays(2)), 1),
                FiscalCalendar.DEFAULT);
        ledger.record(deal(2, "ann", 200, EUR, DealOutcome.WON, MAY_4.plusDays(1), Optional.of(MAY_4), 1), FiscalCalendar.DEFAULT);
        ledger.record(deal(3, "ann", 300, USD, DealOutcome.WON, MAY_4.plusDays(1), Optional.of(MAY_4), 1), FiscalCalendar.DEFAULT);
        ledger.record(deal(4, "bob", 400, EUR, DealOutcome.WON, MAY_4.plusDays(4), Optional.of(MAY_4), 1), FiscalCalendar.DEFAULT);

        db.statements().reset();
        Map<DateRange, Map<String, DealSums>> both = ledger.spanSumsByOwner(List.of("ann"), List.of(WEEK_19, WEEK_19.previous()));
        assertEquals(1, db.statements().count());
        assertEquals(200_00L, both.get(WEEK_19).get("ann").totals().get(EUR).wonMinor());
        assertEquals(300_00L, both.get(WEEK_19).get("ann").totals().get(USD).wonMinor());
        assertEquals(100_00L, both.get(WEEK_19.previous()).get("ann").totals().get(EUR).wonMinor());
        assertEquals(new NewPipeline(EUR, 100_00, 1), both.get(WEEK_19.previous()).get("ann").created(EUR));
        assertFalse("bob not asked for", both.get(WEEK_19).containsKey("bob"));

        db.statements().reset();
        Map<String, NavigableMap<LocalDate, DealSums>> days = ledger.daysByOwner(List.of("ann", "bob"), WEEK_19);
        assertEquals(1, db.statements().count());
        assertEquals(Set.of(MAY_4, MAY_4.plusDays(1)), days.get("ann").keySet());
        assertEquals(200_00L, days.get("ann").get(MAY_4.plusDays(1)).totals().get(EUR).wonMinor());
        assertTrue("created that day, nothing closing", days.get("ann").get(MAY_4).totals().isEmpty());
        assertEquals(Map.of(EUR, new NewPipeline(EUR, 200_00, 1), USD, new NewPipeline(USD, 300_00, 1)),
                days.get("ann").get(MAY_4).created());
        assertEquals("one owner, all days: one read", days.get("ann").keySet(),
                ledger.daysOf("ann").subMap(WEEK_19.start(), WEEK_19.end()).keySet());
        assertEquals(Set.of(MAY_4, MAY_4.plusDays(4)), days.get("bob").keySet());
    }

    /**
     * A generated history delivered shuffled with repeats, with owner, amount, currency, outcome and creation day
     * changes: the day rows give, month by month, what the month rows give and, for new pipeline, what the latest
     * facts give; and the same again after a rebuild.
     */
    @Test
    public void daySumsMatchTheMonthRowsAndTheLatestFactsOverAGeneratedHistory() {
        Random random = new Random(20261127);
        List<String> owners = List.of("ann", "bob", "carl", "王芳");
        List<DealFacts> history = new ArrayList<>();
        Map<Long, DealFacts> latest = new HashMap<>();
        for (int version = 1; version <= 1500; version++) {
            long issue = 1 + random.nextInt(120);
            DealOutcome outcome = DealOutcome.values()[random.nextInt(3)];
            LocalDate close = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            Optional<LocalDate> created = random.nextInt(10) == 0 ? Optional.empty()
                    : Optional.of(LocalDate.of(2026, 1, 1).plusDays(issue * 3 % 365));
            DealFacts facts = deal(issue, owners.get(random.nextInt(owners.size())), 1 + random.nextInt(50_000),
                    random.nextInt(5) == 0 ? USD : EUR, outcome, close, created, version);
            history.add(facts);
            latest.put(issue, facts);
        }
        List<DealFacts> delivered = new ArrayList<>(history);
        delivered.addAll(history.subList(0, history.size() / 10));
        Collections.shuffle(delivered, random);
        delivered.forEach(facts -> ledger.record(facts, FiscalCalendar.DEFAULT));

        assertDaysMatch(owners, latest);
        ledger.rebuildMonths(FiscalCalendar.DEFAULT);
        assertDaysMatch(owners, latest);
    }

    private void assertDaysMatch(List<String> owners, Map<Long, DealFacts> latest) {
        List<DateRange> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(2026, month);
            months.add(new DateRange(ym.atDay(1), ym.plusMonths(1).atDay(1)));
        }
        Map<DateRange, Map<String, DealSums>> read = ledger.spanSumsOfEveryone(months);
        for (DateRange month : months) {
            Map<String, Map<Currency, ForecastTotals>> expected = ledger.monthTotalsByOwner(owners,
                    YearMonth.from(month.start()), YearMonth.from(month.end()));
            assertEquals(month.key(), withoutZeros(expected), withoutZeros(DealSums.totalsByOwner(read.get(month))));
            Map<String, Map<Currency, NewPipeline>> created = new HashMap<>();
            for (DealFacts deal : latest.values()) {
                deal.createdOn().filter(month::contains).ifPresent(day -> created
                        .computeIfAbsent(deal.ownerKey().orElseThrow(), owner -> new HashMap<>())
                        .merge(deal.amount().currency(), NewPipeline.of(deal), NewPipeline::plus));
            }
            Map<String, Map<Currency, NewPipeline>> actual = new HashMap<>();
            read.get(month).forEach((owner, sums) -> sums.created().forEach((currency, sum) -> {
                if (!sum.isZero()) {
                    actual.computeIfAbsent(owner, key -> new HashMap<>()).put(currency, sum);
                }
            }));
            assertEquals(month.key(), created, actual);
        }
    }

    private static Map<String, Map<Currency, ForecastTotals>> withoutZeros(Map<String, Map<Currency, ForecastTotals>> sums) {
        Map<String, Map<Currency, ForecastTotals>> result = new HashMap<>();
        sums.forEach((owner, byCurrency) -> byCurrency.forEach((currency, sum) -> {
            if (!sum.isZero()) {
                result.computeIfAbsent(owner, key -> new HashMap<>()).put(currency, sum);
            }
        }));
        return result;
    }
}
