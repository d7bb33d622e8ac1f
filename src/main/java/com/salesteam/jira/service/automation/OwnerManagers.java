package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;

import java.util.LinkedHashSet;
import java.util.Set;

/** Who manages a rep: the manager of each team they are in; for a team they manage themselves, the next one up. */
final class OwnerManagers {

    private OwnerManagers() {
    }

    static Set<String> of(String repKey, TeamHierarchy hierarchy) {
        Set<String> managers = new LinkedHashSet<>();
        for (Team team : hierarchy.all()) {
            if (team.memberKeys().contains(repKey) || team.managerKey().filter(repKey::equals).isPresent()) {
                hierarchy.managerAbove(repKey, team).ifPresent(managers::add);
            }
        }
        return managers;
    }
}
