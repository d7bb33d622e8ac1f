package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.cadence.MeetingCadence;
import com.salesteam.jira.model.cadence.MeetingKey;
import com.salesteam.jira.model.cadence.OldClaim;
import com.salesteam.jira.model.cadence.TeamMeetingFrequency;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Teams' Sales Meeting cadences and the meetings created for them. A meeting is claimed (its natural key written)
 * before its issue is created and confirmed with the issue after, as the review cycles do.
 */
public class MeetingCadenceRepository {

    private final ActiveObjects ao;

    public MeetingCadenceRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Every team's cadence: one statement. */
    public List<MeetingCadence> cadences() {
        List<MeetingCadence> cadences = new ArrayList<>();
        ao.stream(MeetingCadenceEntity.class, Query.select(), row -> toCadence(row).ifPresent(cadences::add));
        return cadences;
    }

    public Optional<MeetingCadence> cadence(long teamId) {
        MeetingCadenceEntity[] rows = ao.find(MeetingCadenceEntity.class, Query.select().where("TEAM_ID = ?", teamId));
        return rows.length == 0 ? Optional.empty() : toCadence(rows[0]);
    }

    /**
     * Sets the team's cadence in one transaction, updating its row in place. A save racing another for a team that
     * had none loses the insert to the unique team column and is then retried as an update, so the team keeps one
     * cadence, the last one written.
     */
    public void save(MeetingCadence cadence) {
        try {
            ao.executeInTransaction(() -> {
                if (!update(cadence)) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("TEAM_ID", cadence.teamId());
                    row.put("FREQUENCIES", frequencies(cadence));
                    row.put("PROJECT_KEY", cadence.projectKey());
                    row.put("LEADERBOARD_TOP", cadence.leaderboardTop());
                    ao.create(MeetingCadenceEntity.class, List.of(row));
                }
                return null;
            });
        } catch (RuntimeException raced) {
            if (!ao.executeInTransaction(() -> update(cadence))) {
                throw raced;
            }
        }
    }

    private boolean update(MeetingCadence cadence) {
        MeetingCadenceEntity[] rows = ao.find(MeetingCadenceEntity.class,
                Query.select().where("TEAM_ID = ?", cadence.teamId()));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setFrequencies(frequencies(cadence));
        rows[0].setProjectKey(cadence.projectKey());
        rows[0].setLeaderboardTop(cadence.leaderboardTop());
        rows[0].save();
        return true;
    }

    private static String frequencies(MeetingCadence cadence) {
        return cadence.frequencies().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Stops the team's meetings; the issues already created stay. */
    public boolean delete(long teamId) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(MeetingCadenceEntity.class, "TEAM_ID = ?", teamId) > 0);
    }

    /** The natural keys of the meetings already claimed for these periods: one statement per 1,000 periods. */
    public Set<String> claimedKeys(Collection<String> periodKeys) {
        Set<String> keys = new HashSet<>();
        List<String> periods = List.copyOf(new HashSet<>(periodKeys));
        for (int from = 0; from < periods.size(); from += InList.MAX_VALUES) {
            List<String> chunk = periods.subList(from, Math.min(periods.size(), from + InList.MAX_VALUES));
            ao.stream(TeamMeetingEntity.class, Query.select().where(InList.of("PERIOD_KEY", chunk.size()),
                    chunk.toArray()), row -> keys.add(row.getNaturalKey()));
        }
        return keys;
    }

    /**
     * Claims the meeting in one transaction: false when its key is already there (checked first; the unique column
     * refuses a row a racing node wrote between the check and the insert, which also reads as false).
     */
    public boolean claim(MeetingKey key, Instant claimedAt) {
        try {
            return ao.executeInTransaction(() -> {
                if (claimed(key)) {
                    return false;
                }
                Map<String, Object> row = new HashMap<>();
                row.put("NATURAL_KEY", key.text());
                row.put("TEAM_ID", key.teamId());
                row.put("FREQUENCY", key.frequency().name());
                row.put("PERIOD_KEY", key.periodKey());
                row.put("ISSUE_ID", 0L);
                row.put("CLAIMED_AT", claimedAt.toEpochMilli());
                row.put("MISSED_AT", 0L);
                row.put("UNMARKED", false);
                ao.create(TeamMeetingEntity.class, List.of(row));
                return true;
            });
        } catch (RuntimeException raced) {
            if (claimed(key)) {
                return false;
            }
            throw raced;
        }
    }

    private boolean claimed(MeetingKey key) {
        return ao.count(TeamMeetingEntity.class, Query.select().where("NATURAL_KEY = ?", key.text())) > 0;
    }

    /**
     * Claims still without their issue made before {@code claimedBefore} (or before claims recorded
     * their time), oldest first, at most {@code limit}: one statement.
     */
    public List<OldClaim> orphans(Instant claimedBefore, int limit) {
        return OldClaims.of(ao, TeamMeetingEntity.class, null, claimedBefore, limit,
                row -> OldClaims.claim(row.getNaturalKey(), row.getClaimedAt(), row.isUnmarked(), row.getMissedAt()));
    }

    /** Records when a search first found no issue with the marker of this claim; a later miss keeps the first. */
    public void missed(String naturalKey, Instant at) {
        OldClaims.whileUnlinked(ao, TeamMeetingEntity.class, "NATURAL_KEY", naturalKey, row -> {
            if (row.getMissedAt() == 0) {
                row.setMissedAt(at.toEpochMilli());
            }
        });
    }

    /** Records that the issue of this claim may lack its marker, so recovery never gives the claim up. */
    public void unmarked(String naturalKey) {
        OldClaims.whileUnlinked(ao, TeamMeetingEntity.class, "NATURAL_KEY", naturalKey, row -> row.setUnmarked(true));
    }

    /** Records the issue created for a claimed meeting. */
    public void confirm(MeetingKey key, long issueId, String issueKey) {
        confirmByKey(key.text(), issueId, issueKey);
    }

    /** Records the issue created for the claim under this natural key. */
    public void confirmByKey(String naturalKey, long issueId, String issueKey) {
        ao.executeInTransaction(() -> {
            for (TeamMeetingEntity row : ao.find(TeamMeetingEntity.class, Query.select().where("NATURAL_KEY = ?",
                    naturalKey))) {
                row.setIssueId(issueId);
                row.setIssueKey(issueKey);
                row.save();
            }
            return null;
        });
    }

    /** Gives up a claim whose issue could not be created, so the next run tries again. */
    public void release(MeetingKey key) {
        releaseByKey(key.text());
    }

    /** Gives up the claim under this natural key while it has no issue. */
    public void releaseByKey(String naturalKey) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(TeamMeetingEntity.class, "NATURAL_KEY = ? AND ISSUE_ID = ?",
                naturalKey, 0L));
    }

    /** A row a later version wrote with a frequency this one does not know is left out, not failed on. */
    private static Optional<MeetingCadence> toCadence(MeetingCadenceEntity row) {
        try {
            Set<TeamMeetingFrequency> frequencies = EnumSet.noneOf(TeamMeetingFrequency.class);
            Arrays.stream(row.getFrequencies().split(",")).map(String::strip).filter(name -> !name.isEmpty())
                    .map(TeamMeetingFrequency::valueOf).forEach(frequencies::add);
            return Optional.of(new MeetingCadence(row.getTeamId(), frequencies, row.getProjectKey(),
                    row.getLeaderboardTop()));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
