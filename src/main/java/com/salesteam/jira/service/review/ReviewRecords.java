package com.salesteam.jira.service.review;

import com.salesteam.jira.model.review.ReviewRecord;
import com.salesteam.jira.store.ReviewRecordRepository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The reviews store, kept in step with Performance Review issues by the issue listener; read by team overviews
 * (reviews due and overdue per team), which decide who may see them.
 */
public class ReviewRecords {

    private final ReviewRecordRepository reviews;

    public ReviewRecords(ReviewRecordRepository reviews) {
        this.reviews = reviews;
    }

    public void record(ReviewRecord review) {
        reviews.record(review);
    }

    public void delete(long issueId) {
        reviews.delete(issueId);
    }

    public Map<String, List<ReviewRecord>> openByReviewee(Collection<String> revieweeKeys) {
        return reviews.openByReviewee(revieweeKeys);
    }
}
