package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds a rep's 1:1, derived from the teams: the manager of the rep's team (the one with the lowest id when the
 * rep is in several, so every node picks the same); for a team the rep manages, the next manager up.
 */
public final class OneOnOneHost {

    private OneOnOneHost() {
    }

    public static Optional<String> of(String repKey, TeamHierarchy hierarchy) {
        return hierarchy.all().stream()
                .filter(team -> team.memberKeys().contains(repKey) || team.managerKey().filter(repKey::equals).isPresent())
                .sorted(Comparator.comparingLong(Team::id))
                .map(team -> managerAbove(repKey, team, hierarchy))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> managerAbove(String repKey, Team start, TeamHierarchy hierarchy) {
        Set<Long> seen = new HashSet<>();
        Optional<Team> team = Optional.of(start);
        while (team.isPresent() && seen.add(team.get().id())) {
            Optional<String> manager = team.get().managerKey().filter(key -> !key.equals(repKey));
            if (manager.isPresent()) {
                return manager;
            }
            team = team.get().parentId().flatMap(hierarchy::team);
        }
        return Optional.empty();
    }
}
