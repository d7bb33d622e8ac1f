package com.salesteam.jira.service;

import com.salesteam.jira.model.GroupSyncStatus;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.TeamRepository.GroupLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Brings the stored members of teams that name a Jira group in line with the group's active users. No permission
 * check here: the scheduled job runs as nobody, and {@link TeamService} checks its callers before it calls in.
 * Idempotent: a second run against an unchanged group writes the same members and reports nothing added or removed.
 * When the group is gone (or too large) the members stay as they were and the outcome says why.
 */
public class TeamGroupSync {

    /** Teams synced between two checks for cancellation, and between two forgettings of the attainment cache. */
    public static final int BATCH = 25;
    /** A larger group is refused: a sales team is not 20,000 people, and its members are written in one batch. */
    public static final int MAX_MEMBERS = 20_000;

    static final String GROUP_MISSING = "salesteam.teams.sync.error.groupmissing";
    static final String GROUP_TOO_LARGE = "salesteam.teams.sync.error.toolarge";
    static final String FAILED = "salesteam.teams.sync.error.failed";

    private static final Logger LOG = LoggerFactory.getLogger(TeamGroupSync.class);

    /** What a run over all synced teams did. */
    public record Run(int teams, int changed, int failed, boolean complete) {
        public String summary() {
            return "synced " + teams + " teams with their groups: " + changed + " changed, " + failed + " failed"
                    + (complete ? "" : " (cancelled)");
        }
    }

    private final TeamRepository teams;
    private final GroupDirectory groups;
    private final AttainmentCache attainments;
    private final ScorecardCache scorecards;
    private final TeamTreeCache teamTree;
    private final Clock clock;
    private final TeamArrivals arrivals;

    public TeamGroupSync(TeamRepository teams, GroupDirectory groups, AttainmentCache attainments,
                         ScorecardCache scorecards, TeamTreeCache teamTree, Clock clock, TeamArrivals arrivals) {
        this.teams = teams;
        this.groups = groups;
        this.attainments = attainments;
        this.scorecards = scorecards;
        this.teamTree = teamTree;
        this.clock = clock;
        this.arrivals = arrivals;
    }

    /** Syncs one team now; empty if it does not exist or names no group. */
    public Optional<GroupSyncStatus> sync(long teamId) {
        return teams.findById(teamId).flatMap(this::sync);
    }

    /** Syncs a team just read, without reading it again; empty if it names no group or is gone. */
    public Optional<GroupSyncStatus> sync(Team team) {
        return sync(team, List.of());
    }

    /**
     * Syncs a team just saved; {@code membersBefore} were in it before that save (which cleared the members of a
     * team linked to a group), so they are not told to onboarding as added.
     */
    public Optional<GroupSyncStatus> sync(Team team, Collection<String> membersBefore) {
        Optional<GroupSyncStatus> status = Optional.of(team).filter(Team::synced)
                .flatMap(synced -> syncTeam(synced, membersBefore));
        if (status.map(GroupSyncStatus::changedMembers).orElse(false)) {
            forgetTeams();
        }
        return status;
    }

    /** Syncs every team that names a group, in batches; one failing team is logged, recorded and skipped. */
    public Run syncAll(BooleanSupplier cancelled) {
        List<GroupLink> links = teams.groupLinks();
        int done = 0;
        int changed = 0;
        int failed = 0;
        for (int start = 0; start < links.size(); start += BATCH) {
            if (cancelled.getAsBoolean()) {
                return new Run(done, changed, failed, false);
            }
            boolean batchChanged = false;
            for (GroupLink link : links.subList(start, Math.min(links.size(), start + BATCH))) {
                Optional<GroupSyncStatus> status;
                try {
                    status = teams.findById(link.teamId()).filter(Team::synced)
                            .flatMap(team -> syncTeam(team, List.of()));
                } catch (RuntimeException e) {
                    LOG.warn("Sales Team Manager: cannot sync team {} with the group {}; skipped", link.teamId(),
                            link.groupName(), e);
                    status = Optional.of(GroupSyncStatus.failed(clock.instant(), FAILED));
                }
                done++;
                if (status.map(GroupSyncStatus::changedMembers).orElse(false)) {
                    changed++;
                    batchChanged = true;
                }
                if (status.flatMap(GroupSyncStatus::errorKey).isPresent()) {
                    failed++;
                }
            }
            if (batchChanged) {
                forgetTeams();
            }
        }
        if (changed > 0) {
            // this node's next board reads no teams
            teamTree.reload();
        }
        return new Run(done, changed, failed, true);
    }

    /**
     * Who is in which team decides whose attainment a manager sees and which benchmarks count; the scorecard rules
     * (KPI definitions and weights) do not depend on teams and stay.
     */
    private void forgetTeams() {
        attainments.forgetAll();
        scorecards.forgetScores();
        teamTree.forget();
    }

    private Optional<GroupSyncStatus> syncTeam(Team team, Collection<String> membersBefore) {
        String group = team.groupName().orElseThrow();
        GroupSyncStatus status;
        Optional<List<String>> newMembers = Optional.empty();
        List<String> arrived = List.of();
        try {
            Optional<List<String>> wanted = groups.activeMemberKeys(group);
            if (wanted.isEmpty()) {
                status = GroupSyncStatus.failed(clock.instant(), GROUP_MISSING);
            } else if (new HashSet<>(wanted.get()).size() > MAX_MEMBERS) {
                status = GroupSyncStatus.failed(clock.instant(), GROUP_TOO_LARGE);
            } else {
                Set<String> target = new TreeSet<>(wanted.get());
                Set<String> current = new HashSet<>(team.memberKeys());
                int added = (int) target.stream().filter(key -> !current.contains(key)).count();
                int removed = (int) current.stream().filter(key -> !target.contains(key)).count();
                status = GroupSyncStatus.changed(clock.instant(), added, removed);
                if (status.changedMembers()) {
                    newMembers = Optional.of(new ArrayList<>(target));
                    arrived = target.stream().filter(key -> !current.contains(key) && !membersBefore.contains(key))
                            .toList();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Sales Team Manager: cannot sync team {} with the group {}; skipped", team.id(), group, e);
            status = GroupSyncStatus.failed(clock.instant(), FAILED);
        }
        if (!teams.recordSync(team.id(), newMembers, status)) {
            return Optional.empty();
        }
        if (!arrived.isEmpty()) {
            // told once the members are saved, so onboarding never plans for someone the sync did not add
            arrivals.added(team.id(), arrived);
        }
        return Optional.of(status);
    }
}
