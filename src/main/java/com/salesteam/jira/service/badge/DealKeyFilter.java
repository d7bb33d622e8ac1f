package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.service.BrowsableDealKeys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Badges as a viewer may read them: the deal's issue key only if the viewer may browse that issue (issue security
 * levels count, as on commission statements), else no key, so the reason says "a deal". A key alone reveals that an
 * issue exists where the viewer cannot look. One batch per call: the deals of all the badges at once.
 */
final class DealKeyFilter {

    private final BrowsableDealKeys browsable;

    DealKeyFilter(BrowsableDealKeys browsable) {
        this.browsable = browsable;
    }

    List<Badge> visibleTo(String viewerKey, List<Badge> badges) {
        return visibleTo(viewerKey, Map.of(viewerKey, badges)).get(viewerKey);
    }

    /** Each person's badges, deal keys the viewer may not read removed. */
    Map<String, List<Badge>> visibleTo(String viewerKey, Map<String, List<Badge>> badgesOf) {
        List<Long> deals = badgesOf.values().stream().flatMap(List::stream)
                .filter(badge -> badge.dealKey().isPresent()).flatMap(badge -> badge.award().deal().stream())
                .distinct().toList();
        if (deals.isEmpty()) {
            return badgesOf;
        }
        Map<Long, String> readable = browsable.keysFor(viewerKey, deals);
        Map<String, List<Badge>> visible = new HashMap<>();
        badgesOf.forEach((person, badges) -> visible.put(person, badges.stream()
                .map(badge -> readable(badge, readable) ? badge : withoutKey(badge)).toList()));
        return visible;
    }

    private static boolean readable(Badge badge, Map<Long, String> readable) {
        return badge.dealKey().isEmpty() || badge.award().deal().filter(readable::containsKey).isPresent();
    }

    private static Badge withoutKey(Badge badge) {
        return new Badge(badge.award(), Optional.empty(), badge.awardedAt(), badge.seen());
    }
}
