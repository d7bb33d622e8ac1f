package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.cadence.DueMeeting;
import com.salesteam.jira.model.cadence.HeldMeeting;
import com.salesteam.jira.model.cadence.MeetingFrequency;
import com.salesteam.jira.model.cadence.OldClaim;
import com.salesteam.jira.model.cadence.OneOnOneSchedule;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reps' 1:1 schedules and the meetings held or created for them. A scheduled meeting is claimed (its natural key
 * written) before its issue is created and confirmed with the issue after, so a re-run or a second node finds the
 * claim and skips it; the issue listener then records when each meeting was held and its action items.
 */
public class OneOnOneRepository {

    private final ActiveObjects ao;

    public OneOnOneRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Every rep's schedule: one statement. */
    public List<OneOnOneSchedule> schedules() {
        List<OneOnOneSchedule> schedules = new ArrayList<>();
        ao.stream(OneOnOneEntity.class, Query.select(), row -> toSchedule(row).ifPresent(schedules::add));
        return schedules;
    }

    public Optional<OneOnOneSchedule> schedule(String repKey) {
        OneOnOneEntity[] rows = ao.find(OneOnOneEntity.class, Query.select().where("REP_KEY = ?", repKey));
        return rows.length == 0 ? Optional.empty() : toSchedule(rows[0]);
    }

    /** Replaces the rep's schedule (the old row deleted and the new written in one transaction). */
    public void save(OneOnOneSchedule schedule) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(OneOnOneEntity.class, "REP_KEY = ?", schedule.repKey());
            Map<String, Object> row = new HashMap<>();
            row.put("REP_KEY", schedule.repKey());
            row.put("MANAGER_KEY", schedule.managerKey());
            row.put("FREQUENCY", schedule.frequency().name());
            row.put("FIRST_DAY", schedule.firstMeeting().toEpochDay());
            row.put("PROJECT_KEY", schedule.projectKey());
            row.put("NOT_BEFORE", schedule.notBefore().toEpochDay());
            ao.create(OneOnOneEntity.class, List.of(row));
            return null;
        });
    }

    /** Stops the rep's schedule; the meetings it created stay. */
    public boolean delete(String repKey) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(OneOnOneEntity.class, "REP_KEY = ?", repKey) > 0);
    }

    /**
     * Each of these reps' latest claimed meeting day on or after {@code since}: one statement up to 1,999 reps (IN
     * lists of 1,000 joined), else one per 1,000. Meetings seen only as issues (not held yet) carry no day and are
     * not counted.
     */
    public Map<String, LocalDate> lastClaimedDays(Collection<String> repKeys, LocalDate since) {
        Map<String, LocalDate> last = new HashMap<>();
        for (List<String> reps : InList.perStatement(new HashSet<>(repKeys), 1)) {
            List<Object> parameters = InList.parameters(reps);
            parameters.add(since.toEpochDay());
            ao.stream(OneOnOneMeetEntity.class, Query.select().where(InList.of("REP_KEY", reps.size())
                    + " AND MEETING_DAY >= ?", parameters.toArray()), row -> last.merge(row.getRepKey(),
                    LocalDate.ofEpochDay(row.getMeetingDay()), (a, b) -> a.isAfter(b) ? a : b));
        }
        return last;
    }

    /**
     * Claims the meeting in one transaction: false when its key is already there (checked first; the unique column
     * refuses a row a racing node wrote between the check and the insert, which also reads as false).
     */
    public boolean claim(DueMeeting meeting, Instant claimedAt) {
        try {
            return ao.executeInTransaction(() -> {
                if (ao.count(OneOnOneMeetEntity.class, Query.select().where("NATURAL_KEY = ?", meeting.key())) > 0) {
                    return false;
                }
                Map<String, Object> row = new HashMap<>();
                row.put("NATURAL_KEY", meeting.key());
                row.put("REP_KEY", meeting.repKey());
                row.put("MEETING_DAY", meeting.day().toEpochDay());
                row.put("ISSUE_ID", 0L);
                row.put("HELD_AT", 0L);
                row.put("CLAIMED_AT", claimedAt.toEpochMilli());
                row.put("MISSED_AT", 0L);
                row.put("UNMARKED", false);
                ao.create(OneOnOneMeetEntity.class, List.of(row));
                return true;
            });
        } catch (RuntimeException raced) {
            if (ao.count(OneOnOneMeetEntity.class, Query.select().where("NATURAL_KEY = ?", meeting.key())) > 0) {
                return false;
            }
            throw raced;
        }
    }

    /**
     * Records the issue created for a claimed meeting. Jira fires issue-created inside the create, before this runs,
     * so the listener may already have recorded the issue under "issue:" + its id: that row is folded into the claim
     * (its held time and action items kept) and deleted, in the same transaction, so a meeting has one row.
     */
    public void confirm(String meetingKey, long issueId, String issueKey) {
        ao.executeInTransaction(() -> {
            OneOnOneMeetEntity[] claims = ao.find(OneOnOneMeetEntity.class, Query.select().where("NATURAL_KEY = ?",
                    meetingKey));
            if (claims.length == 0) {
                return null;
            }
            String seenKey = "issue:" + issueId;
            OneOnOneMeetEntity[] seen = ao.find(OneOnOneMeetEntity.class, Query.select().where("NATURAL_KEY = ?",
                    seenKey));
            for (OneOnOneMeetEntity row : claims) {
                row.setIssueId(issueId);
                row.setIssueKey(issueKey);
                if (seen.length > 0) {
                    row.setHeldAt(seen[0].getHeldAt());
                    row.setActionItems(seen[0].getActionItems());
                }
                row.save();
            }
            if (seen.length > 0) {
                ao.deleteWithSQL(OneOnOneMeetEntity.class, "NATURAL_KEY = ?", seenKey);
            }
            return null;
        });
    }

    /** The issue created for a claimed meeting; empty when unclaimed or not created yet. */
    public Optional<Long> issueIdOf(String meetingKey) {
        OneOnOneMeetEntity[] rows = ao.find(OneOnOneMeetEntity.class, Query.select().where("NATURAL_KEY = ?",
                meetingKey));
        return rows.length == 0 || rows[0].getIssueId() == 0 ? Optional.empty() : Optional.of(rows[0].getIssueId());
    }

    /**
     * The job's claims still without their issue made before {@code claimedBefore} (or before claims
     * recorded their time), oldest first, at most {@code limit}: one statement. A meeting seen only as an issue has
     * its issue, so it is never one of them.
     */
    public List<OldClaim> orphans(Instant claimedBefore, int limit) {
        return OldClaims.of(ao, OneOnOneMeetEntity.class, null, claimedBefore, limit,
                row -> OldClaims.claim(row.getNaturalKey(), row.getClaimedAt(), row.isUnmarked(), row.getMissedAt()));
    }

    /** Records when a search first found no issue with the marker of this claim; a later miss keeps the first. */
    public void missed(String naturalKey, Instant at) {
        OldClaims.whileUnlinked(ao, OneOnOneMeetEntity.class, "NATURAL_KEY", naturalKey, row -> {
            if (row.getMissedAt() == 0) {
                row.setMissedAt(at.toEpochMilli());
            }
        });
    }

    /** Records that the issue of this claim may lack its marker, so recovery never gives the claim up. */
    public void unmarked(String naturalKey) {
        OldClaims.whileUnlinked(ao, OneOnOneMeetEntity.class, "NATURAL_KEY", naturalKey, row -> row.setUnmarked(true));
    }

    /** Gives up a claim whose issue could not be created, so the next run tries again. */
    public void release(String meetingKey) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(OneOnOneMeetEntity.class, "NATURAL_KEY = ? AND ISSUE_ID = ?",
                meetingKey, 0L));
    }

    /**
     * Records a 1:1 Meeting issue as it is now: held at {@code heldAt} (empty: not held, or reopened) with its action
     * items. A meeting no schedule created (made by hand) gets its row here. One transaction of two statements.
     */
    public void recordMeeting(long issueId, String issueKey, String repKey, Optional<Instant> heldAt,
                              String actionItems) {
        ao.executeInTransaction(() -> {
            OneOnOneMeetEntity[] rows = ao.find(OneOnOneMeetEntity.class, Query.select().where("ISSUE_ID = ?",
                    issueId));
            long held = heldAt.map(Instant::toEpochMilli).orElse(0L);
            if (rows.length == 0) {
                Map<String, Object> row = new HashMap<>();
                row.put("NATURAL_KEY", "issue:" + issueId);
                row.put("REP_KEY", repKey);
                row.put("MEETING_DAY", heldAt.map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC).toEpochDay())
                        .orElse(0L));
                row.put("ISSUE_ID", issueId);
                row.put("ISSUE_KEY", issueKey);
                row.put("HELD_AT", held);
                row.put("ACTION_ITEMS", actionItems);
                ao.create(OneOnOneMeetEntity.class, List.of(row));
                return null;
            }
            for (OneOnOneMeetEntity row : rows) {
                row.setIssueKey(issueKey);
                row.setRepKey(repKey);
                row.setHeldAt(held);
                row.setActionItems(actionItems);
                row.save();
            }
            return null;
        });
    }

    /**
     * A deleted meeting issue no longer counts as held (its claim stays, so the job does not create the meeting of
     * that cycle again): one transaction of two statements.
     */
    public void forgetHeld(long issueId) {
        ao.executeInTransaction(() -> {
            for (OneOnOneMeetEntity row : ao.find(OneOnOneMeetEntity.class, Query.select().where("ISSUE_ID = ?",
                    issueId))) {
                row.setHeldAt(0L);
                row.setActionItems("");
                row.save();
            }
            return null;
        });
    }

    /**
     * Each rep's latest held meeting, for these reps: one statement up to 1,999 reps (IN lists of 1,000 joined), else
     * one per 1,000.
     */
    public Map<String, HeldMeeting> lastHeld(Collection<String> repKeys) {
        Map<String, HeldMeeting> last = new HashMap<>();
        for (List<String> reps : InList.perStatement(new HashSet<>(repKeys), 1)) {
            List<Object> parameters = InList.parameters(reps);
            parameters.add(0L);
            ao.stream(OneOnOneMeetEntity.class, Query.select().where(InList.of("REP_KEY", reps.size())
                    + " AND HELD_AT > ?", parameters.toArray()), row -> {
                        HeldMeeting seen = last.get(row.getRepKey());
                        if (seen == null || seen.heldAt().toEpochMilli() < row.getHeldAt()) {
                            last.put(row.getRepKey(), new HeldMeeting(row.getRepKey(),
                                    row.getIssueKey() == null ? "" : row.getIssueKey(),
                                    Instant.ofEpochMilli(row.getHeldAt()),
                                    row.getActionItems() == null ? "" : row.getActionItems()));
                        }
                    });
        }
        return last;
    }

    /** A row a later version wrote with a frequency this one does not know is left out, not failed on. */
    private static Optional<OneOnOneSchedule> toSchedule(OneOnOneEntity row) {
        try {
            return Optional.of(new OneOnOneSchedule(row.getRepKey(), row.getManagerKey(),
                    MeetingFrequency.valueOf(row.getFrequency()), LocalDate.ofEpochDay(row.getFirstDay()),
                    row.getProjectKey(), LocalDate.ofEpochDay(row.getNotBefore())));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
