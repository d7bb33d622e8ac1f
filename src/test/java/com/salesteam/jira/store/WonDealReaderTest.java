package com.salesteam.jira.store;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.badge.WonDeal;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

@RunWith(Parameterized.class)
public class WonDealReaderTest extends DealLedgerTestBase {

    private static final Currency EUR = Currency.getInstance("EUR");

    private WonDealReader reader;

    public WonDealReaderTest(TestDatabase database) {
        super(database);
    }

    @Before
    public void create() {
        reader = new WonDealReader(db.ao());
    }

    @Test
    public void onlyWonUndeletedDealsOfTheOwnersAskedForInOneStatement() {
        record(1, "ann", 1000, DealOutcome.WON, LocalDate.of(2026, 4, 3));
        record(2, "ann", 500, DealOutcome.OPEN, LocalDate.of(2026, 4, 28));
        record(3, "ann", 700, DealOutcome.LOST, LocalDate.of(2026, 5, 1));
        record(4, "bob", 900, DealOutcome.WON, LocalDate.of(2026, 5, 2));
        record(5, "carl", 300, DealOutcome.WON, LocalDate.of(2026, 5, 3));
        record(6, "bob", 200, DealOutcome.WON, LocalDate.of(2026, 5, 9));
        ledger.delete(6, 2, FiscalCalendar.DEFAULT);
        db.statements().reset();

        List<WonDeal> won = reader.wonDealsOf(List.of("ann", "bob"));

        assertEquals(1, db.statements().count());
        assertEquals(List.of(new WonDeal(1, "ann", LocalDate.of(2026, 4, 3), 1000_00, EUR),
                        new WonDeal(4, "bob", LocalDate.of(2026, 5, 2), 900_00, EUR)),
                won.stream().sorted(Comparator.comparingLong(WonDeal::issueId)).toList());
        assertTrue(reader.wonDealsOf(List.of()).isEmpty());
    }

    private void record(long issue, String owner, long euros, DealOutcome outcome, LocalDate close) {
        ForecastCategory category = outcome == DealOutcome.OPEN ? ForecastCategory.PIPELINE : ForecastCategory.CLOSED;
        ledger.record(new DealFacts(issue, 10L, Optional.of(owner), Optional.of(1L), Money.ofMinor(euros * 100, EUR),
                "3", outcome, outcome == DealOutcome.OPEN ? 50 : 100, category, Optional.of(close),
                outcome == DealOutcome.OPEN ? Optional.empty() : Optional.of(close), 0, 1), FiscalCalendar.DEFAULT);
    }
}
