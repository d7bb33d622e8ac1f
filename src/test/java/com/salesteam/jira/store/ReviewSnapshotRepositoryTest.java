package com.salesteam.jira.store;

import com.salesteam.jira.model.review.ForecastAccuracy;
import com.salesteam.jira.model.review.ReviewSnapshot;
import com.salesteam.jira.model.review.SnapshotKpi;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Review snapshots on a real database: stored exactly, read in one statement, and never changed. */
@RunWith(Parameterized.class)
public class ReviewSnapshotRepositoryTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;
    private ReviewSnapshotRepository snapshots;

    public ReviewSnapshotRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, ReviewSnapEntity.class);
    }

    @Before
    public void setUp() {
        snapshots = new ReviewSnapshotRepository(db.ao());
    }

    private static ReviewSnapshot snapshot(long review, String score, Instant at) {
        return new ReviewSnapshot(review, "li.wei", "FY2026-Q2", at, Optional.of(new BigDecimal("87.5")),
                8_750_000, 10_000_000, Optional.of("EUR"), Optional.of(new BigDecimal(score)),
                List.of(new SnapshotKpi("calls", "Calls\t<b>", "电话%09\n", Optional.of(new BigDecimal("42.50")),
                                new BigDecimal("60"), Optional.of(new BigDecimal("35.42"))),
                        new SnapshotKpi("coaching", "Coaching", "辅导", Optional.empty(), new BigDecimal("3"),
                                Optional.empty())),
                ForecastAccuracy.of(8_750_000, 9_000_000));
    }

    @Test
    public void aSnapshotIsStoredExactlyAndReadInOneStatement() {
        ReviewSnapshot taken = snapshot(10_100, "91.25", Instant.parse("2026-06-30T10:15:30.123Z"));
        assertEquals(taken, snapshots.keepFirst(taken));

        db.statements().reset();
        assertEquals(Optional.of(taken), snapshots.find(10_100));
        assertEquals(1, db.statements().count());
        assertEquals(Optional.empty(), snapshots.find(10_101));
    }

    @Test
    public void aSecondSnapshotOfTheSameReviewChangesNothingAndTheFirstIsReturned() {
        ReviewSnapshot first = snapshot(10_100, "91.25", Instant.parse("2026-06-30T10:15:30Z"));
        snapshots.keepFirst(first);
        ReviewSnapshot later = new ReviewSnapshot(10_100, "li.wei", "FY2026-Q3", Instant.parse("2026-09-30T10:00:00Z"),
                Optional.empty(), 0, 0, Optional.empty(), Optional.empty(), List.of(),
                ForecastAccuracy.notAvailable(ForecastAccuracy.NO_COMMIT));

        db.statements().reset();
        assertEquals(first, snapshots.keepFirst(later));
        assertEquals("the read found it: nothing was written", 1, db.statements().count());
        assertEquals(Optional.of(first), snapshots.find(10_100));
        assertEquals(1, db.ao().count(ReviewSnapEntity.class));
    }

    @Test
    public void theTableItselfRefusesASecondRowForAReviewAndTheEntityCannotBeChanged() {
        snapshots.keepFirst(snapshot(10_100, "91.25", Instant.parse("2026-06-30T10:15:30Z")));
        Map<String, Object> sneaky = new HashMap<>();
        sneaky.put("REVIEW_ISSUE_ID", 10_100L);
        sneaky.put("REVIEWEE_KEY", "li.wei");
        sneaky.put("PERIOD_KEY", "FY2026-Q2");
        sneaky.put("SCORE", "150");
        assertThrows(RuntimeException.class, () -> db.ao().create(ReviewSnapEntity.class, List.of(sneaky)));
        assertEquals(new BigDecimal("91.25"), snapshots.find(10_100).orElseThrow().score().orElseThrow());

        List<String> setters = Arrays.stream(ReviewSnapEntity.class.getDeclaredMethods()).map(Method::getName)
                .filter(name -> name.startsWith("set")).toList();
        assertTrue("no setter to change a stored snapshot with: " + setters, setters.isEmpty());
    }

    @Test
    public void aRevieweesSnapshotsComeOldestFirstInOneStatement() {
        ReviewSnapshot q2 = snapshot(10_100, "91.25", Instant.parse("2026-06-30T10:15:30Z"));
        ReviewSnapshot q1 = snapshot(10_050, "70", Instant.parse("2026-03-31T10:15:30Z"));
        snapshots.keepFirst(q2);
        snapshots.keepFirst(q1);
        db.statements().reset();
        assertEquals(List.of(q1, q2), snapshots.forReviewee("li.wei"));
        assertEquals(1, db.statements().count());
        assertEquals(List.of(), snapshots.forReviewee("someone.else"));
    }
}
