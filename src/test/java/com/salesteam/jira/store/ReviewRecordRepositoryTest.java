package com.salesteam.jira.store;

import com.salesteam.jira.model.review.ReviewRecord;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The reviews store on a real database: a team's open reviews by due day, in one statement per 1,000 reviewees. */
@RunWith(Parameterized.class)
public class ReviewRecordRepositoryTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;
    private ReviewRecordRepository reviews;

    public ReviewRecordRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, PerfReviewEntity.class);
    }

    @Before
    public void setUp() {
        reviews = new ReviewRecordRepository(db.ao());
    }

    private static ReviewRecord review(long id, String reviewee, boolean signedOff, LocalDate due) {
        return new ReviewRecord(id, "SALES-" + id, Optional.of(reviewee), "FY2026-Q2", signedOff ? "Signed Off"
                : "Manager Review", signedOff, Optional.ofNullable(due));
    }

    @Test
    public void openReviewsComePerRevieweeByDueDayAndSigningOffOrDeletingTakesThemOut() {
        reviews.record(review(1, "li.wei", false, LocalDate.of(2026, 7, 15)));
        reviews.record(review(2, "li.wei", false, LocalDate.of(2026, 7, 1)));
        reviews.record(review(3, "ann", false, null));
        reviews.record(review(4, "bob", true, LocalDate.of(2026, 7, 1)));
        List<String> team = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            team.add("rep" + i);
        }
        team.addAll(List.of("li.wei", "ann", "bob"));

        db.statements().reset();
        Map<String, List<ReviewRecord>> open = reviews.openByReviewee(team);
        assertEquals(2, db.statements().count());
        assertEquals(List.of("SALES-2", "SALES-1"), open.get("li.wei").stream().map(ReviewRecord::issueKey).toList());
        assertTrue(open.get("li.wei").get(0).overdue(LocalDate.of(2026, 7, 2)));
        assertFalse(open.get("li.wei").get(1).overdue(LocalDate.of(2026, 7, 2)));
        assertEquals(Optional.empty(), open.get("ann").get(0).due());
        assertFalse("signed off", open.containsKey("bob"));

        reviews.record(review(2, "li.wei", true, LocalDate.of(2026, 7, 1)));
        reviews.delete(1);
        assertFalse(reviews.openByReviewee(List.of("li.wei")).containsKey("li.wei"));
        assertEquals(3, db.ao().count(PerfReviewEntity.class));
    }
}
