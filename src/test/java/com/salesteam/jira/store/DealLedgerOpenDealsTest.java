package com.salesteam.jira.store;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** The owners' open deals for the 1:1 agendas: won, lost and deleted deals and other owners stay out. */
@RunWith(Parameterized.class)
public class DealLedgerOpenDealsTest extends DealLedgerTestBase {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 14);

    public DealLedgerOpenDealsTest(TestDatabase database) {
        super(database);
    }

    @Before
    public void setUp() {
        record(1, "ann", DealOutcome.OPEN, 2);
        record(2, "ann", DealOutcome.WON, 0);
        record(3, "ann", DealOutcome.LOST, 0);
        record(4, "bob", DealOutcome.OPEN, 0);
        record(5, "cy", DealOutcome.OPEN, 0);
        record(6, "ann", DealOutcome.OPEN, 0);
        ledger.delete(6, 2, FiscalCalendar.DEFAULT);
    }

    private void record(long id, String owner, DealOutcome outcome, int slips) {
        boolean open = outcome == DealOutcome.OPEN;
        ForecastCategory category = outcome == DealOutcome.WON ? ForecastCategory.CLOSED
                : open ? ForecastCategory.PIPELINE : ForecastCategory.OMITTED;
        ledger.record(new DealFacts(id, 10L, Optional.of(owner), Optional.empty(),
                Money.ofMinor(1_000_00, Currency.getInstance("EUR")), "3", outcome, open ? 50 : outcome
                == DealOutcome.WON ? 100 : 0, category, Optional.of(DAY), open ? Optional.empty() : Optional.of(DAY),
                slips, 1), FiscalCalendar.DEFAULT);
    }

    @Test
    public void onlyTheOwnersOpenDealsAreReadInOneStatement() {
        List<String> owners = new ArrayList<>(List.of("ann", "bob"));
        for (int i = 0; i < 900; i++) {
            owners.add("rep" + i);
        }
        db.statements().reset();

        List<DealFacts> open = ledger.openDealsOf(owners);

        assertEquals(1, db.statements().count());
        assertEquals(List.of(1L, 4L), open.stream().map(DealFacts::issueId).sorted().toList());
        assertEquals(2, open.stream().filter(deal -> deal.issueId() == 1).findFirst().orElseThrow().slipCount());
        assertEquals(List.of(), ledger.openDealsOf(List.of()));
    }
}
