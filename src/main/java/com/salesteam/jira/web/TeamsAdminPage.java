package com.salesteam.jira.web;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.UserDirectory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the Velocity context of the teams admin page; kept apart from the servlet so tests render it. */
public class TeamsAdminPage implements AdminPage {

    public static final String TEMPLATE = "templates/admin/teams.vm";

    private final TeamService teams;
    private final UserDirectory users;
    private final Translator translator;

    public TeamsAdminPage(TeamService teams, UserDirectory users, Translator translator) {
        this.teams = teams;
        this.users = users;
        this.translator = translator;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> context() {
        List<Team> all = teams.list();
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Team::id, Team::name));
        Function<String, String> displayName = key -> users.byKey(key).map(Person::displayName).orElse(key);
        List<TeamRow> rows = all.stream()
                .map(team -> new TeamRow(team.id(), team.name(), team.description(),
                        team.parentId().map(names::get).orElse(""),
                        team.managerKey().map(displayName).orElse(""),
                        team.memberKeys().size()))
                .toList();
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        context.put("teams", rows);
        return context;
    }
}
