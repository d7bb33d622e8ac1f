package com.salesteam.jira.jira;

import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.RangeCover;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.InvalidatingCluster;
import com.salesteam.jira.testing.MapCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The day sums cache on Jira's cache API, over the real ledger: one entry per range, misses read in one statement. */
public class ClusterDaySumsCacheTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final DateRange WEEK = DateRange.ofDays(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 10));

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class);

    private DealLedger ledger;
    private MapCache<Map<String, DealSums>> backing;
    private CacheSettings settings;
    private MapCache<Map<String, DealSums>> dayBacking;
    private CacheSettings daySettings;
    private ClusterDaySumsCache cache;

    @SuppressWarnings("unchecked")
    @Before
    public void setUp() {
        ledger = new DealLedger(db.ao());
        CacheManager manager = mock(CacheManager.class);
        ArgumentCaptor<CacheLoader<String, Map<String, DealSums>>> loader = ArgumentCaptor.forClass(CacheLoader.class);
        ArgumentCaptor<CacheSettings> settingsCaptor = ArgumentCaptor.forClass(CacheSettings.class);
        when(manager.getCache(eq(ClusterDaySumsCache.NAME), loader.capture(), settingsCaptor.capture()))
                .thenAnswer(call -> {
                    backing = MapCache.bounded(call.getArgument(1),
                            call.<CacheSettings>getArgument(2).getMaxEntries());
                    return backing;
                });
        ArgumentCaptor<CacheSettings> daySettingsCaptor = ArgumentCaptor.forClass(CacheSettings.class);
        when(manager.getCache(eq(ClusterDaySumsCache.DAYS_NAME), loader.capture(), daySettingsCaptor.capture()))
                .thenAnswer(call -> {
                    dayBacking = MapCache.bounded(call.getArgument(1),
                            call.<CacheSettings>getArgument(2).getMaxEntries());
                    return dayBacking;
                });
        cache = new ClusterDaySumsCache(manager, ledger);
        settings = settingsCaptor.getValue();
        daySettings = daySettingsCaptor.getValue();
    }

    private void won(long issue, String owner, long minor, LocalDate day) {
        ledger.record(new DealFacts(issue, 1L, Optional.of(owner), Optional.empty(), Money.ofMinor(minor, EUR), "won",
                DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1,
                Optional.of(day)), FiscalCalendar.DEFAULT);
    }

    @Test
    public void aSmallBoundedClusterCacheReplicatedByInvalidationWhoseEntriesExpire() {
        assertEquals(Boolean.FALSE, settings.getLocal());
        assertEquals(Boolean.FALSE, settings.getReplicateViaCopy());
        assertEquals(Integer.valueOf(ClusterDaySumsCache.MAX_ENTRIES), settings.getMaxEntries());
        assertEquals(Long.valueOf(TimeUnit.MINUTES.toMillis(ClusterDaySumsCache.EXPIRY_MINUTES)),
                settings.getExpireAfterWrite());
        assertEquals(Boolean.FALSE, daySettings.getLocal());
        assertEquals(Boolean.FALSE, daySettings.getReplicateViaCopy());
        assertEquals(Integer.valueOf(ClusterDaySumsCache.MAX_DAYS), daySettings.getMaxEntries());
        assertEquals(settings.getExpireAfterWrite(), daySettings.getExpireAfterWrite());
    }

    @Test
    public void singleDaysAreKeptApartFromWeeksReadWithThemInOneStatementOfTheirDaysAndForgottenByKey() {
        DateRange may1 = DateRange.ofDays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1));
        DateRange may20 = DateRange.ofDays(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 20));
        won(1, "ann", 100_00, LocalDate.of(2026, 5, 1));
        won(2, "ann", 40_00, LocalDate.of(2026, 5, 12));
        won(3, "bob", 7_00, LocalDate.of(2026, 5, 20));
        won(4, "bob", 9_00, LocalDate.of(2026, 5, 5));

        db.statements().reset();
        Map<DateRange, Map<String, DealSums>> read = cache.byRange(List.of(may1, WEEK, may20));
        assertEquals("two days and a week in one read", 1, db.statements().count());
        assertEquals(100_00, read.get(may1).get("ann").totals().get(EUR).wonMinor());
        assertEquals(Set.of("bob"), read.get(may20).keySet());
        assertEquals("the 12th lies between the pieces, in none", Set.of("bob"), read.get(WEEK).keySet());
        assertEquals(Set.of(WEEK.key()), Set.copyOf(backing.getKeys()));
        assertEquals(Set.of(may1.key(), may20.key()), Set.copyOf(dayBacking.getKeys()));

        won(5, "bob", 1_00, LocalDate.of(2026, 5, 20));
        cache.forgetRanges(DealLedger.dayRangeKeysOf(ledger.find(5).orElseThrow(), FiscalCalendar.DEFAULT));
        assertEquals(Set.of(may1.key()), Set.copyOf(dayBacking.getKeys()));
        assertEquals(8_00, cache.byRange(List.of(may20)).get(may20).get("bob").totals().get(EUR).wonMinor());
        cache.forgetAll();
        assertTrue(dayBacking.getKeys().isEmpty());
    }

    @Test
    public void missingRangesAreReadInOneStatementThenFromMemoryUntilForgotten() {
        won(1, "ann", 100_00, LocalDate.of(2026, 5, 5));
        won(2, "bob", 40_00, LocalDate.of(2026, 4, 28));

        db.statements().reset();
        Map<DateRange, Map<String, DealSums>> read = cache.byRange(List.of(WEEK, WEEK.previous()));
        assertEquals("both weeks in one read", 1, db.statements().count());
        assertEquals(100_00, read.get(WEEK).get("ann").totals().get(EUR).wonMinor());
        assertEquals(100_00, read.get(WEEK).get("ann").created(EUR).amountMinor());
        assertEquals(Set.of("bob"), read.get(WEEK.previous()).keySet());

        db.statements().reset();
        assertEquals(read, cache.byRange(List.of(WEEK, WEEK.previous())));
        assertEquals("answered from memory", 0, db.statements().count());
        assertThrows(UnsupportedOperationException.class, () -> read.get(WEEK).remove("ann"));

        won(3, "ann", 50_00, LocalDate.of(2026, 5, 6));
        cache.forgetRanges(List.of(WEEK.key()));
        assertEquals(Set.of(WEEK.previous().key()), Set.copyOf(backing.getKeys()));
        assertEquals(150_00, cache.byRange(List.of(WEEK)).get(WEEK).get("ann").totals().get(EUR).wonMinor());
        cache.forgetAll();
        assertTrue(backing.getKeys().isEmpty());
    }

    @Test
    public void aRangeEvictedBetweenTheCheckAndTheReadIsLoadedByTheCachesOwnLoader() {
        won(1, "ann", 100_00, LocalDate.of(2026, 5, 5));
        assertEquals(100_00, backing.get(WEEK.key()).get("ann").totals().get(EUR).wonMinor());
    }

    /** What a custom-range board asks for: the cover of the range and of the range of as many days before it. */
    private static List<DateRange> board(LocalDate from, LocalDate to) {
        DateRange range = DateRange.ofDays(from, to);
        List<DateRange> pieces = new ArrayList<>(RangeCover.of(range, FiscalCalendar.DEFAULT));
        pieces.addAll(RangeCover.of(DateRange.ofDays(from.minusDays(range.days()), from.minusDays(1)),
                FiscalCalendar.DEFAULT));
        return pieces;
    }

    @Test
    public void twoYearLongCustomBoardsTheWeekBoardsAndTheQuarterStayCachedTogetherWithinTheRealBounds() {
        won(1, "ann", 100_00, LocalDate.of(2026, 5, 5));
        FiscalCalendar calendar = FiscalCalendar.DEFAULT;
        List<List<DateRange>> requests = List.of(
                board(LocalDate.of(2025, 5, 14), LocalDate.of(2026, 5, 14)),
                board(LocalDate.of(2025, 6, 3), LocalDate.of(2026, 6, 3)),
                List.of(WEEK, WEEK.previous()),
                List.of(DateRange.of(calendar.periodContaining(PeriodType.QUARTER, LocalDate.of(2026, 5, 20)))));
        requests.forEach(cache::byRange);

        db.statements().reset();
        requests.forEach(cache::byRange);
        assertEquals("every piece still held on the second round", 0, db.statements().count());
    }
    @Test
    public void aLoadOnOneNodeKeepsTheOtherNodesRangesAndAChangeStillReachesBoth() {
        won(1, "ann", 100_00, LocalDate.of(2026, 5, 5));
        DateRange may1 = DateRange.ofDays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1));
        InvalidatingCluster cluster = new InvalidatingCluster();
        InvalidatingCluster.Node nodeA = cluster.node();
        InvalidatingCluster.Node nodeB = cluster.node();
        ClusterDaySumsCache a = new ClusterDaySumsCache(nodeA, ledger);
        ClusterDaySumsCache b = new ClusterDaySumsCache(nodeB, ledger);
        a.byRange(List.of(WEEK, may1));
        b.byRange(List.of(WEEK, WEEK.previous(), may1));

        db.statements().reset();
        a.byRange(List.of(WEEK, may1));
        b.byRange(List.of(WEEK, WEEK.previous(), may1));
        assertEquals("both nodes still hold their ranges", 0, db.statements().count());
        assertEquals("entries enter through the loaders only", 0, nodeA.cache(ClusterDaySumsCache.NAME).puts()
                + nodeA.cache(ClusterDaySumsCache.DAYS_NAME).puts() + nodeB.cache(ClusterDaySumsCache.NAME).puts()
                + nodeB.cache(ClusterDaySumsCache.DAYS_NAME).puts());

        won(2, "ann", 50_00, LocalDate.of(2026, 5, 6));
        a.forgetRanges(List.of(WEEK.key()));
        assertEquals(150_00, b.byRange(List.of(WEEK)).get(WEEK).get("ann").totals().get(EUR).wonMinor());
        assertEquals(150_00, a.byRange(List.of(WEEK)).get(WEEK).get("ann").totals().get(EUR).wonMinor());
    }
}
