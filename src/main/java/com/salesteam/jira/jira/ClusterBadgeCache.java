package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.service.badge.BadgeCache;
import com.salesteam.jira.store.BadgeRepository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People's badges on Jira's cluster cache, one entry per person: removing a person on one node removes them on all
 * (replication by invalidation). The service fills missing people in one read and puts them; the loader, one
 * person at a time, only serves an entry that expired between the check and the read.
 */
public class ClusterBadgeCache implements BadgeCache {

    static final String NAME = ClusterBadgeCache.class.getName() + ".badges";
    static final int MAX_ENTRIES = 10_000;
    /** Bounds how long a read that raced an award can show the person without it. */
    static final long EXPIRY_MINUTES = 30;

    private final Cache<String, List<Badge>> cache;

    public ClusterBadgeCache(CacheManager cacheManager, BadgeRepository badges) {
        this.cache = cacheManager.getCache(NAME, person -> List.copyOf(badges.ofPeople(List.of(person))),
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, MAX_ENTRIES));
    }

    @Override
    public Map<String, List<Badge>> cached(Collection<String> people) {
        Map<String, List<Badge>> found = new HashMap<>();
        for (String person : people) {
            if (cache.containsKey(person)) {
                found.put(person, cache.get(person));
            }
        }
        return found;
    }

    @Override
    public void put(Map<String, List<Badge>> badges) {
        badges.forEach(cache::put);
    }

    @Override
    public void forget(Collection<String> people) {
        people.forEach(cache::remove);
    }
}
