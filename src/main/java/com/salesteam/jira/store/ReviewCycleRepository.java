package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.cadence.DueReview;
import com.salesteam.jira.model.cadence.OldClaim;
import com.salesteam.jira.model.cadence.ReviewAssignee;
import com.salesteam.jira.model.cadence.ReviewCadence;
import com.salesteam.jira.model.cadence.ReviewCycle;
import com.salesteam.jira.model.cadence.ReviewKey;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Teams' review cycles and the reviews they created. A review is claimed (its natural key written) before its
 * issue is created and confirmed with the issue after, so a re-run or a second node finds the claim and skips it.
 */
public class ReviewCycleRepository {

    private final ActiveObjects ao;

    public ReviewCycleRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Every team's cycle: one statement. */
    public List<ReviewCycle> cycles() {
        List<ReviewCycle> cycles = new ArrayList<>();
        ao.stream(ReviewCycleEntity.class, Query.select(), row -> toCycle(row).ifPresent(cycles::add));
        return cycles;
    }

    public Optional<ReviewCycle> cycle(long teamId) {
        ReviewCycleEntity[] rows = ao.find(ReviewCycleEntity.class, Query.select().where("TEAM_ID = ?", teamId));
        return rows.length == 0 ? Optional.empty() : toCycle(rows[0]);
    }

    /** Replaces the team's cycle (the old row deleted and the new written in one transaction). */
    public void save(ReviewCycle cycle) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(ReviewCycleEntity.class, "TEAM_ID = ?", cycle.teamId());
            Map<String, Object> row = new HashMap<>();
            row.put("TEAM_ID", cycle.teamId());
            row.put("CADENCE", cycle.cadence().name());
            row.put("DUE_DAY", cycle.dueDay());
            row.put("PROJECT_KEY", cycle.projectKey());
            row.put("ASSIGNEE", cycle.assignee().name());
            ao.create(ReviewCycleEntity.class, List.of(row));
            return null;
        });
    }

    /** Stops the team's cycle; the reviews it created stay. */
    public boolean delete(long teamId) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(ReviewCycleEntity.class, "TEAM_ID = ?", teamId) > 0);
    }

    /** The natural keys of the reviews already claimed for these periods: one statement. */
    public Set<String> claimedKeys(Collection<String> periodKeys) {
        Set<String> keys = new HashSet<>();
        List<String> periods = List.copyOf(new HashSet<>(periodKeys));
        if (!periods.isEmpty()) {
            ao.stream(CycleReviewEntity.class, Query.select().where(InList.of("PERIOD_KEY", periods.size()),
                    periods.toArray()), row -> keys.add(row.getNaturalKey()));
        }
        return keys;
    }

    /**
     * Claims the review in one transaction: false when its key is already there (checked first; the unique column
     * refuses a row a racing node wrote between the check and the insert, which also reads as false).
     */
    public boolean claim(DueReview review, Instant claimedAt) {
        try {
            return ao.executeInTransaction(() -> {
                if (ao.count(CycleReviewEntity.class, Query.select().where("NATURAL_KEY = ?",
                        review.key().text())) > 0) {
                    return false;
                }
                Map<String, Object> row = new HashMap<>();
                row.put("NATURAL_KEY", review.key().text());
                row.put("TEAM_ID", review.key().teamId());
                row.put("REP_KEY", review.key().repKey());
                row.put("PERIOD_KEY", review.key().periodKey());
                row.put("DUE_DAY", review.dueDate().toEpochDay());
                row.put("ISSUE_ID", 0L);
                row.put("CLAIMED_AT", claimedAt.toEpochMilli());
                row.put("MISSED_AT", 0L);
                row.put("UNMARKED", false);
                ao.create(CycleReviewEntity.class, List.of(row));
                return true;
            });
        } catch (RuntimeException raced) {
            if (ao.count(CycleReviewEntity.class, Query.select().where("NATURAL_KEY = ?", review.key().text())) > 0) {
                return false;
            }
            throw raced;
        }
    }

    /**
     * Claims still without their issue made before {@code claimedBefore} (or before claims recorded
     * their time), oldest first, at most {@code limit}: one statement.
     */
    public List<OldClaim> orphans(Instant claimedBefore, int limit) {
        return OldClaims.of(ao, CycleReviewEntity.class, null, claimedBefore, limit,
                row -> OldClaims.claim(row.getNaturalKey(), row.getClaimedAt(), row.isUnmarked(), row.getMissedAt()));
    }

    /** Records when a search first found no issue with the marker of this claim; a later miss keeps the first. */
    public void missed(String naturalKey, Instant at) {
        OldClaims.whileUnlinked(ao, CycleReviewEntity.class, "NATURAL_KEY", naturalKey, row -> {
            if (row.getMissedAt() == 0) {
                row.setMissedAt(at.toEpochMilli());
            }
        });
    }

    /** Records that the issue of this claim may lack its marker, so recovery never gives the claim up. */
    public void unmarked(String naturalKey) {
        OldClaims.whileUnlinked(ao, CycleReviewEntity.class, "NATURAL_KEY", naturalKey, row -> row.setUnmarked(true));
    }

    /** Records the issue created for a claimed review. */
    public void confirm(ReviewKey key, long issueId, String issueKey) {
        confirmByKey(key.text(), issueId, issueKey);
    }

    /** Records the issue created for the claim under this natural key. */
    public void confirmByKey(String naturalKey, long issueId, String issueKey) {
        ao.executeInTransaction(() -> {
            for (CycleReviewEntity row : ao.find(CycleReviewEntity.class, Query.select().where("NATURAL_KEY = ?",
                    naturalKey))) {
                row.setIssueId(issueId);
                row.setIssueKey(issueKey);
                row.save();
            }
            return null;
        });
    }

    /** Gives up a claim whose issue could not be created, so the next run tries again. */
    public void release(ReviewKey key) {
        releaseByKey(key.text());
    }

    /** Gives up the claim under this natural key while it has no issue. */
    public void releaseByKey(String naturalKey) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(CycleReviewEntity.class, "NATURAL_KEY = ? AND ISSUE_ID = ?",
                naturalKey, 0L));
    }

    /** A row a later version wrote with a cadence this one does not know is left out, not failed on. */
    private static Optional<ReviewCycle> toCycle(ReviewCycleEntity row) {
        try {
            return Optional.of(new ReviewCycle(row.getTeamId(), ReviewCadence.valueOf(row.getCadence()),
                    row.getDueDay(), row.getProjectKey(), ReviewAssignee.valueOf(row.getAssignee())));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
