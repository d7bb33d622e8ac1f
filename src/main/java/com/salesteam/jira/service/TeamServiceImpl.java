package com.salesteam.jira.service;

import com.salesteam.jira.model.GroupSyncStatus;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.store.TeamRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public class TeamServiceImpl implements TeamService {

    private static final String ADMIN_ONLY = "salesteam.error.team.adminonly";

    private final TeamRepository teams;
    private final UserDirectory users;
    private final AccessGuard access;
    private final AttainmentCache attainments;
    private final ScorecardCache scorecards;
    private final TeamTreeCache teamTree;
    private final GroupDirectory groups;
    private final TeamGroupSync groupSync;
    private final TeamArrivals arrivals;

    public TeamServiceImpl(TeamRepository teams, UserDirectory users, CurrentUser currentUser,
                           AttainmentCache attainments, ScorecardCache scorecards, TeamTreeCache teamTree,
                           GroupDirectory groups, TeamGroupSync groupSync, TeamArrivals arrivals) {
        this.teams = teams;
        this.users = users;
        this.access = new AccessGuard(currentUser);
        this.attainments = attainments;
        this.scorecards = scorecards;
        this.teamTree = teamTree;
        this.groups = groups;
        this.groupSync = groupSync;
        this.arrivals = arrivals;
    }

    @Override
    public List<Team> list() {
        access.requireUser();
        return teams.findAll();
    }

    @Override
    public Team get(long id) {
        access.requireUser();
        return teams.findById(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Team create(TeamDraft draft) {
        access.requireAdmin(ADMIN_ONLY);
        TeamDraft clean = draft.trimmed();
        validate(clean, Optional.empty());
        Team created = teams.create(clean);
        forgetTeams();
        arrive(created, List.of());
        Team saved = syncedAtOnce(created, List.of());
        teamTree.reload();
        return saved;
    }

    @Override
    public Team update(long id, TeamDraft draft) {
        access.requireAdmin(ADMIN_ONLY);
        TeamDraft clean = draft.trimmed();
        Team before = teams.findById(id).orElseThrow(() -> notFound(id));
        validate(clean, Optional.of(id));
        Team updated = teams.update(id, clean).orElseThrow(() -> notFound(id));
        forgetTeams();
        arrive(updated, before.memberKeys());
        Team saved = syncedAtOnce(updated, before.memberKeys());
        teamTree.reload();
        return saved;
    }

    /**
     * Who manages whom decides who sees an attainment or a scorecard, and which benchmarks count; the KPI definitions
     * and weights do not depend on teams, so the scorecard rules stay. The tree is forgotten on every node at once
     * and read again here once the whole change (with its group sync) is saved.
     */
    private void forgetTeams() {
        attainments.forgetAll();
        scorecards.forgetScores();
        teamTree.forget();
    }

    /** Tells onboarding who the saved change added to the team (a synced team's group sync tells its own). */
    private void arrive(Team saved, List<String> membersBefore) {
        List<String> added = saved.memberKeys().stream().filter(member -> !membersBefore.contains(member)).toList();
        if (!added.isEmpty()) {
            arrivals.added(saved.id(), added);
        }
    }

    @Override
    public GroupSyncStatus syncNow(long id) {
        access.requireAdmin(ADMIN_ONLY);
        Team team = teams.findById(id).orElseThrow(() -> notFound(id));
        if (!team.synced()) {
            throw ServiceException.conflict("salesteam.error.team.group.notsynced", team.name());
        }
        GroupSyncStatus status = groupSync.sync(team).orElseThrow(() -> notFound(id));
        if (status.changedMembers()) {
            teamTree.reload();
        }
        return status;
    }

    @Override
    public Map<Long, GroupSyncStatus> syncStatuses() {
        access.requireAdmin(ADMIN_ONLY);
        return teams.syncStatuses();
    }

    /**
     * A team saved with a group takes the group's members at once, not at the next scheduled sync; those who were in
     * it before the save are no arrivals for onboarding.
     */
    private Team syncedAtOnce(Team saved, List<String> membersBefore) {
        if (!saved.synced()) {
            return saved;
        }
        groupSync.sync(saved, membersBefore);
        return teams.findById(saved.id()).orElse(saved);
    }

    @Override
    public void delete(long id) {
        access.requireAdmin(ADMIN_ONLY);
        List<Team> all = teams.findAll();
        if (all.stream().noneMatch(team -> team.id() == id)) {
            throw notFound(id);
        }
        List<String> children = all.stream()
                .filter(team -> team.parentId().equals(Optional.of(id)))
                .map(Team::name)
                .toList();
        if (!children.isEmpty()) {
            throw ServiceException.conflict("salesteam.error.team.haschildren", String.join(", ", children));
        }
        teams.delete(id);
        forgetTeams();
        teamTree.reload();
    }

    private void validate(TeamDraft draft, Optional<Long> self) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.name().isEmpty()) {
            errors.add(FieldError.of("name", "salesteam.error.team.name.required"));
        } else if (draft.name().length() > MAX_NAME_LENGTH) {
            errors.add(FieldError.of("name", "salesteam.error.team.name.toolong", MAX_NAME_LENGTH));
        } else {
            Optional<Long> sameName = teams.findIdByName(draft.name());
            if (sameName.isPresent() && !sameName.equals(self)) {
                errors.add(FieldError.of("name", "salesteam.error.team.name.duplicate", draft.name()));
            }
        }
        if (draft.description().length() > MAX_DESCRIPTION_LENGTH) {
            errors.add(FieldError.of("description", "salesteam.error.team.description.toolong", MAX_DESCRIPTION_LENGTH));
        }
        draft.parentId().ifPresent(parent -> validateParent(parent, self).ifPresent(errors::add));
        draft.managerKey().ifPresent(manager -> {
            if (users.byKey(manager).isEmpty()) {
                errors.add(FieldError.of("managerKey", "salesteam.error.team.manager.unknown", manager));
            }
        });
        draft.groupName().ifPresent(group -> validateGroup(draft, group).ifPresent(errors::add));
        Set<String> seen = new HashSet<>();
        // a synced team's members were refused as a whole above
        for (int i = 0; draft.groupName().isEmpty() && i < draft.memberKeys().size(); i++) {
            String member = draft.memberKeys().get(i);
            String field = "members[" + i + "]";
            if (member == null || member.isBlank()) {
                errors.add(FieldError.of(field, "salesteam.error.team.member.blank"));
            } else if (!seen.add(member)) {
                errors.add(FieldError.of(field, "salesteam.error.team.member.duplicate", member));
            } else if (users.byKey(member).isEmpty()) {
                errors.add(FieldError.of(field, "salesteam.error.team.member.unknown", member));
            }
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
    }

    /**
     * A synced team's members come from its group, so explicit members are refused rather than silently dropped:
     * the caller learns that their list would not be kept.
     */
    private Optional<FieldError> validateGroup(TeamDraft draft, String group) {
        if (group.length() > MAX_GROUP_NAME_LENGTH) {
            return Optional.of(FieldError.of("groupName", "salesteam.error.team.group.toolong", MAX_GROUP_NAME_LENGTH));
        }
        if (!draft.memberKeys().isEmpty()) {
            return Optional.of(FieldError.of("members", "salesteam.error.team.group.members", group));
        }
        if (!groups.exists(group)) {
            return Optional.of(FieldError.of("groupName", "salesteam.error.team.group.unknown", group));
        }
        return Optional.empty();
    }

    /** A parent must exist and must not be the team itself or one of its descendants (no cycles). */
    private Optional<FieldError> validateParent(long parent, Optional<Long> self) {
        Map<Long, Optional<Long>> parentOf = new HashMap<>();
        for (Team team : teams.findAll()) {
            parentOf.put(team.id(), team.parentId());
        }
        if (!parentOf.containsKey(parent)) {
            return Optional.of(FieldError.of("parentId", "salesteam.error.team.parent.unknown", parent));
        }
        if (self.isPresent()) {
            Set<Long> visited = new HashSet<>();
            Optional<Long> cursor = Optional.of(parent);
            while (cursor.isPresent() && visited.add(cursor.get())) {
                if (cursor.equals(self)) {
                    return Optional.of(FieldError.of("parentId", "salesteam.error.team.parent.cycle"));
                }
                cursor = parentOf.getOrDefault(cursor.get(), Optional.empty());
            }
        }
        return Optional.empty();
    }

    private static ServiceException notFound(long id) {
        return ServiceException.notFound("salesteam.error.team.notfound", id);
    }
}
