package com.salesteam.jira.bench;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

public class BenchDataTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class);

    @Test
    public void repsAreNumberedFromZero() {
        assertEquals(List.of("rep0", "rep1", "rep2"), BenchData.reps(3));
    }

    @Test
    public void theSameSeedMakesTheSameDeals() {
        assertEquals(BenchData.randomDeal(1, "rep0", 2, new Random(7)), BenchData.randomDeal(1, "rep0", 2, new Random(7)));
        assertNotEquals(BenchData.randomDeal(1, "rep0", 2, new Random(7)), BenchData.randomDeal(1, "rep0", 2, new Random(8)));
    }

    @Test
    public void aCreatedDealIsCreatedInTheNinetyDaysBeforeItsClose() {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            DealFacts deal = BenchData.randomDeal(i + 1, "rep0", 1, random);
            DealFacts created = BenchData.createdBeforeClose(deal, random);
            LocalDate close = deal.expectedClose().orElseThrow();
            LocalDate createdOn = created.createdOn().orElseThrow();
            assertTrue(createdOn + " before " + close, !createdOn.isAfter(close) && createdOn.isAfter(close.minusDays(90)));
            assertEquals(deal.amount(), created.amount());
            assertEquals(deal.closedOn(), created.closedOn());
        }
    }

    @Test
    public void sumsAddUpColumnByColumnInTheSumTablesOrder() {
        long[] row = new long[10];
        BenchData.addSums(row, new ForecastTotals(BenchData.EUR, 1, 2, 3, 4, 5, 6, 7, 8));
        BenchData.addSums(row, new ForecastTotals(BenchData.EUR, 10, 20, 30, 40, 50, 60, 70, 80));
        assertArrayEquals(new long[]{11, 22, 33, 44, 55, 66, 77, 88, 0, 0}, row);
    }

    @Test
    public void insertedDealsAreWhatTheLedgerReadsBackAcrossFullAndPartBatches() {
        int reps = 3;
        int dealsPerRep = 4_001;
        Random random = new Random(5);
        Map<Long, DealFacts> made = new HashMap<>();
        db.engine().withConnection(connection -> {
            BenchData.insertDeals(connection, db.engine(), reps, dealsPerRep, (issue, rep) -> {
                DealFacts deal = BenchData.createdBeforeClose(BenchData.randomDeal(issue, "rep" + rep, 1 + rep, random),
                        random);
                made.put(issue, deal);
                return deal;
            });
            return null;
        });

        assertEquals(reps * dealsPerRep, made.size());
        Map<Long, DealFacts> read = new DealLedger(db.ao()).factsOf(made.keySet());
        assertEquals(made, read);
        assertEquals("the last rep's last deal", "rep2", read.get((long) reps * dealsPerRep).ownerKey().orElseThrow());
    }

    @Test
    public void wonSumsPerOwnerCountOnlyWonDealsClosedInTheRange() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate until = LocalDate.of(2026, 4, 1);
        Random random = new Random(9);
        Map<String, Long> expected = new HashMap<>();
        db.engine().withConnection(connection -> {
            BenchData.insertDeals(connection, db.engine(), 4, 50, (issue, rep) -> {
                DealFacts deal = BenchData.randomDeal(issue, "rep" + rep, 1, random);
                LocalDate closed = deal.closedOn().orElse(LocalDate.MIN);
                if (deal.outcome() == DealOutcome.WON && !closed.isBefore(from) && closed.isBefore(until)) {
                    expected.merge(deal.ownerKey().orElseThrow(), deal.amount().minor(), Long::sum);
                }
                return deal;
            });
            return null;
        });

        assertTrue("some deals were won in the range", !expected.isEmpty());
        assertEquals(expected, BenchData.wonGroupedByOwner(db.engine(), from, until));
    }
}
