package com.salesteam.jira.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The teams as a tree, answering who is under whom: a manager manages the members of their teams and of every
 * team nested below them. Cycles cannot be stored, but the walk is guarded anyway.
 */
public final class TeamHierarchy {

    private final Map<Long, Team> byId = new HashMap<>();
    private final Map<Long, List<Team>> children = new HashMap<>();

    public TeamHierarchy(List<Team> teams) {
        for (Team team : teams) {
            byId.put(team.id(), team);
        }
        for (Team team : teams) {
            team.parentId().filter(byId::containsKey)
                    .ifPresent(parent -> children.computeIfAbsent(parent, id -> new ArrayList<>()).add(team));
        }
    }

    public List<Team> all() {
        return List.copyOf(byId.values());
    }

    /** True when {@code userKey} manages at least one team. */
    public boolean managesAny(String userKey) {
        return byId.values().stream().anyMatch(team -> team.managerKey().equals(Optional.of(userKey)));
    }

    public Optional<Team> team(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Team> childrenOf(long teamId) {
        return List.copyOf(children.getOrDefault(teamId, List.of()));
    }

    /** The team and every team below it, the team first. */
    public List<Team> subtree(long teamId) {
        List<Team> result = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        Deque<Long> queue = new ArrayDeque<>();
        queue.add(teamId);
        while (!queue.isEmpty()) {
            long id = queue.poll();
            Team team = byId.get(id);
            if (team != null && seen.add(id)) {
                result.add(team);
                children.getOrDefault(id, List.of()).forEach(child -> queue.add(child.id()));
            }
        }
        return result;
    }

    /** Everyone whose figures roll up into the team: members of the team and of all teams below it. */
    public Set<String> rollUpMembers(long teamId) {
        Set<String> members = new LinkedHashSet<>();
        for (Team team : subtree(teamId)) {
            members.addAll(team.memberKeys());
        }
        return members;
    }

    /** True when {@code managerKey} manages this team or a team above it. */
    public boolean manages(String managerKey, long teamId) {
        Set<Long> seen = new LinkedHashSet<>();
        Optional<Team> cursor = team(teamId);
        while (cursor.isPresent() && seen.add(cursor.get().id())) {
            if (cursor.get().managerKey().equals(Optional.of(managerKey))) {
                return true;
            }
            cursor = cursor.get().parentId().flatMap(this::team);
        }
        return false;
    }

    /** True when {@code managerKey} manages a team that {@code repKey} belongs to (directly or above it). */
    public boolean managesPerson(String managerKey, String repKey) {
        return byId.values().stream()
                .filter(team -> team.memberKeys().contains(repKey))
                .anyMatch(team -> manages(managerKey, team.id()));
    }

    /**
     * The nearest manager from this team upwards who is not the person themself: a manager's own manager is the
     * manager of a team above theirs.
     */
    public Optional<String> managerAbove(String personKey, Team start) {
        Set<Long> seen = new LinkedHashSet<>();
        Optional<Team> team = Optional.of(start);
        while (team.isPresent() && seen.add(team.get().id())) {
            Optional<String> manager = team.get().managerKey().filter(key -> !key.equals(personKey));
            if (manager.isPresent()) {
                return manager;
            }
            team = team.get().parentId().flatMap(this::team);
        }
        return Optional.empty();
    }
}
