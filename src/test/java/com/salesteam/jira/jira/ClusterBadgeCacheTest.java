package com.salesteam.jira.jira;

import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.store.BadgeRepository;
import com.salesteam.jira.testing.MapCache;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The badge cache on Jira's cache API: cluster settings, only cached people answered, forgotten by person. */
public class ClusterBadgeCacheTest {

    private static final Badge BADGE = new Badge(new Award("ann", BadgeKind.QUOTA_MET, "FY2026-Q2", Optional.empty()),
            Optional.empty(), Instant.EPOCH, false);

    private final BadgeRepository repository = mock(BadgeRepository.class);
    private MapCache<List<Badge>> backing;
    private CacheSettings settings;
    private ClusterBadgeCache cache;

    @SuppressWarnings("unchecked")
    @Before
    public void setUp() {
        CacheManager manager = mock(CacheManager.class);
        ArgumentCaptor<CacheLoader<String, List<Badge>>> loader = ArgumentCaptor.forClass(CacheLoader.class);
        ArgumentCaptor<CacheSettings> settingsCaptor = ArgumentCaptor.forClass(CacheSettings.class);
        when(manager.getCache(eq(ClusterBadgeCache.NAME), loader.capture(), settingsCaptor.capture()))
                .thenAnswer(call -> {
                    backing = new MapCache<>(call.getArgument(1));
                    return backing;
                });
        cache = new ClusterBadgeCache(manager, repository);
        settings = settingsCaptor.getValue();
    }

    @Test
    public void aBoundedClusterCacheReplicatedByInvalidationWhoseEntriesExpire() {
        assertEquals(Boolean.FALSE, settings.getLocal());
        assertEquals(Boolean.FALSE, settings.getReplicateViaCopy());
        assertEquals(Integer.valueOf(ClusterBadgeCache.MAX_ENTRIES), settings.getMaxEntries());
        assertEquals(Long.valueOf(TimeUnit.MINUTES.toMillis(ClusterBadgeCache.EXPIRY_MINUTES)),
                settings.getExpireAfterWrite());
    }

    @Test
    public void answersOnlyCachedPeopleAndForgetsByPerson() {
        assertTrue(cache.cached(List.of("ann", "bob")).isEmpty());

        cache.put(Map.of("ann", List.of(BADGE), "bob", List.of()));
        assertEquals(Map.of("ann", List.of(BADGE), "bob", List.of()), cache.cached(List.of("ann", "bob", "carl")));

        cache.forget(List.of("ann"));
        assertEquals(Map.of("bob", List.of()), cache.cached(List.of("ann", "bob")));
        assertFalse(backing.containsKey("ann"));
    }

    @Test
    public void theLoaderReadsOnePersonFromTheStore() {
        when(repository.ofPeople(List.of("ann"))).thenReturn(List.of(BADGE));

        assertEquals(List.of(BADGE), backing.get("ann"));
    }
}
