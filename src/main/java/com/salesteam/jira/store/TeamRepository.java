package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.GroupSyncStatus;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Teams and their members in Active Objects. Every team row also holds its member keys (written with the member rows),
 * so reading the whole tree is one statement whatever the number of teams; the member rows serve lookups by person.
 */
public class TeamRepository {

    private final ActiveObjects ao;

    public TeamRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Every team, sorted by name, with its members. */
    public List<Team> findAll() {
        // sorted here, not by the database, so every database (and collation) gives the same order
        // streamed: read-only rows, as a large sales organisation has thousands of memberships
        List<Team> result = new ArrayList<>();
        ao.stream(TeamEntity.class, Query.select(), team -> result.add(toTeam(team)));
        result.sort(Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    /**
     * Those of these people who are members of a team other than {@code teamId}, whatever the number of teams: one
     * statement up to 1,999 people (IN lists of 1,000 joined), else one per 1,000.
     */
    public Set<String> inOtherTeams(long teamId, Collection<String> userKeys) {
        Set<String> found = new HashSet<>();
        for (List<String> keys : InList.perStatement(new HashSet<>(userKeys), 1)) {
            List<Object> parameters = InList.parameters(keys);
            parameters.add(teamId);
            ao.stream(TeamMemberEntity.class, Query.select().where(InList.of("USER_KEY", keys.size())
                    + " AND TEAM_ID <> ?", parameters.toArray()), row -> found.add(row.getUserKey()));
        }
        return found;
    }

    public Optional<Team> findById(long id) {
        return entity(id).map(TeamRepository::toTeam);
    }

    /** The id of the team with this name, ignoring case. */
    public Optional<Long> findIdByName(String name) {
        TeamEntity[] found = ao.find(TeamEntity.class, Query.select().where("NAME_KEY = ?", nameKey(name)));
        return found.length == 0 ? Optional.empty() : Optional.of((long) found[0].getID());
    }

    public Team create(TeamDraft draft) {
        return ao.executeInTransaction(() -> {
            TeamEntity team = ao.create(TeamEntity.class, Map.<String, Object>of("NAME", draft.name(), "NAME_KEY", nameKey(draft.name())));
            write(team, draft);
            return toTeam(team, draft.groupName().isEmpty() ? draft.memberKeys() : List.of());
        });
    }

    /**
     * Replaces the team's fields and members; empty if there is no such team. A team synced with a group keeps its
     * stored members: only a sync changes them, so the team is never empty between the save and the sync.
     */
    public Optional<Team> update(long id, TeamDraft draft) {
        return ao.executeInTransaction(() -> {
            Optional<TeamEntity> found = entity(id);
            found.ifPresent(team -> {
                if (draft.groupName().isEmpty()) {
                    ao.deleteWithSQL(TeamMemberEntity.class, "TEAM_ID = ?", id);
                }
                write(team, draft);
            });
            return found.map(team -> draft.groupName().isEmpty() ? toTeam(team, draft.memberKeys()) : toTeam(team));
        });
    }

    /** A team kept in sync with a Jira group. */
    public record GroupLink(long teamId, String groupName) {
    }

    /** Every team that names a group, in one statement. */
    public List<GroupLink> groupLinks() {
        List<GroupLink> links = new ArrayList<>();
        ao.stream(TeamEntity.class, Query.select().where("GROUP_NAME IS NOT NULL"),
                team -> links.add(new GroupLink(team.getID(), team.getGroupName())));
        links.sort(Comparator.comparingLong(GroupLink::teamId));
        return links;
    }

    /**
     * Records a sync in one transaction: the new members (all of them, one batch) when it changed any, and its
     * outcome. False if the team was deleted meanwhile.
     */
    public boolean recordSync(long teamId, Optional<List<String>> members, GroupSyncStatus status) {
        return ao.executeInTransaction(() -> {
            Optional<TeamEntity> found = entity(teamId);
            found.ifPresent(team -> {
                members.ifPresent(keys -> {
                    ao.deleteWithSQL(TeamMemberEntity.class, "TEAM_ID = ?", teamId);
                    insertMembers(teamId, keys);
                    team.setMemberKeys(MemberKeysColumn.of(keys));
                });
                team.setSyncedAt(status.at().toString());
                team.setSyncAdded(status.added());
                team.setSyncRemoved(status.removed());
                team.setSyncError(status.errorKey().orElse(null));
                team.save();
            });
            return found.isPresent();
        });
    }

    /** The last sync of every team that was ever synced, by team id, in one statement. */
    public Map<Long, GroupSyncStatus> syncStatuses() {
        Map<Long, GroupSyncStatus> statuses = new HashMap<>();
        ao.stream(TeamEntity.class, Query.select()
                .where("SYNCED_AT IS NOT NULL"), team -> statuses.put((long) team.getID(), new GroupSyncStatus(
                Instant.parse(team.getSyncedAt()), zeroIfNull(team.getSyncAdded()), zeroIfNull(team.getSyncRemoved()),
                Optional.ofNullable(team.getSyncError()))));
        return statuses;
    }

    /** Removes the team and its memberships; false if there was no such team. */
    public boolean delete(long id) {
        return ao.executeInTransaction(() -> {
            Optional<TeamEntity> found = entity(id);
            found.ifPresent(team -> {
                ao.deleteWithSQL(TeamMemberEntity.class, "TEAM_ID = ?", id);
                ao.delete(team);
            });
            return found.isPresent();
        });
    }

    private void write(TeamEntity team, TeamDraft draft) {
        team.setName(draft.name());
        team.setNameKey(nameKey(draft.name()));
        team.setDescription(draft.description());
        team.setParentTeamId(draft.parentId().orElse(0L));
        team.setManagerKey(draft.managerKey().orElse(null));
        team.setGroupName(draft.groupName().orElse(null));
        if (draft.groupName().isEmpty()) {
            team.setMemberKeys(MemberKeysColumn.of(draft.memberKeys()));
        }
        team.save();
        if (draft.groupName().isEmpty()) {
            insertMembers(team.getID(), draft.memberKeys());
        }
    }

    private void insertMembers(long teamId, List<String> userKeys) {
        if (!userKeys.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>(userKeys.size());
            for (String userKey : userKeys) {
                rows.add(Map.<String, Object>of("TEAM_ID", teamId, "USER_KEY", userKey));
            }
            ao.create(TeamMemberEntity.class, rows);
        }
    }

    private Optional<TeamEntity> entity(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(TeamEntity.class, (int) id));
    }

    private static Team toTeam(TeamEntity team) {
        return toTeam(team, MemberKeysColumn.read(team.getMemberKeys()));
    }

    private static Team toTeam(TeamEntity team, List<String> memberKeys) {
        long parent = team.getParentTeamId();
        return new Team(team.getID(), team.getName(), nullToEmpty(team.getDescription()),
                parent == 0 ? Optional.empty() : Optional.of(parent),
                Optional.ofNullable(team.getManagerKey()), memberKeys, Optional.ofNullable(team.getGroupName()));
    }

    private static int zeroIfNull(Integer count) {
        return count == null ? 0 : count;
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
