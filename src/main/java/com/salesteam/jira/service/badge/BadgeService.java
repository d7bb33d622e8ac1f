package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.BrowsableDealKeys;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.BadgeRepository;
import com.salesteam.jira.store.TeamRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading badges. A person's own badges are theirs to see; a manager sees those of the people in their teams
 * (and the teams below), an admin everyone's. A badge carries no amount, so showing one on a board reveals nothing
 * the board hides; a badge's deal key is given only to viewers who may browse the deal's issue.
 */
public class BadgeService {

    private final BadgeRepository badges;
    private final TeamRepository teams;
    private final BadgeCache cache;
    private final AccessGuard access;
    private final DealKeyFilter dealKeys;

    public BadgeService(BadgeRepository badges, TeamRepository teams, BadgeCache cache, CurrentUser currentUser,
                        BrowsableDealKeys browsableDealKeys) {
        this.badges = badges;
        this.teams = teams;
        this.cache = cache;
        this.access = new AccessGuard(currentUser);
        this.dealKeys = new DealKeyFilter(browsableDealKeys);
    }

    /**
     * A person's badges, newest first; {@code userKey} blank means the caller. Refused alike for a person who does
     * not exist and one outside the caller's teams.
     */
    public List<Badge> badgesOf(String userKey) {
        Caller caller = access.requireUser();
        String person = userKey == null || userKey.isBlank() ? caller.userKey() : userKey.strip();
        if (!caller.admin() && !person.equals(caller.userKey())
                && !new TeamHierarchy(teams.findAll()).managesPerson(caller.userKey(), person)) {
            throw ServiceException.forbidden("salesteam.error.badges.forbidden");
        }
        return dealKeys.visibleTo(caller.userKey(), badges.ofPeople(List.of(person)));
    }

    /**
     * The badges of people already shown to the caller (a leaderboard's rows): from the cache, and the people not
     * cached in one read. Checks no rights of its own beyond the deal keys: the board has checked them.
     */
    public Map<String, List<Badge>> onBoard(Collection<String> people) {
        Caller caller = access.requireUser();
        Set<String> wanted = new LinkedHashSet<>(people);
        Map<String, List<Badge>> found = new HashMap<>(cache.cached(wanted));
        Set<String> missing = new LinkedHashSet<>(wanted);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            Map<String, List<Badge>> read = new HashMap<>();
            missing.forEach(person -> read.put(person, new ArrayList<>()));
            badges.ofPeople(missing).forEach(badge -> read.get(badge.award().personKey()).add(badge));
            Map<String, List<Badge>> frozen = new HashMap<>();
            read.forEach((person, list) -> frozen.put(person, List.copyOf(list)));
            cache.put(frozen);
            found.putAll(frozen);
        }
        return dealKeys.visibleTo(caller.userKey(), found);
    }

    /** The caller has seen their new badges (the notification is read); how many were new. */
    public int markSeen() {
        Caller caller = access.requireUser();
        int seen = badges.markSeen(caller.userKey());
        cache.forget(List.of(caller.userKey()));
        return seen;
    }
}
