package com.salesteam.jira.jira;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.InvalidatingCluster;
import com.salesteam.jira.testing.MutableClock;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The period sums cache on two nodes of a cluster whose caches are replicated by invalidation, over the real ledger:
 * what one node loads or patches never drops the other's entry, and a change recorded on one node reaches the other
 * as a re-read of just the changed owners.
 */
public class ClusterPeriodSumsCacheNodesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String Q2 = "FY2026-Q2";

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-20T10:00:00Z"));
    private HookedLedger ledger;
    private InvalidatingCluster.Node nodeA;
    private InvalidatingCluster.Node nodeB;
    private ClusterPeriodSumsCache a;
    private ClusterPeriodSumsCache b;
    private long nextIssue = 100;

    @Before
    public void setUp() {
        ledger = new HookedLedger(db);
        InvalidatingCluster cluster = new InvalidatingCluster();
        nodeA = cluster.node();
        nodeB = cluster.node();
        a = new ClusterPeriodSumsCache(nodeA, ledger, clock);
        b = new ClusterPeriodSumsCache(nodeB, ledger, clock);
        won("ann", 100_00, LocalDate.of(2026, 5, 4));
        won("bob", 30_00, LocalDate.of(2026, 4, 9));
        won("carl", 5_00, LocalDate.of(2026, 2, 9));
    }

    /**
     * The real ledger, whose next read of period sums can be made to fail (a statement timeout) or to run something
     * right after it (another node's change landing between a read and what the cache does after it).
     */
    private static final class HookedLedger extends DealLedger {
        private RuntimeException failNext;
        private Runnable afterNext;

        HookedLedger(ActiveObjectsRule db) {
            super(db.ao());
        }

        private <T> T read(java.util.function.Supplier<T> reading) {
            RuntimeException failure = failNext;
            failNext = null;
            if (failure != null) {
                throw failure;
            }
            T read = reading.get();
            Runnable then = afterNext;
            afterNext = null;
            if (then != null) {
                then.run();
            }
            return read;
        }

        @Override
        public Map<String, Map<Currency, ForecastTotals>> periodTotalsByOwner(Collection<String> owners,
                                                                              String periodKey) {
            return read(() -> super.periodTotalsByOwner(owners, periodKey));
        }

        @Override
        public Map<String, Map<String, Map<Currency, ForecastTotals>>> periodTotalsByOwner(Collection<String> owners,
                                                                                           Collection<String> keys) {
            return read(() -> super.periodTotalsByOwner(owners, keys));
        }

        @Override
        public Map<String, Map<String, Map<Currency, ForecastTotals>>> periodTotalsOfEveryone(Collection<String> keys) {
            return read(() -> super.periodTotalsOfEveryone(keys));
        }
    }

    private DealFacts deal(String owner, long minor, LocalDate day) {
        return new DealFacts(nextIssue++, 1L, Optional.of(owner), Optional.empty(), Money.ofMinor(minor, EUR), "won",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1);
    }

    private void won(String owner, long minor, LocalDate day) {
        ledger.record(deal(owner, minor, day), FiscalCalendar.DEFAULT);
    }

    /** As DealLedgerService records a change on a node: held taken, the deal written, the held sums patched. */
    private void recordOn(ClusterPeriodSumsCache node, DealFacts deal) {
        Map<String, PeriodSumsCache.Held> held = node.held(DealLedger.periodKeysOf(deal, FiscalCalendar.DEFAULT));
        ledger.record(deal, FiscalCalendar.DEFAULT);
        node.patch(held, DealLedger.periodDeltas(Optional.empty(), Optional.of(deal), FiscalCalendar.DEFAULT));
    }

    private Map<String, Map<Currency, ForecastTotals>> quarterOn(ClusterPeriodSumsCache node) {
        return node.byPeriod(List.of(Q2)).get(Q2);
    }

    private int puts(InvalidatingCluster.Node node) {
        return node.cache(ClusterPeriodSumsCache.NAME).puts() + node.cache(ClusterPeriodSumsCache.MARKERS_NAME).puts();
    }

    @Test
    public void aLoadOnOneNodeKeepsTheOthersEntryAndNothingIsEverPut() {
        quarterOn(a);
        b.byPeriod(List.of(Q2, "FY2026-Q1"));
        Map<String, Map<Currency, ForecastTotals>> fresh = ledger.periodTotalsOfEveryone(Q2);
        db.statements().reset();
        assertEquals(fresh, quarterOn(a));
        assertEquals(fresh, quarterOn(b));
        assertEquals("both nodes hold the quarter", 0, db.statements().count());

        recordOn(a, deal("ann", 10_00, LocalDate.of(2026, 5, 6)));
        assertEquals("entries and markers enter through the loaders only", 0, puts(nodeA) + puts(nodeB));
    }

    @Test
    public void aChangeRecordedOnOneNodeIsReReadOnTheOtherAsJustThatOwnersRows() {
        quarterOn(a);
        quarterOn(b);
        recordOn(a, deal("ann", 10_00, LocalDate.of(2026, 5, 6)));

        Map<String, Map<Currency, ForecastTotals>> fresh = ledger.periodTotalsOfEveryone(Q2);
        db.statements().reset();
        assertEquals("the recording node answers from its patched entry", fresh, quarterOn(a));
        assertEquals(0, db.statements().count());
        Map<String, Map<Currency, ForecastTotals>> onB = quarterOn(b);
        assertEquals("one statement on B", 1, db.statements().count());
        assertEquals("the quarter and the one owner asked", 2, db.statements().mostParameters());
        assertTrue(db.statements().preparedSql().get(0).contains("OWNER_KEY"));
        assertEquals("B's board is a fresh read", fresh, onB);
        assertEquals(110_00, onB.get("ann").get(EUR).wonMinor());

        db.statements().reset();
        assertEquals(onB, quarterOn(b));
        assertEquals("then from memory again", 0, db.statements().count());
    }

    @Test
    public void aChangeRecordedOnTheOtherNodeReachesTheFirstTheSameWay() {
        quarterOn(a);
        quarterOn(b);
        recordOn(b, deal("bob", 7_00, LocalDate.of(2026, 6, 1)));
        recordOn(a, deal("ann", 3_00, LocalDate.of(2026, 6, 2)));
        Map<String, Map<Currency, ForecastTotals>> fresh = ledger.periodTotalsOfEveryone(Q2);
        db.statements().reset();
        assertEquals(fresh, quarterOn(a));
        assertEquals(fresh, quarterOn(b));
        assertEquals("each node re-reads the owner the other changed", 2, db.statements().count());
    }

    @Test
    public void anOwnerNewToThePeriodMakesEveryNodeForgetItAndTheRecordingNodeKeepsItsPatchedSums() {
        quarterOn(a);
        quarterOn(b);
        recordOn(a, deal("dora", 20_00, LocalDate.of(2026, 5, 7)));
        assertFalse("forgotten on B", nodeB.cache(ClusterPeriodSumsCache.NAME).containsKey(Q2));

        Map<String, Map<Currency, ForecastTotals>> fresh = ledger.periodTotalsOfEveryone(Q2);
        db.statements().reset();
        assertEquals(fresh, quarterOn(a));
        assertEquals("kept on A", 0, db.statements().count());
        assertEquals(fresh, quarterOn(b));
        assertEquals("read whole on B", 1, db.statements().count());
        assertEquals("the quarter only, no owner list", 1, db.statements().mostParameters());
        assertEquals(Set.of("ann", "bob", "dora"), quarterOn(b).keySet());
    }

    @Test
    public void aRecordingNodeThatHoldsNoEntryMakesEveryNodeForgetThePeriod() {
        quarterOn(b);
        recordOn(a, deal("ann", 10_00, LocalDate.of(2026, 5, 6)));
        assertFalse(nodeB.cache(ClusterPeriodSumsCache.NAME).containsKey(Q2));
        assertEquals(ledger.periodTotalsOfEveryone(Q2), quarterOn(b));
    }

    @Test
    public void deletesRebuildsAndCalendarSavesStillForgetWholePeriodsOnEveryNode() {
        quarterOn(a);
        quarterOn(b);
        won("ann", 1_00, LocalDate.of(2026, 5, 8));
        a.forgetPeriods(List.of(Q2));
        assertEquals(ledger.periodTotalsOfEveryone(Q2), quarterOn(b));
        assertEquals(101_00 + 100_00 - 100_00, quarterOn(b).get("ann").get(EUR).wonMinor());

        won("bob", 2_00, LocalDate.of(2026, 5, 8));
        a.forgetAll();
        assertTrue(nodeB.cache(ClusterPeriodSumsCache.NAME).getKeys().isEmpty());
        assertEquals(ledger.periodTotalsOfEveryone(Q2), quarterOn(b));
        assertEquals(32_00, quarterOn(b).get("bob").get(EUR).wonMinor());
    }

    @Test
    public void moreChangedOwnersThanOneInListTakesReadTheWholePeriodInOneStatement() {
        for (int rep = 0; rep <= ClusterPeriodSumsCache.MAX_OWNERS_REREAD; rep++) {
            won("rep" + rep, 1_00, LocalDate.of(2026, 5, 11));
        }
        quarterOn(a);
        quarterOn(b);
        for (int rep = 0; rep <= ClusterPeriodSumsCache.MAX_OWNERS_REREAD; rep++) {
            recordOn(a, deal("rep" + rep, 2_00, LocalDate.of(2026, 5, 12)));
        }
        db.statements().reset();
        Map<String, Map<Currency, ForecastTotals>> onB = quarterOn(b);
        assertEquals(1, db.statements().count());
        assertEquals("the quarter only, no owner list", 1, db.statements().mostParameters());
        assertEquals(ledger.periodTotalsOfEveryone(Q2), onB);
        assertEquals(3_00, onB.get("rep7").get(EUR).wonMinor());
    }

    @Test
    public void ownersChangedInTwoPeriodsAreReReadTogetherInOneStatement() {
        b.byPeriod(List.of(Q2, "FY2026"));
        quarterOn(a);
        a.byPeriod(List.of("FY2026"));
        recordOn(a, deal("bob", 4_00, LocalDate.of(2026, 5, 6)));
        db.statements().reset();
        Map<String, Map<String, Map<Currency, ForecastTotals>>> onB = b.byPeriod(List.of(Q2, "FY2026"));
        assertEquals(1, db.statements().count());
        assertEquals(ledger.periodTotalsOfEveryone(Q2), onB.get(Q2));
        assertEquals(ledger.periodTotalsOfEveryone("FY2026"), onB.get("FY2026"));
        assertEquals(List.of(Q2, "FY2026"), List.copyOf(onB.keySet()));
    }

    @Test
    public void anEntrySwappedByAReReadAfterTheHeldSumsWereTakenIsNotPatchedButReReadAgain() {
        quarterOn(a);
        quarterOn(b);
        DealFacts bobs = deal("bob", 9_00, LocalDate.of(2026, 5, 6));
        Map<String, PeriodSumsCache.Held> held = a.held(DealLedger.periodKeysOf(bobs, FiscalCalendar.DEFAULT));
        // between the held sums and the patch a reader on A re-reads ann, whose marker an earlier change removed
        nodeA.cache(ClusterPeriodSumsCache.MARKERS_NAME).remove(Q2 + "|ann");
        nodeA.cache(ClusterPeriodSumsCache.MARKERS_NAME).remove(Q2);
        ledger.record(bobs, FiscalCalendar.DEFAULT);
        quarterOn(a);
        a.patch(held, DealLedger.periodDeltas(Optional.empty(), Optional.of(bobs), FiscalCalendar.DEFAULT));

        Map<String, Map<Currency, ForecastTotals>> fresh = ledger.periodTotalsOfEveryone(Q2);
        db.statements().reset();
        assertEquals(fresh, quarterOn(a));
        assertEquals("bob re-read on A rather than patched", 1, db.statements().count());
        assertEquals("the quarter and bob", 2, db.statements().mostParameters());
        assertEquals(39_00, quarterOn(a).get("bob").get(EUR).wonMinor());
        assertEquals(ledger.periodTotalsOfEveryone(Q2), quarterOn(b));
    }

    @Test
    public void anOwnerAlreadyChangedElsewhereIsNotMarkedUpToDateByThisNodesPatch() {
        quarterOn(a);
        quarterOn(b);
        recordOn(b, deal("ann", 1_00, LocalDate.of(2026, 5, 6)));
        // A has not re-read ann since: its patch of ann adds to old sums, so ann stays marked changed on A
        recordOn(a, deal("ann", 2_00, LocalDate.of(2026, 5, 7)));
        assertEquals(ledger.periodTotalsOfEveryone(Q2), quarterOn(a));
        assertEquals(103_00, quarterOn(a).get("ann").get(EUR).wonMinor());
    }

    @Test
    public void aForgetPatchKeepsNothingWhenAReReadSwappedTheEntryAfterTheHeldSumsWereTaken() {
        quarterOn(a);
        quarterOn(b);
        recordOn(b, deal("ann", 10_00, LocalDate.of(2026, 5, 6)));
        DealFacts doras = deal("dora", 20_00, LocalDate.of(2026, 5, 7));
        Map<String, PeriodSumsCache.Held> held = a.held(DealLedger.periodKeysOf(doras, FiscalCalendar.DEFAULT));
        // a reader on A re-reads ann before dora's change, new to the period, patches the sums held before
        assertEquals(110_00, quarterOn(a).get("ann").get(EUR).wonMinor());
        ledger.record(doras, FiscalCalendar.DEFAULT);
        a.patch(held, DealLedger.periodDeltas(Optional.empty(), Optional.of(doras), FiscalCalendar.DEFAULT));

        assertEquals(ledger.periodTotalsOfEveryone(Q2), quarterOn(a));
        assertEquals("ann's re-read is not undone", 110_00, quarterOn(a).get("ann").get(EUR).wonMinor());
    }

    @Test
    public void aForgetPatchDoesNotBringBackAnEntryAnotherNodeForgotAfterTheHeldSumsWereTaken() {
        quarterOn(a);
        quarterOn(b);
        DealFacts doras = deal("dora", 20_00, LocalDate.of(2026, 5, 7));
        Map<String, PeriodSumsCache.Held> held = a.held(DealLedger.periodKeysOf(doras, FiscalCalendar.DEFAULT));
        // a delete on B: the ledger changes and every node forgets the quarter
        won("ann", 1_00, LocalDate.of(2026, 5, 8));
        b.forgetPeriods(List.of(Q2));
        ledger.record(doras, FiscalCalendar.DEFAULT);
        a.patch(held, DealLedger.periodDeltas(Optional.empty(), Optional.of(doras), FiscalCalendar.DEFAULT));

        assertEquals(ledger.periodTotalsOfEveryone(Q2), quarterOn(a));
        assertEquals(101_00, quarterOn(a).get("ann").get(EUR).wonMinor());
    }

    @Test
    public void aFailedOwnerReReadLeavesTheEntryToBeReadWholeRatherThanServedOld() {
        quarterOn(a);
        quarterOn(b);
        recordOn(b, deal("ann", 10_00, LocalDate.of(2026, 5, 6)));
        ledger.failNext = new IllegalStateException("statement timeout");
        try {
            quarterOn(a);
            fail("the read failed");
        } catch (IllegalStateException expected) {
            assertEquals("statement timeout", expected.getMessage());
        }
        Map<String, Map<Currency, ForecastTotals>> fresh = ledger.periodTotalsOfEveryone(Q2);
        db.statements().reset();
        assertEquals(fresh, quarterOn(a));
        assertEquals("read whole", 1, db.statements().count());
        assertEquals("the quarter only, no owner list", 1, db.statements().mostParameters());
        assertEquals(110_00, quarterOn(a).get("ann").get(EUR).wonMinor());
        assertTrue("nothing was sent to B", nodeB.cache(ClusterPeriodSumsCache.NAME).containsKey(Q2));
    }

    @Test
    public void aFailedWholeReadOfAHeldEntryLeavesItToBeReadAgain() {
        quarterOn(a);
        quarterOn(b);
        recordOn(b, deal("ann", 10_00, LocalDate.of(2026, 5, 6)));
        ledger.failNext = new IllegalStateException("no connection");
        try {
            // the year is not held: the quarter with its changed owner is read whole along with it
            a.byPeriod(List.of(Q2, "FY2026"));
            fail("the read failed");
        } catch (IllegalStateException expected) {
            assertEquals("no connection", expected.getMessage());
        }
        assertEquals(ledger.periodTotalsOfEveryone(Q2), quarterOn(a));
        assertEquals(110_00, quarterOn(a).get("ann").get(EUR).wonMinor());
    }

    @Test
    public void aChangeLandingBetweenAWholeReadAndItsMarkersIsReReadNotCoveredUp() {
        quarterOn(a);
        quarterOn(b);
        recordOn(b, deal("bob", 1_00, LocalDate.of(2026, 5, 6)));
        // right after A's whole read of the quarter (taken along with the year), B records ann's change
        ledger.afterNext = () -> recordOn(b, deal("ann", 10_00, LocalDate.of(2026, 5, 6)));
        a.byPeriod(List.of(Q2, "FY2026"));

        assertEquals(ledger.periodTotalsOfEveryone(Q2), quarterOn(a));
        assertEquals(110_00, quarterOn(a).get("ann").get(EUR).wonMinor());
    }

    @Test
    public void aLateInvalidationLandingInAPatchIsNotSwallowedByThePeriodsMarker() {
        quarterOn(a);
        quarterOn(b);
        recordOn(b, deal("bob", 7_00, LocalDate.of(2026, 5, 6)));
        // B's invalidations have not reached A yet: A still has bob's and the quarter's markers
        InvalidatingCluster.NodeCache<Boolean> markersOnA = nodeA.cache(ClusterPeriodSumsCache.MARKERS_NAME);
        markersOnA.get(Q2 + "|bob");
        markersOnA.get(Q2);
        // they land while A's own patch has just removed the quarter's marker
        markersOnA.afterRemove(Q2, () -> {
            markersOnA.remove(Q2 + "|bob");
            markersOnA.remove(Q2);
        });
        recordOn(a, deal("ann", 2_00, LocalDate.of(2026, 5, 7)));

        assertEquals(ledger.periodTotalsOfEveryone(Q2), quarterOn(a));
        assertEquals(37_00, quarterOn(a).get("bob").get(EUR).wonMinor());
    }

    @Test
    public void aForgetPatchKeepsTheEntryAReaderMayAlreadyHoldSoThatReadersSwapTheOneServed() {
        quarterOn(a);
        quarterOn(b);
        // what a reader on A has looked up when the change of dora, new to the quarter, is recorded there
        ClusterPeriodSumsCache.Entry lookedUp = nodeA.<ClusterPeriodSumsCache.Entry>cache(ClusterPeriodSumsCache.NAME)
                .get(Q2);
        recordOn(a, deal("dora", 20_00, LocalDate.of(2026, 5, 7)));

        assertFalse("forgotten on B", nodeB.cache(ClusterPeriodSumsCache.NAME).containsKey(Q2));
        assertSame(lookedUp, nodeA.cache(ClusterPeriodSumsCache.NAME).get(Q2));
        assertEquals(ledger.periodTotalsOfEveryone(Q2), lookedUp.held().sums());
    }
}
