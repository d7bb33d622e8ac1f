package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A board's sums of its period and the one before on a real database, for a fiscal period, a week and a custom
 * range. bob won 100 EUR on 20 April and 200 on 12 May 2026 (week 20), carl 50 on 13 May and 70 on 5 May
 * (week 19); dan 999 USD on 12 May.
 */
public class BoardSumsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final FiscalCalendar CALENDAR = FiscalCalendar.DEFAULT;

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class);

    private BoardSums sums;
    private long issue;

    @Before
    public void setUp() {
        DealLedger ledger = new DealLedger(db.ao());
        sums = new BoardSums(new MemoryPeriodSumsCache(ledger), new MemoryDaySumsCache(ledger));
        won(ledger, "bob", 100, EUR, LocalDate.of(2026, 4, 20));
        won(ledger, "bob", 200, EUR, LocalDate.of(2026, 5, 12));
        won(ledger, "carl", 50, EUR, LocalDate.of(2026, 5, 13));
        won(ledger, "carl", 70, EUR, LocalDate.of(2026, 5, 5));
        won(ledger, "dan", 999, USD, LocalDate.of(2026, 5, 12));
    }

    private void won(DealLedger ledger, String owner, long amount, Currency currency, LocalDate day) {
        issue++;
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(1L), Money.ofMinor(amount * 100, currency),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1),
                CALENDAR);
    }

    private static BoardPeriod period(String key, String from, String to) {
        return BoardPeriod.resolve(CALENDAR, key, from, to, Clock.systemUTC());
    }

    private static long won(Map<String, Map<String, Map<Currency, ForecastTotals>>> read, String key, String owner,
                            Currency currency) {
        return Optional.ofNullable(read.getOrDefault(key, Map.of()).get(owner)).map(own -> own.get(currency))
                .map(ForecastTotals::wonMinor).orElse(0L);
    }

    @Test
    public void aFiscalPeriodAndTheOneBeforeComeFromThePeriodRowsInOneStatement() {
        db.statements().reset();
        Map<String, Map<String, Map<Currency, ForecastTotals>>> read = sums.read(period("FY2026-M05", null, null),
                CALENDAR, Optional.empty());

        assertEquals(1, db.statements().count());
        assertEquals(200_00, won(read, "FY2026-M05", "bob", EUR));
        assertEquals(120_00, won(read, "FY2026-M05", "carl", EUR));
        assertEquals("currencies are kept apart", 999_00, won(read, "FY2026-M05", "dan", USD));
        assertEquals(100_00, won(read, "FY2026-M04", "bob", EUR));
        sums.read(period("FY2026-M05", null, null), CALENDAR, Optional.empty());
        assertEquals("cached once read", 1, db.statements().count());
    }

    @Test
    public void aWeekAndTheWeekBeforeComeFromTheDaySums() {
        db.statements().reset();
        Map<String, Map<String, Map<Currency, ForecastTotals>>> read = sums.read(period("2026-W20", null, null),
                CALENDAR, Optional.empty());

        assertEquals(1, db.statements().count());
        assertEquals(200_00, won(read, "2026-W20", "bob", EUR));
        assertEquals(50_00, won(read, "2026-W20", "carl", EUR));
        assertEquals(70_00, won(read, "2026-W19", "carl", EUR));
        assertEquals(0, won(read, "2026-W19", "bob", EUR));
    }

    @Test
    public void aCustomRangeAddsUpItsPiecesForTheOwnersAskedFor() {
        // 20 April to 12 May, 23 days; the range before is 28 March to 19 April
        BoardPeriod range = period(null, "2026-04-20", "2026-05-12");

        db.statements().reset();
        Map<String, Map<String, Map<Currency, ForecastTotals>>> team = sums.read(range, CALENDAR,
                Optional.of(Set.of("bob", "carl")));

        assertTrue("at most one statement: " + db.statements().count(), db.statements().count() <= 1);
        assertEquals("both of bob's deals", 300_00, won(team, range.key(), "bob", EUR));
        assertEquals("carl's 5 May deal, not the 13 May one", 70_00, won(team, range.key(), "carl", EUR));
        assertEquals("not on the team", Map.of(), team.get(range.key()).getOrDefault("dan", Map.of()));
        assertEquals(0, won(team, range.previousKey(), "bob", EUR));

        Map<String, Map<String, Map<Currency, ForecastTotals>>> everyone = sums.read(range, CALENDAR, Optional.empty());
        assertEquals(999_00, won(everyone, range.key(), "dan", USD));
    }
}
