package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.service.ProjectBrowsing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Badges as a viewer may read them: the deal's issue key only if the viewer may browse the deal's project, else no
 * key, so the reason says "a deal". A key alone reveals that an issue exists in a project the viewer cannot open.
 * One batch: the viewer's hidden projects, then (only if there are any) the projects of the badges' deals.
 */
final class DealKeyFilter {

    private final DealProjects dealProjects;
    private final ProjectBrowsing browsing;

    DealKeyFilter(DealProjects dealProjects, ProjectBrowsing browsing) {
        this.dealProjects = dealProjects;
        this.browsing = browsing;
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
        Set<Long> hidden = browsing.projectsHiddenFrom(viewerKey);
        if (hidden.isEmpty()) {
            return badgesOf;
        }
        Map<Long, Long> projects = dealProjects.projectsOf(deals);
        Map<String, List<Badge>> visible = new HashMap<>();
        badgesOf.forEach((person, badges) -> visible.put(person, badges.stream()
                .map(badge -> readable(badge, projects, hidden) ? badge : withoutKey(badge)).toList()));
        return visible;
    }

    private static boolean readable(Badge badge, Map<Long, Long> projects, Collection<Long> hidden) {
        Optional<Long> project = badge.award().deal().map(projects::get);
        return badge.dealKey().isEmpty() || project.isPresent() && !hidden.contains(project.get());
    }

    private static Badge withoutKey(Badge badge) {
        return new Badge(badge.award(), Optional.empty(), badge.awardedAt(), badge.seen());
    }
}
