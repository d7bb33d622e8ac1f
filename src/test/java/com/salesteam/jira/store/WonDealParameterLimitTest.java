package com.salesteam.jira.store;

import com.salesteam.jira.model.badge.WonDeal;
import com.salesteam.jira.store.testing.StatementCounter;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * SQL Server takes at most 2,100 parameters in a statement; the test engine fails any statement with more than
 * {@link StatementCounter#MAX_PARAMETERS}. The won deals of 2,500 owners are read under it and are what reads of 500
 * owners at a time find.
 */
@RunWith(Parameterized.class)
public class WonDealParameterLimitTest extends DealLedgerTestBase {

    private static final int OWNERS = 2_500;
    private static final Comparator<WonDeal> BY_ISSUE = Comparator.comparingLong(WonDeal::issueId);

    private WonDealReader reader;
    private final List<String> owners = new ArrayList<>();

    public WonDealParameterLimitTest(TestDatabase database) {
        super(database);
    }

    @Before
    public void storeDeals() {
        reader = new WonDealReader(db.ao());
        ManyDeals.write(db.ao(), 2 * OWNERS, OWNERS);
        for (int i = 0; i < OWNERS; i++) {
            owners.add(ManyDeals.owner(i));
        }
    }

    @Test
    public void theWonDealsOfTwoThousandFiveHundredOwnersAreWhatReadsOfFiveHundredFind() {
        List<WonDeal> small = new ArrayList<>();
        for (List<String> part : InList.chunks(owners, 500)) {
            small.addAll(reader.wonDealsOf(part));
        }
        small.sort(BY_ISSUE);
        db.statements().reset();

        List<WonDeal> won = new ArrayList<>(reader.wonDealsOf(owners));

        assertEquals("one statement per 1,000 owners", 3, db.statements().count());
        assertTrue("most parameters in a statement: " + db.statements().mostParameters(),
                db.statements().mostParameters() <= StatementCounter.MAX_PARAMETERS);
        won.sort(BY_ISSUE);
        assertEquals(small, won);
        assertEquals("two deals in three are won", 3_334, won.size());
        assertEquals(new WonDeal(ManyDeals.issue(4_999), ManyDeals.owner(2_499), ManyDeals.APRIL.plusDays(4_999 % 30),
                5_099_00L, java.util.Currency.getInstance("EUR")), won.get(won.size() - 1));
    }
}
