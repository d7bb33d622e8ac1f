package com.salesteam.jira.jira;

import com.salesteam.jira.testing.MutableClock;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MapCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The period sums cache on Jira's cache API, over the real ledger: one entry per period, misses read in one statement. */
public class ClusterPeriodSumsCacheTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency CNY = Currency.getInstance("CNY");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, DealEntity.class, DealMonthEntity.class, DealDayEntity.class);

    private DealLedger ledger;
    private MapCache<ClusterPeriodSumsCache.Entry> backing;
    private MapCache<Boolean> markers;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-20T10:00:00Z"));
    private CacheSettings settings;
    private CacheSettings markerSettings;
    private ClusterPeriodSumsCache cache;

    @SuppressWarnings("unchecked")
    @Before
    public void setUp() {
        ledger = new DealLedger(db.ao());
        CacheManager manager = mock(CacheManager.class);
        ArgumentCaptor<CacheLoader<String, ClusterPeriodSumsCache.Entry>> loader =
                ArgumentCaptor.forClass(CacheLoader.class);
        ArgumentCaptor<CacheSettings> settingsCaptor = ArgumentCaptor.forClass(CacheSettings.class);
        when(manager.getCache(eq(ClusterPeriodSumsCache.NAME), loader.capture(), settingsCaptor.capture()))
                .thenAnswer(call -> {
                    backing = new MapCache<>(call.getArgument(1));
                    return backing;
                });
        ArgumentCaptor<CacheSettings> markerSettings = ArgumentCaptor.forClass(CacheSettings.class);
        when(manager.getCache(eq(ClusterPeriodSumsCache.MARKERS_NAME), ArgumentCaptor.forClass(CacheLoader.class).capture(),
                markerSettings.capture())).thenAnswer(call -> {
                    markers = new MapCache<>(call.getArgument(1));
                    return markers;
                });
        cache = new ClusterPeriodSumsCache(manager, ledger, clock);
        settings = settingsCaptor.getValue();
        this.markerSettings = markerSettings.getValue();
    }

    private void won(long issue, String owner, long minor, Currency currency, LocalDate day) {
        ledger.record(new DealFacts(issue, 1L, Optional.of(owner), Optional.empty(), Money.ofMinor(minor, currency), "won",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1),
                FiscalCalendar.DEFAULT);
    }

    @Test
    public void aSmallBoundedClusterCacheReplicatedByInvalidationWhoseEntriesExpire() {
        assertEquals(Boolean.FALSE, settings.getLocal());
        assertEquals(Boolean.FALSE, settings.getReplicateViaCopy());
        assertEquals(Integer.valueOf(ClusterPeriodSumsCache.MAX_ENTRIES), settings.getMaxEntries());
        assertEquals(Long.valueOf(TimeUnit.MINUTES.toMillis(ClusterPeriodSumsCache.EXPIRY_MINUTES)),
                settings.getExpireAfterWrite());
        assertEquals(Boolean.FALSE, markerSettings.getLocal());
        assertEquals(Boolean.FALSE, markerSettings.getReplicateViaCopy());
        assertEquals(Integer.valueOf(ClusterPeriodSumsCache.MAX_MARKERS), markerSettings.getMaxEntries());
        assertEquals(settings.getExpireAfterWrite(), markerSettings.getExpireAfterWrite());
    }

    @Test
    public void missingPeriodsAreReadInOneStatementThenAnsweredFromMemoryPerOwnerAndCurrency() {
        won(1, "ann", 100_00, EUR, LocalDate.of(2026, 5, 4));
        won(2, "ann", 70_00, CNY, LocalDate.of(2026, 5, 6));
        won(3, "bob", 30_00, EUR, LocalDate.of(2026, 2, 9));
        won(4, "ann", 5_00, EUR, LocalDate.of(2026, 6, 30));

        db.statements().reset();
        Map<String, Map<String, Map<Currency, ForecastTotals>>> read = cache.byPeriod(List.of("FY2026-Q2", "FY2026-Q1"));
        assertEquals("both periods in one read", 1, db.statements().count());
        assertEquals(105_00, read.get("FY2026-Q2").get("ann").get(EUR).wonMinor());
        assertEquals(70_00, read.get("FY2026-Q2").get("ann").get(CNY).wonMinor());
        assertFalse(read.get("FY2026-Q2").containsKey("bob"));
        assertEquals(30_00, read.get("FY2026-Q1").get("bob").get(EUR).wonMinor());
        assertEquals("the same sums as the ledger's read of the owners", ledger.periodTotalsByOwner(List.of("ann", "bob"),
                "FY2026-Q2"), read.get("FY2026-Q2"));

        db.statements().reset();
        assertEquals(read, cache.byPeriod(List.of("FY2026-Q2", "FY2026-Q1")));
        assertEquals("answered from memory", 0, db.statements().count());
        assertEquals(Set.of("FY2026-Q2", "FY2026-Q1"), Set.copyOf(backing.getKeys()));
    }

    @Test
    public void anEmptyPeriodIsKeptAsEmptyAndNobodyCanChangeWhatIsShared() {
        won(1, "ann", 100_00, EUR, LocalDate.of(2026, 5, 4));
        Map<String, Map<String, Map<Currency, ForecastTotals>>> read = cache.byPeriod(List.of("FY2030-Q1", "FY2026-Q2"));
        assertTrue(read.get("FY2030-Q1").isEmpty());
        db.statements().reset();
        cache.byPeriod(List.of("FY2030-Q1"));
        assertEquals(0, db.statements().count());
        assertThrows(UnsupportedOperationException.class, () -> read.get("FY2026-Q2").remove("ann"));
        assertThrows(UnsupportedOperationException.class, () -> read.get("FY2026-Q2").get("ann").clear());
    }

    @Test
    public void aForgottenPeriodIsReadAgainOnEveryNodeTheOthersStay() {
        won(1, "ann", 100_00, EUR, LocalDate.of(2026, 5, 4));
        cache.byPeriod(List.of("FY2026-Q2", "FY2026-Q1", "FY2026"));
        won(2, "ann", 50_00, EUR, LocalDate.of(2026, 5, 8));

        cache.forgetPeriods(List.of("FY2026-Q2", "FY2026"));
        assertEquals(Set.of("FY2026-Q1"), Set.copyOf(backing.getKeys()));
        assertEquals(150_00, cache.byPeriod(List.of("FY2026-Q2")).get("FY2026-Q2").get("ann").get(EUR).wonMinor());

        cache.forgetAll();
        assertTrue(backing.getKeys().isEmpty());
    }

    @Test
    public void aChangePatchesTheHeldPeriodsToTheFreshRowsAndOnlyForgetsThoseNotHeld() {
        won(1, "ann", 100_00, EUR, LocalDate.of(2026, 5, 4));
        cache.byPeriod(List.of("FY2026-Q2"));
        DealFacts bobsDeal = new DealFacts(2, 1L, Optional.of("bob"), Optional.empty(), Money.ofMinor(40_00, CNY), "won",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(LocalDate.of(2026, 5, 9)),
                Optional.of(LocalDate.of(2026, 5, 9)), 0, 1);
        Map<String, PeriodSumsCache.Held> held = cache.held(List.of("FY2026-M05", "FY2026-Q2",
                "FY2026"));
        assertEquals(Set.of("FY2026-Q2"), held.keySet());
        ledger.record(bobsDeal, FiscalCalendar.DEFAULT);

        db.statements().reset();
        cache.patch(held, DealLedger.periodDeltas(Optional.empty(), Optional.of(bobsDeal), FiscalCalendar.DEFAULT));
        assertEquals(0, db.statements().count());
        assertEquals(Set.of("FY2026-Q2"), Set.copyOf(backing.getKeys()));
        assertEquals(ledger.periodTotalsOfEveryone("FY2026-Q2"), cache.byPeriod(List.of("FY2026-Q2")).get("FY2026-Q2"));
        assertThrows(UnsupportedOperationException.class, () -> backing.get("FY2026-Q2").held().sums().get("bob").clear());
    }

    @Test
    public void aPeriodEvictedBetweenTheCheckAndTheReadIsLoadedByTheCachesOwnLoader() {
        won(1, "ann", 100_00, EUR, LocalDate.of(2026, 5, 4));
        assertEquals(100_00, backing.get("FY2026-Q2").held().sums().get("ann").get(EUR).wonMinor());
        assertEquals(clock.instant(), backing.get("FY2026-Q2").held().loadedAt());
        assertThrows(UnsupportedOperationException.class, () -> backing.get("FY2026-Q2").held().sums().remove("ann"));
    }

    private void patchWithWonDeal(long issue, String owner, long minor, LocalDate day) {
        DealFacts deal = new DealFacts(issue, 1L, Optional.of(owner), Optional.empty(), Money.ofMinor(minor, EUR), "won",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1);
        Map<String, PeriodSumsCache.Held> held = cache.held(DealLedger.periodKeysOf(deal, FiscalCalendar.DEFAULT));
        ledger.record(deal, FiscalCalendar.DEFAULT);
        cache.patch(held, DealLedger.periodDeltas(Optional.empty(), Optional.of(deal), FiscalCalendar.DEFAULT));
    }

    @Test
    public void patchesKeepTheInstantOfTheReadSoWrongSumsStillExpireThatLongAfterIt() {
        won(1, "ann", 100_00, EUR, LocalDate.of(2026, 5, 4));
        cache.byPeriod(List.of("FY2026-Q2"));
        Instant read = backing.get("FY2026-Q2").held().loadedAt();
        // the one race: sums read before another node's change, stored after its removal
        backing.put("FY2026-Q2", new ClusterPeriodSumsCache.Entry(new PeriodSumsCache.Held(read, Map.of())));

        for (int change = 0; change < 3; change++) {
            clock.advance(Duration.ofMinutes(4));
            patchWithWonDeal(10 + change, "bob", 10_00, LocalDate.of(2026, 5, 10 + change));
        }
        assertEquals("twelve minutes after the read, three patches later", Duration.ofMinutes(12),
                Duration.between(read, clock.instant()));
        assertTrue("the last patch did not keep an entry past its expiry", !backing.getKeys().contains("FY2026-Q2")
                || backing.get("FY2026-Q2").held().loadedAt().equals(read));
        assertEquals("read afresh, not the wrong sums patched on", ledger.periodTotalsOfEveryone("FY2026-Q2"),
                cache.byPeriod(List.of("FY2026-Q2")).get("FY2026-Q2"));
    }

    @Test
    public void anEntryPatchedWithinItsLifeKeepsItsReadInstantAndAnEntryPastItIsNeitherHeldNorAnswered() {
        won(1, "ann", 100_00, EUR, LocalDate.of(2026, 5, 4));
        cache.byPeriod(List.of("FY2026-Q2"));
        Instant read = backing.get("FY2026-Q2").held().loadedAt();
        clock.advance(Duration.ofMinutes(5));
        patchWithWonDeal(2, "bob", 10_00, LocalDate.of(2026, 5, 9));
        assertEquals(read, backing.get("FY2026-Q2").held().loadedAt());
        db.statements().reset();
        Map<String, Map<Currency, ForecastTotals>> patched = cache.byPeriod(List.of("FY2026-Q2")).get("FY2026-Q2");
        assertEquals("still answered from memory", 0, db.statements().count());
        assertEquals(ledger.periodTotalsOfEveryone("FY2026-Q2"), patched);

        clock.advance(Duration.ofMinutes(ClusterPeriodSumsCache.EXPIRY_MINUTES - 5));
        assertTrue("read as long ago as the expiry: not held", cache.held(List.of("FY2026-Q2")).isEmpty());
        db.statements().reset();
        cache.byPeriod(List.of("FY2026-Q2"));
        assertEquals("read again", 1, db.statements().count());
        assertEquals(clock.instant(), backing.get("FY2026-Q2").held().loadedAt());
    }
}
