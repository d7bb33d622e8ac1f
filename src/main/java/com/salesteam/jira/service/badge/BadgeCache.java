package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.badge.Badge;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * People's badges kept between requests, so that a leaderboard shows badges without a statement of its own once
 * warm. A person is forgotten on every node when they are awarded a badge or see their badges.
 */
public interface BadgeCache {

    /** The cached badges of those of {@code people} who are cached; the others are absent from the map. */
    Map<String, List<Badge>> cached(Collection<String> people);

    void put(Map<String, List<Badge>> badges);

    void forget(Collection<String> people);
}
