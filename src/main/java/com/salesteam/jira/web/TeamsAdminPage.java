package com.salesteam.jira.web;

import com.salesteam.jira.model.GroupSyncStatus;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.UserDirectory;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the Velocity context of the teams admin page; kept apart from the servlet so tests render it. */
public class TeamsAdminPage implements AdminPage {

    public static final String TEMPLATE = "templates/admin/teams.vm";
    /** Sync times in UTC, the same for every admin of a cluster spread over time zones. */
    private static final DateTimeFormatter SYNC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

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
        Map<Long, GroupSyncStatus> syncs = teams.syncStatuses();
        List<TeamRow> rows = all.stream()
                .map(team -> {
                    Optional<GroupSyncStatus> sync = team.groupName().flatMap(group -> Optional.ofNullable(syncs.get(team.id())));
                    String group = team.groupName().orElse("");
                    return new TeamRow(team.id(), team.name(), team.description(),
                            team.parentId().map(names::get).orElse(""),
                            team.managerKey().map(displayName).orElse(""),
                            team.memberKeys().size(), group,
                            sync.map(status -> SYNC_TIME.format(status.at())).orElse(""),
                            sync.map(status -> outcome(status, group)).orElse(""),
                            sync.flatMap(GroupSyncStatus::errorKey).isPresent());
                })
                .toList();
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        context.put("teams", rows);
        context.put("noTeams", rows.isEmpty());
        return context;
    }

    private String outcome(GroupSyncStatus status, String group) {
        return status.errorKey().map(key -> translator.text(key, group))
                .orElseGet(() -> translator.text("salesteam.teams.sync.outcome", status.added(), status.removed()));
    }
}
