package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.review.ForecastAccuracy;
import com.salesteam.jira.model.review.ReviewSnapshot;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Review snapshots: written once, never updated or deleted. {@link #keepFirst} is the only write: the first
 * snapshot of a review stays, whatever comes later.
 */
public class ReviewSnapshotRepository {

    private final ActiveObjects ao;

    public ReviewSnapshotRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The review's snapshot: one statement. */
    public Optional<ReviewSnapshot> find(long reviewIssueId) {
        ReviewSnapEntity[] rows = ao.find(ReviewSnapEntity.class,
                Query.select().where("REVIEW_ISSUE_ID = ?", reviewIssueId));
        return rows.length == 0 ? Optional.empty() : Optional.of(toSnapshot(rows[0]));
    }

    /**
     * Stores the snapshot unless the review has one, and returns the one on record: the stored one when there was,
     * else this one. Two statements (a read, then the insert); should another node insert between them, the unique
     * review column refuses this insert and the other node's snapshot is returned.
     */
    public ReviewSnapshot keepFirst(ReviewSnapshot snapshot) {
        Optional<ReviewSnapshot> existing = find(snapshot.reviewIssueId());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            ao.executeInTransaction(() -> {
                ao.create(ReviewSnapEntity.class, List.of(row(snapshot)));
                return null;
            });
            return snapshot;
        } catch (RuntimeException raced) {
            return find(snapshot.reviewIssueId()).orElseThrow(() -> raced);
        }
    }

    /** A reviewee's snapshots, oldest first: one statement. */
    public List<ReviewSnapshot> forReviewee(String revieweeKey) {
        List<ReviewSnapshot> snapshots = new ArrayList<>();
        ao.stream(ReviewSnapEntity.class, Query.select().where("REVIEWEE_KEY = ?", revieweeKey),
                row -> snapshots.add(toSnapshot(row)));
        snapshots.sort((a, b) -> a.takenAt().compareTo(b.takenAt()));
        return snapshots;
    }

    private static Map<String, Object> row(ReviewSnapshot snapshot) {
        Map<String, Object> row = new HashMap<>();
        row.put("REVIEW_ISSUE_ID", snapshot.reviewIssueId());
        row.put("REVIEWEE_KEY", snapshot.revieweeKey());
        row.put("PERIOD_KEY", snapshot.periodKey());
        row.put("TAKEN_AT", snapshot.takenAt().toEpochMilli());
        row.put("ATTAINMENT", snapshot.attainmentPercent().map(BigDecimal::toPlainString).orElse(null));
        row.put("CLOSED_UNITS", snapshot.closedUnits());
        row.put("QUOTA_UNITS", snapshot.quotaUnits());
        row.put("CURRENCY", snapshot.currency().orElse(null));
        row.put("SCORE", snapshot.score().map(BigDecimal::toPlainString).orElse(null));
        row.put("ACCURACY", snapshot.forecastAccuracy().percent().map(BigDecimal::toPlainString).orElse(null));
        row.put("ACCURACY_NOTE", snapshot.forecastAccuracy().reasonKey());
        row.put("KPI_LINES", ReviewSnapshot.encodeKpis(snapshot.kpis()));
        return row;
    }

    private static ReviewSnapshot toSnapshot(ReviewSnapEntity row) {
        ForecastAccuracy accuracy = decimal(row.getAccuracy())
                .map(percent -> new ForecastAccuracy(Optional.of(percent), ""))
                .orElseGet(() -> ForecastAccuracy.notAvailable(text(row.getAccuracyNote()).isEmpty()
                        ? ForecastAccuracy.NOT_KEPT : row.getAccuracyNote()));
        return new ReviewSnapshot(row.getReviewIssueId(), row.getRevieweeKey(), row.getPeriodKey(),
                Instant.ofEpochMilli(row.getTakenAt()), decimal(row.getAttainment()), row.getClosedUnits(),
                row.getQuotaUnits(), Optional.ofNullable(row.getCurrency()), decimal(row.getScore()),
                ReviewSnapshot.decodeKpis(text(row.getKpiLines())), accuracy);
    }

    /** Oracle stores an empty text as NULL. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Optional<BigDecimal> decimal(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(value));
    }
}
