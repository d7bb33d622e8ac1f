package com.salesteam.jira.service;

import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.DealSnapshot;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StageRuleEntity;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.InJvmLock;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Recording deals makes every node compute the attainment of the owners concerned afresh, and only theirs. */
public class DealLedgerServiceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate MAY = LocalDate.of(2026, 5, 20);

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class, StageRuleEntity.class);

    private final MemoryAttainmentCache attainments = MemoryAttainmentCache.empty();
    private final MemoryScorecardCache scorecards = MemoryScorecardCache.empty();
    private MemoryPeriodSumsCache periodSums;
    private MemoryDaySumsCache daySums;
    private MemoryLeaderboardSettingsCache boardSettings;
    private DealLedgerService service;

    @Before
    public void setUp() {
        new SettingsRepository(db.ao()).saveDefaultCurrency(EUR);
        new StageRuleRepository(db.ao()).replaceAll(List.of(
                new StageRule("open", DealOutcome.OPEN, 20, ForecastCategory.PIPELINE),
                new StageRule("won", DealOutcome.WON, 100, ForecastCategory.CLOSED)));
        periodSums = new MemoryPeriodSumsCache(new DealLedger(db.ao()));
        daySums = new MemoryDaySumsCache(new DealLedger(db.ao()));
        boardSettings = new MemoryLeaderboardSettingsCache(new SettingsRepository(db.ao()));
        service = new DealLedgerService(new DealLedger(db.ao()), new StageRuleRepository(db.ao()),
                new TeamRepository(db.ao()), new SettingsRepository(db.ao()), new InJvmLock(), attainments,
                scorecards, periodSums, daySums, boardSettings);
    }

    private static DealSnapshot deal(String owner, long amount, long version) {
        return new DealSnapshot(7, 1L, Optional.of(owner), "open", Optional.of(Money.ofMinor(amount, EUR)),
                Optional.empty(), Optional.empty(), Optional.of(MAY), Optional.empty(), MAY, version);
    }

    private void warm(String... reps) {
        for (String rep : reps) {
            attainments.get(rep, MAY);
            scorecards.get(rep, MAY);
        }
    }

    @Test
    public void aReassignedDealForgetsBothOwnersAndNoOneElse() {
        service.record(deal("ann", 100_00, 1));
        warm("ann", "bob", "carl");

        service.record(deal("bob", 100_00, 2));

        assertFalse(attainments.holds("ann"));
        assertFalse(attainments.holds("bob"));
        assertTrue(attainments.holds("carl"));
        assertFalse("the scorecards' deal sums moved too", scorecards.holds("ann") || scorecards.holds("bob"));
        assertTrue(scorecards.holds("carl"));
    }

    @Test
    public void anUnchangedOrStaleSightingForgetsNothingADeletionItsOwner() {
        service.record(deal("ann", 100_00, 5));
        warm("ann");

        assertEquals(com.salesteam.jira.store.DealLedger.Change.STALE, service.record(deal("ann", 900_00, 4)));
        service.recordAll(List.of(deal("ann", 100_00, 5)));
        assertTrue(attainments.holds("ann"));

        assertTrue(scorecards.holds("ann"));
        service.delete(7, 6);
        assertFalse(attainments.holds("ann"));
        assertFalse(scorecards.holds("ann"));
    }

    @Test
    public void rebuildingTheSumsForgetsEveryone() {
        warm("ann", "bob");
        service.rebuildSums();
        assertFalse(attainments.holds("ann") || attainments.holds("bob"));
        assertFalse(scorecards.holds("ann") || scorecards.holds("bob"));
        assertTrue("the KPI definitions and weights do not depend on deals", scorecards.holdsRules());
    }

    @Test
    public void aNewFiscalCalendarReKeysThePeriodSumsAndForgetsEveryAttainment() {
        service.record(deal("ann", 100_00, 1));
        DealLedger ledger = new DealLedger(db.ao());
        assertTrue(ledger.periodTotalsByOwner(List.of("ann"), "FY2026-Q2").containsKey("ann"));
        warm("ann");
        boardSettings.settings();

        com.salesteam.jira.model.FiscalCalendar april = com.salesteam.jira.model.FiscalCalendar.of(java.time.Month.APRIL,
                java.time.ZoneId.of("UTC"), java.time.DayOfWeek.MONDAY);
        service.saveFiscalCalendar(april);

        assertEquals(april, new SettingsRepository(db.ao()).fiscalCalendar());
        assertFalse(ledger.periodTotalsByOwner(List.of("ann"), "FY2026-Q2").containsKey("ann"));
        assertEquals(Money.ofMinor(100_00, EUR),
                ledger.periodTotalsByOwner(List.of("ann"), "FY2027-Q1").get("ann").get(EUR).openPipeline());
        assertFalse(attainments.holds("ann"));
        assertFalse(scorecards.holds("ann"));
        assertTrue("the KPI definitions and weights do not depend on the calendar", scorecards.holdsRules());
        assertFalse("leaderboards read the new calendar", boardSettings.holds());
        assertEquals(april, boardSettings.settings().calendar());

        // an event after the change is keyed on the new calendar
        service.record(deal("ann", 300_00, 2));
        assertEquals(Money.ofMinor(300_00, EUR),
                ledger.periodTotalsByOwner(List.of("ann"), "FY2027-M02").get("ann").get(EUR).openPipeline());
    }

    // --- the period sums cache: patched for exactly the periods a change touched ---

    private static final List<String> MAY_PERIODS = List.of("FY2026-M05", "FY2026-Q2", "FY2026");

    @Test
    public void aChangedDealPatchesItsHeldMonthQuarterAndYearToWhatAFreshReadGivesAndNoOtherPeriod() {
        service.record(deal("ann", 100_00, 1));
        service.record(new DealSnapshot(8, 1L, Optional.of("bob"), "open", Optional.of(Money.ofMinor(30_00, EUR)),
                Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2026, 5, 20)), Optional.empty(),
                LocalDate.of(2026, 5, 20), 1));
        periodSums.byPeriod(List.of("FY2026-Q2", "FY2026", "FY2026-Q1", "FY2025"));
        assertEquals(Money.ofMinor(100_00, EUR), periodSums.byPeriod(List.of("FY2026-Q2")).get("FY2026-Q2")
                .get("ann").get(EUR).openPipeline());

        service.record(deal("ann", 250_00, 2));

        DealLedger ledger = new DealLedger(db.ao());
        db.statements().reset();
        java.util.Map<String, java.util.Map<String, java.util.Map<java.util.Currency,
                com.salesteam.jira.model.ForecastTotals>>> patched = periodSums.byPeriod(List.of("FY2026-Q2", "FY2026"));
        assertEquals("patched in memory", 0, db.statements().count());
        assertEquals(Money.ofMinor(250_00, EUR), patched.get("FY2026-Q2").get("ann").get(EUR).openPipeline());
        assertEquals("what the period rows now give", ledger.periodTotalsOfEveryone("FY2026-Q2"), patched.get("FY2026-Q2"));
        assertEquals(ledger.periodTotalsOfEveryone("FY2026"), patched.get("FY2026"));
        assertFalse("a period not held is not made up", periodSums.holds("FY2026-M05"));
        assertTrue("a period the deal never counted in stays", periodSums.holds("FY2026-Q1"));
        assertTrue(periodSums.holds("FY2025"));
    }

    @Test
    public void aDealMovedToAnotherQuarterLeavesTheOldQuarterAndEntersTheNew() {
        service.record(deal("ann", 100_00, 1));
        periodSums.byPeriod(List.of("FY2026-Q2", "FY2026-Q3", "FY2026-Q1"));
        LocalDate august = LocalDate.of(2026, 8, 3);

        service.record(new DealSnapshot(7, 1L, Optional.of("ann"), "open", Optional.of(Money.ofMinor(100_00, EUR)),
                Optional.empty(), Optional.empty(), Optional.of(august), Optional.empty(), august, 2));

        DealLedger ledger = new DealLedger(db.ao());
        assertTrue(periodSums.holds("FY2026-Q1"));
        java.util.Map<java.util.Currency, com.salesteam.jira.model.ForecastTotals> left = periodSums.byPeriod(
                List.of("FY2026-Q2")).get("FY2026-Q2").getOrDefault("ann", java.util.Map.of());
        assertTrue("nothing left in the old quarter", left.values().stream().allMatch(
                com.salesteam.jira.model.ForecastTotals::isZero));
        assertEquals(ledger.periodTotalsOfEveryone("FY2026-Q2"), periodSums.byPeriod(List.of("FY2026-Q2"))
                .get("FY2026-Q2"));
        assertEquals(Money.ofMinor(100_00, EUR), periodSums.byPeriod(List.of("FY2026-Q3")).get("FY2026-Q3")
                .get("ann").get(EUR).openPipeline());
        assertEquals(ledger.periodTotalsOfEveryone("FY2026-Q3"), periodSums.byPeriod(List.of("FY2026-Q3"))
                .get("FY2026-Q3"));
    }

    @Test
    public void aStaleOrUnchangedSightingKeepsThePeriodsADeletionForgetsThem() {
        service.record(deal("ann", 100_00, 5));
        periodSums.byPeriod(MAY_PERIODS);

        service.record(deal("ann", 900_00, 4));
        service.recordAll(List.of(deal("ann", 100_00, 5)));
        MAY_PERIODS.forEach(period -> assertTrue(period, periodSums.holds(period)));

        service.delete(7, 6);
        MAY_PERIODS.forEach(period -> assertFalse(period, periodSums.holds(period)));
    }

    @Test
    public void rebuildingOrANewCalendarForgetsEveryPeriod() {
        service.record(deal("ann", 100_00, 1));
        periodSums.byPeriod(List.of("FY2026-Q2", "FY2025"));
        service.rebuildSums();
        assertFalse(periodSums.holds("FY2026-Q2") || periodSums.holds("FY2025"));

        periodSums.byPeriod(List.of("FY2026-Q2", "FY2025"));
        service.saveFiscalCalendar(com.salesteam.jira.model.FiscalCalendar.of(java.time.Month.APRIL,
                java.time.ZoneId.of("UTC"), java.time.DayOfWeek.MONDAY));
        assertFalse(periodSums.holds("FY2026-Q2") || periodSums.holds("FY2025"));
    }

    // --- the day sums cache: the weeks and periods of the forecast day and of the creation day ---

    @Test
    public void aChangedDealForgetsTheDaySumsOfTheWeeksAndPeriodsOfItsForecastAndCreationDays() {
        com.salesteam.jira.model.FiscalCalendar calendar = com.salesteam.jira.model.FiscalCalendar.DEFAULT;
        LocalDate created = LocalDate.of(2026, 4, 7);
        com.salesteam.jira.model.DateRange createdWeek = com.salesteam.jira.model.DateRange.of(
                calendar.periodContaining(com.salesteam.jira.model.PeriodType.WEEK, created));
        com.salesteam.jira.model.DateRange closeWeek = com.salesteam.jira.model.DateRange.of(
                calendar.periodContaining(com.salesteam.jira.model.PeriodType.WEEK, MAY));
        com.salesteam.jira.model.DateRange otherWeek = closeWeek.previous();
        service.record(new DealSnapshot(7, 1L, Optional.of("ann"), "open", Optional.of(Money.ofMinor(100_00, EUR)),
                Optional.empty(), Optional.empty(), Optional.of(MAY), Optional.empty(), MAY, 1, Optional.of(created)));
        daySums.byRange(List.of(createdWeek, closeWeek, otherWeek));

        service.record(new DealSnapshot(7, 1L, Optional.of("ann"), "open", Optional.of(Money.ofMinor(300_00, EUR)),
                Optional.empty(), Optional.empty(), Optional.of(MAY), Optional.empty(), MAY, 2, Optional.of(created)));

        assertFalse(daySums.holds(createdWeek.key()));
        assertFalse(daySums.holds(closeWeek.key()));
        assertTrue("a week the deal never counted in stays", daySums.holds(otherWeek.key()));
        assertEquals(Money.ofMinor(300_00, EUR), daySums.byRange(List.of(createdWeek)).get(createdWeek).get("ann")
                .created(EUR).amount());

        service.delete(7, 3);
        assertFalse(daySums.holds(createdWeek.key()));
        daySums.byRange(List.of(otherWeek));
        service.rebuildSums();
        assertFalse(daySums.holds(otherWeek.key()));
    }

    // --- every forget of the period sums runs under the ledger lock, so no patch can put back what it forgot ---

    private static final String Q2 = "FY2026-Q2";

    private DealLedgerService nodeWith(LedgerLock lock, PeriodSumsCache cache) {
        return new DealLedgerService(new DealLedger(db.ao()), new StageRuleRepository(db.ao()),
                new TeamRepository(db.ao()), new SettingsRepository(db.ao()), lock, attainments, scorecards, cache,
                daySums, boardSettings);
    }

    private static DealSnapshot bobsMayDeal() {
        return new DealSnapshot(8, 1L, Optional.of("bob"), "open", Optional.of(Money.ofMinor(30_00, EUR)),
                Optional.empty(), Optional.empty(), Optional.of(MAY), Optional.empty(), MAY, 1);
    }

    @Test
    public void aDeletionWaitingForTheLockWhileAChangeHoldsThePeriodsLeavesNoDeletedDealInThem() {
        service.record(deal("ann", 100_00, 1));
        periodSums.byPeriod(List.of(Q2));
        BetweenHeldAndPatch cache = new BetweenHeldAndPatch(periodSums);
        DealLedgerService node = nodeWith(new WaitingLock(), cache);
        cache.then(() -> node.delete(7, 2));

        node.record(bobsMayDeal());

        DealLedger ledger = new DealLedger(db.ao());
        assertFalse("the deletion ran once the lock was free", ledger.find(7).isPresent());
        assertEquals(ledger.periodTotalsOfEveryone(Q2), periodSums.byPeriod(List.of(Q2)).get(Q2));
    }

    @Test
    public void aNewCalendarWaitingForTheLockWhileAChangeHoldsThePeriodsLeavesNoOldQuarterUnderItsKeys() {
        service.record(deal("ann", 100_00, 1));
        periodSums.byPeriod(List.of(Q2));
        BetweenHeldAndPatch cache = new BetweenHeldAndPatch(periodSums);
        DealLedgerService node = nodeWith(new WaitingLock(), cache);
        com.salesteam.jira.model.FiscalCalendar april = com.salesteam.jira.model.FiscalCalendar.of(
                java.time.Month.APRIL, java.time.ZoneId.of("UTC"), java.time.DayOfWeek.MONDAY);
        cache.then(() -> node.saveFiscalCalendar(april));

        node.record(bobsMayDeal());

        DealLedger ledger = new DealLedger(db.ao());
        assertEquals(april, new SettingsRepository(db.ao()).fiscalCalendar());
        assertEquals("FY2026-Q2 of the April calendar", ledger.periodTotalsOfEveryone(Q2),
                periodSums.byPeriod(List.of(Q2)).get(Q2));
    }

    /**
     * The cluster lock as two nodes see it, in one thread: a change asked for while the lock is held (by the other
     * node) waits and runs as soon as the lock is released; what its caller does after the lock runs at once.
     */
    private static final class WaitingLock implements LedgerLock {
        private boolean held;
        private final java.util.ArrayDeque<Runnable> waiting = new java.util.ArrayDeque<>();

        @Override
        public <T> T exclusively(java.util.function.Supplier<T> change) {
            if (held) {
                waiting.add(change::get);
                return null;
            }
            T result = holding(change);
            while (!waiting.isEmpty()) {
                Runnable next = waiting.poll();
                holding(() -> {
                    next.run();
                    return null;
                });
            }
            return result;
        }

        private <T> T holding(java.util.function.Supplier<T> change) {
            held = true;
            try {
                return change.get();
            } finally {
                held = false;
            }
        }
    }

    /** The node's period sums, with another node's call made once, just after the change took what it holds. */
    private static final class BetweenHeldAndPatch implements PeriodSumsCache {
        private final PeriodSumsCache cache;
        private Runnable next = () -> { };

        BetweenHeldAndPatch(PeriodSumsCache cache) {
            this.cache = cache;
        }

        void then(Runnable otherNode) {
            next = otherNode;
        }

        @Override
        public java.util.Map<String, java.util.Map<String, java.util.Map<Currency,
                com.salesteam.jira.model.ForecastTotals>>> byPeriod(java.util.Collection<String> periodKeys) {
            return cache.byPeriod(periodKeys);
        }

        @Override
        public java.util.Map<String, Held> held(java.util.Collection<String> periodKeys) {
            java.util.Map<String, Held> held = cache.held(periodKeys);
            Runnable otherNode = next;
            next = () -> { };
            otherNode.run();
            return held;
        }

        @Override
        public void patch(java.util.Map<String, Held> held, java.util.Map<String, java.util.Map<String,
                java.util.Map<Currency, com.salesteam.jira.model.ForecastTotals>>> deltas) {
            cache.patch(held, deltas);
        }

        @Override
        public void forgetPeriods(java.util.Collection<String> periodKeys) {
            cache.forgetPeriods(periodKeys);
        }

        @Override
        public void forgetAll() {
            cache.forgetAll();
        }
    }
}
