package com.salesteam.jira.testing;

import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.service.badge.BadgeCache;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The badge cache of one node, for tests and the sandbox. */
public final class MemoryBadgeCache implements BadgeCache {

    private final Map<String, List<Badge>> values = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<Badge>> cached(Collection<String> people) {
        Map<String, List<Badge>> found = new HashMap<>();
        people.forEach(person -> {
            List<Badge> badges = values.get(person);
            if (badges != null) {
                found.put(person, badges);
            }
        });
        return found;
    }

    @Override
    public void put(Map<String, List<Badge>> badges) {
        values.putAll(badges);
    }

    @Override
    public void forget(Collection<String> people) {
        people.forEach(values::remove);
    }

    public boolean contains(String person) {
        return values.containsKey(person);
    }
}
