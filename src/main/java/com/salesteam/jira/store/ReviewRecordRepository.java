package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.review.ReviewRecord;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Performance reviews as the issue listener last saw them: written per change, read per team for overviews. */
public class ReviewRecordRepository {

    private final ActiveObjects ao;

    public ReviewRecordRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Records the review as it is now: two statements in one transaction. */
    public void record(ReviewRecord review) {
        ao.executeInTransaction(() -> {
            PerfReviewEntity[] rows = ao.find(PerfReviewEntity.class, Query.select().where("ISSUE_ID = ?",
                    review.issueId()));
            if (rows.length == 0) {
                Map<String, Object> row = new HashMap<>();
                row.put("ISSUE_ID", review.issueId());
                row.put("ISSUE_KEY", review.issueKey());
                row.put("REVIEWEE_KEY", review.revieweeKey().orElse(null));
                row.put("PERIOD_KEY", review.periodKey());
                row.put("STATUS", review.status());
                row.put("SIGNED_OFF", review.signedOff());
                row.put("DUE_DAY", review.due().map(LocalDate::toEpochDay).orElse(null));
                ao.create(PerfReviewEntity.class, List.of(row));
            } else {
                PerfReviewEntity row = rows[0];
                row.setIssueKey(review.issueKey());
                row.setRevieweeKey(review.revieweeKey().orElse(null));
                row.setPeriodKey(review.periodKey());
                row.setStatus(review.status());
                row.setSignedOff(review.signedOff());
                row.setDueDay(review.due().map(LocalDate::toEpochDay).orElse(null));
                row.save();
            }
            return null;
        });
    }

    /** Forgets a deleted or retyped issue: one statement. */
    public void delete(long issueId) {
        ao.deleteWithSQL(PerfReviewEntity.class, "ISSUE_ID = ?", issueId);
    }

    /**
     * The reviews not yet signed off of these reviewees (a team's members), per reviewee by due day: one statement
     * per 1,000 reviewees. Due and overdue are then judged against today by {@link ReviewRecord#overdue}.
     */
    public Map<String, List<ReviewRecord>> openByReviewee(Collection<String> revieweeKeys) {
        Map<String, List<ReviewRecord>> open = new HashMap<>();
        List<String> reviewees = List.copyOf(revieweeKeys);
        for (int from = 0; from < reviewees.size(); from += InList.MAX_VALUES) {
            List<String> chunk = reviewees.subList(from, Math.min(reviewees.size(), from + InList.MAX_VALUES));
            List<Object> parameters = InList.parameters(chunk);
            parameters.add(false);
            ao.stream(PerfReviewEntity.class, Query.select().where(InList.of("REVIEWEE_KEY", chunk.size())
                    + " AND SIGNED_OFF = ?", parameters.toArray()), row -> open.computeIfAbsent(row.getRevieweeKey(),
                    key -> new ArrayList<>()).add(toRecord(row)));
        }
        Comparator<ReviewRecord> byDue = Comparator.comparing(review -> review.due().orElse(LocalDate.MAX));
        open.values().forEach(list -> list.sort(byDue.thenComparing(ReviewRecord::issueKey)));
        return open;
    }

    private static ReviewRecord toRecord(PerfReviewEntity row) {
        return new ReviewRecord(row.getIssueId(), row.getIssueKey(), Optional.ofNullable(row.getRevieweeKey()),
                row.getPeriodKey() == null ? "" : row.getPeriodKey(), row.getStatus() == null ? "" : row.getStatus(),
                row.isSignedOff(), Optional.ofNullable(row.getDueDay()).map(LocalDate::ofEpochDay));
    }
}
