package com.salesteam.jira.jira;

import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.quota.RepAttainmentLoader;
import com.salesteam.jira.service.quota.RepFigures;
import com.salesteam.jira.testing.MapCache;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The attainment cache on Jira's cache API: settings that suit a cluster, keys that forget by rep. */
public class ClusterAttainmentCacheTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 20);

    private final RepAttainmentLoader loader = mock(RepAttainmentLoader.class);
    private MapCache<RepFigures> backing;
    private final List<String> loads = new java.util.ArrayList<>();
    private CacheSettings settings;
    private ClusterAttainmentCache cache;

    @SuppressWarnings("unchecked")
    @Before
    public void setUp() {
        CacheManager manager = mock(CacheManager.class);
        ArgumentCaptor<CacheLoader<String, RepFigures>> loaderCaptor = ArgumentCaptor.forClass(CacheLoader.class);
        ArgumentCaptor<CacheSettings> settingsCaptor = ArgumentCaptor.forClass(CacheSettings.class);
        when(manager.getCache(eq(ClusterAttainmentCache.NAME), loaderCaptor.capture(), settingsCaptor.capture()))
                .thenAnswer(call -> {
                    backing = new MapCache<>(call.getArgument(1));
                    return backing;
                });
        when(loader.load(any())).thenAnswer(call -> {
            String rep = call.getArgument(0);
            loads.add(rep);
            RepFigures figures = mock(RepFigures.class);
            when(figures.on(any(LocalDate.class))).thenAnswer(on -> new RepAttainment(rep,
                    on.<LocalDate>getArgument(0).toString(), Optional.empty(), Optional.empty(), Set.of()));
            when(figures.on(any(String.class), any(QuotaMetric.class))).thenAnswer(on -> new RepAttainment(rep,
                    on.getArgument(0) + "/" + on.<QuotaMetric>getArgument(1).key(), Optional.empty(), Optional.empty(),
                    Set.of()));
            return figures;
        });
        cache = new ClusterAttainmentCache(manager, loader);
        settings = settingsCaptor.getValue();
    }

    @Test
    public void aBoundedClusterCacheReplicatedByInvalidationWhoseEntriesExpire() {
        assertEquals(Boolean.FALSE, settings.getLocal());
        assertEquals(Boolean.FALSE, settings.getReplicateViaCopy());
        assertEquals(Integer.valueOf(ClusterAttainmentCache.MAX_ENTRIES), settings.getMaxEntries());
        assertEquals(Long.valueOf(TimeUnit.MINUTES.toMillis(ClusterAttainmentCache.EXPIRY_MINUTES)),
                settings.getExpireAfterWrite());
    }

    @Test
    public void oneEntryPerRepAnswersEveryDayAndIsForgottenByItsKeyOnEveryNode() {
        assertEquals("2026-05-20", cache.get("ann", MAY).periodKey());
        assertEquals("2026-06-29", cache.get("ann", MAY.plusDays(40)).periodKey());
        cache.get("bob", MAY);
        assertEquals("FY2026/deals-won", cache.get("bob", "FY2026", QuotaMetric.DEALS_WON).periodKey());
        assertEquals("any close date or goal period of a rep is answered from one load", List.of("ann", "bob"), loads);

        cache.forgetRep("bob");
        assertEquals(Set.of("ann"), Set.copyOf(backing.getKeys()));
        cache.get("bob", MAY);
        assertEquals(List.of("ann", "bob", "bob"), loads);
        cache.forgetAll();
        assertFalse(backing.containsKey("ann") || backing.containsKey("bob"));
    }
}
