package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;

import java.util.Comparator;
import java.util.Optional;

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
                .map(team -> hierarchy.managerAbove(repKey, team))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
