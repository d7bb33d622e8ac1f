package com.salesteam.jira.store;

import com.salesteam.jira.store.testing.StatementCounter;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * SQL Server takes at most 2,100 parameters in a statement; the test engine fails any statement with more than
 * {@link StatementCounter#MAX_PARAMETERS}. The ledger's reads by thousands of projects, owners and paid deals stay
 * under it and answer what reads of a few hundred at a time answer.
 */
@RunWith(Parameterized.class)
public class DealLedgerParameterLimitTest extends DealLedgerTestBase {

    private static final int DEALS = 5_000;
    private static final int OWNERS = 2_500;
    private static final LocalDate FROM = ManyDeals.APRIL;
    private static final LocalDate TO = ManyDeals.APRIL.plusDays(15);

    public DealLedgerParameterLimitTest(TestDatabase database) {
        super(database);
    }

    @Before
    public void storeDeals() {
        ManyDeals.write(db.ao(), DEALS, OWNERS);
    }

    private void assertWithinTheLimit() {
        assertTrue("most parameters in a statement: " + db.statements().mostParameters(),
                db.statements().mostParameters() <= StatementCounter.MAX_PARAMETERS);
    }

    private static List<Long> projects(long from, int count) {
        List<Long> ids = new ArrayList<>();
        for (long id = from; id < from + count; id++) {
            ids.add(id);
        }
        return ids;
    }

    @Test
    public void twoThousandFiveHundredProjectsWithoutADealAreCheckedWithinTheLimit() {
        List<Long> empty = projects(100_000, 2_500);
        db.statements().reset();

        assertFalse(ledger.anyDealIn(empty));

        assertEquals("one statement per 1,000 projects", 3, db.statements().count());
        assertWithinTheLimit();
        for (List<Long> part : InList.chunks(empty, 500)) {
            assertFalse(ledger.anyDealIn(part));
        }
    }

    @Test
    public void aDealInTheLastOfTwoThousandFiveHundredProjectsIsFoundAndOneInTheFirstThousandStopsTheReads() {
        List<Long> lastHolds = projects(100_000, 2_499);
        lastHolds.add(4_999L);
        db.statements().reset();

        assertTrue(ledger.anyDealIn(lastHolds));

        assertEquals(3, db.statements().count());
        assertWithinTheLimit();

        List<Long> firstHolds = new ArrayList<>(List.of(7L));
        firstHolds.addAll(projects(100_000, 2_499));
        db.statements().reset();
        assertTrue(ledger.anyDealIn(firstHolds));
        assertEquals("found in the first 1,000: no further read", 1, db.statements().count());
    }

    @Test
    public void commissionDealsOfTwoThousandTwoHundredOwnersAndFifteenHundredPaidDealsAreWhatSmallReadsFind() {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 2_200; i++) {
            owners.add(ManyDeals.owner(i));
        }
        // deals 3,500 to 4,999 were paid earlier; those changed after 5,000 (deals 4,001 on) are read again
        List<Long> paid = new ArrayList<>();
        for (int i = 3_500; i < DEALS; i++) {
            paid.add(ManyDeals.issue(i));
        }
        Optional<Long> changedAfter = Optional.of(5_000L);
        Map<Long, DealLedger.OwnedDeal> small = new TreeMap<>();
        List<List<String>> ownerParts = InList.chunks(owners, 440);
        List<List<Long>> paidParts = InList.chunks(paid, 300);
        db.statements().reset();
        for (int part = 0; part < ownerParts.size(); part++) {
            ledger.commissionDeals(ownerParts.get(part), FROM, TO, paidParts.get(part), changedAfter)
                    .forEach(deal -> small.put(deal.issueId(), deal));
        }
        assertEquals("a batch that fits is one statement", ownerParts.size(), db.statements().count());
        db.statements().reset();

        List<DealLedger.OwnedDeal> deals = ledger.commissionDeals(owners, FROM, TO, paid, changedAfter);

        assertEquals("3 statements of owners and 2 of paid deals", 5, db.statements().count());
        assertWithinTheLimit();
        Map<Long, DealLedger.OwnedDeal> read = new TreeMap<>();
        deals.forEach(deal -> read.put(deal.issueId(), deal));
        assertEquals("each deal once", deals.size(), read.size());
        assertEquals(small, read);
        assertTrue("paid, changed, owned by someone not asked for", read.containsKey(ManyDeals.issue(4_999)));
        assertTrue("open now, paid and changed", read.containsKey(ManyDeals.issue(4_997)));
        assertTrue("won in the period by an owner asked for, paid but unchanged",
                read.containsKey(ManyDeals.issue(3_600)));
        assertFalse("won in the period by an owner not asked for", read.containsKey(ManyDeals.issue(2_250)));
        assertFalse("won after the period", read.containsKey(ManyDeals.issue(3_616)));
    }
}
