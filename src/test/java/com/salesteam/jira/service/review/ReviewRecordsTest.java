package com.salesteam.jira.service.review;

import com.salesteam.jira.model.review.ReviewRecord;
import com.salesteam.jira.store.PerfReviewEntity;
import com.salesteam.jira.store.ReviewRecordRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** The reviews store's use cases over the real database. */
public class ReviewRecordsTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, PerfReviewEntity.class);

    @Test
    public void recordedReviewsAreReadBackPerRevieweeAndDeletedOnesAreGone() {
        ReviewRecords reviews = new ReviewRecords(new ReviewRecordRepository(db.ao()));
        ReviewRecord open = new ReviewRecord(1, "SALES-1", Optional.of("li.wei"), "FY2026-Q2", "Scheduled", false,
                Optional.of(LocalDate.of(2026, 7, 1)));
        reviews.record(open);
        assertEquals(Map.of("li.wei", List.of(open)), reviews.openByReviewee(List.of("li.wei", "ann")));
        reviews.delete(1);
        assertEquals(Map.of(), reviews.openByReviewee(List.of("li.wei")));
    }
}
