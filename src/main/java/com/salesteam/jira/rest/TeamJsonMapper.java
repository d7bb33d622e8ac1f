package com.salesteam.jira.rest;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.rest.entities.PersonJson;
import com.salesteam.jira.rest.entities.TeamJson;
import com.salesteam.jira.service.UserDirectory;

import javax.inject.Inject;
import java.util.List;

/** Turns teams into their JSON form, naming each person as Jira shows them. */
public class TeamJsonMapper {

    private final UserDirectory users;

    @Inject
    public TeamJsonMapper(UserDirectory users) {
        this.users = users;
    }

    public List<TeamJson> toJson(List<Team> teams) {
        return teams.stream().map(this::toJson).toList();
    }

    public TeamJson toJson(Team team) {
        return new TeamJson(team.id(), team.name(), team.description(), team.parentId().orElse(null),
                team.managerKey().map(this::person).orElse(null),
                team.memberKeys().stream().map(this::person).toList(), team.groupName().orElse(null));
    }

    /** A user deleted from Jira still shows, under their key, so nobody silently drops out of a team. */
    private PersonJson person(String key) {
        String name = users.byKey(key).map(Person::displayName).orElse(key);
        return new PersonJson(key, name);
    }
}
