package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.DueReview;
import com.salesteam.jira.model.cadence.ReviewAssignee;
import com.salesteam.jira.model.cadence.ReviewCadence;
import com.salesteam.jira.model.cadence.ReviewCycle;
import com.salesteam.jira.model.cadence.ReviewKey;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.CycleReviewEntity;
import com.salesteam.jira.store.ReviewCycleEntity;
import com.salesteam.jira.store.ReviewCycleRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The review cycle run on the real-SQL store with a recording stand-in for Jira's IssueService. */
public class ReviewCycleRunTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, ReviewCycleEntity.class, CycleReviewEntity.class);

    private final List<DueReview> created = new ArrayList<>();
    private final List<String> summaries = new ArrayList<>();
    private final AtomicInteger nextId = new AtomicInteger(10_000);
    private String failingRep = "";
    private ReviewCycleRepository cycles;
    private long emea;

    /** Records what it was asked to create; refuses {@link #failingRep} as Jira would refuse a bad request. */
    private final ReviewIssues issues = (review, summary, marker) -> {
        if (review.key().repKey().equals(failingRep)) {
            throw new IllegalStateException("Jira refused the review: assignee: User 'x' cannot be assigned");
        }
        created.add(review);
        summaries.add(summary);
        int id = nextId.getAndIncrement();
        return new ReviewIssues.Created(id, "HR-" + id);
    };

    private final UserDirectory users = new UserDirectory() {
        @Override
        public Optional<Person> byKey(String userKey) {
            return Optional.of(new Person(userKey, userKey, userKey.toUpperCase(Locale.ROOT)));
        }

        @Override
        public Optional<Person> byUsername(String username) {
            return byKey(username);
        }
    };

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        emea = teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"),
                List.of("boss", "ann", "bob", "cy"))).id();
        cycles = new ReviewCycleRepository(db.ao());
        cycles.save(new ReviewCycle(emea, ReviewCadence.MONTHLY, 15, "SALES", ReviewAssignee.REP));
    }

    private ReviewCycleRun run(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        return new ReviewCycleRun(cycles, new TeamRepository(db.ao()), new SettingsRepository(db.ao()), issues, users,
                new PropertiesTranslator(Locale.ENGLISH), clock,
                new com.salesteam.jira.service.cadence.ClaimRecovery(new com.salesteam.jira.testing.MemoryClaimMarkers(), clock));
    }

    @Test
    public void createsOneReviewPerRepAtTheStartOfThePeriodDueOnTheConfiguredDay() {
        ReviewCycleRun.Outcome outcome = run("2026-11-01T06:00:00Z").run(() -> false);

        assertEquals(new ReviewCycleRun.Outcome(3, 0, 0, true), outcome);
        assertEquals(List.of("ann", "bob", "cy"), created.stream().map(review -> review.key().repKey()).toList());
        assertTrue(created.stream().allMatch(review -> review.dueDate().equals(LocalDate.of(2026, 11, 15))
                && review.managerKey().equals("boss") && review.projectKey().equals("SALES")));
        assertEquals("Performance review: ANN, November 2026", summaries.get(0));
        CycleReviewEntity ann = db.ao().find(CycleReviewEntity.class, net.java.ao.Query.select()
                .where("REP_KEY = ?", "ann"))[0];
        assertEquals("HR-10000", ann.getIssueKey());
        assertEquals(10_000L, ann.getIssueId());
        assertEquals(emea + "|FY2026-M11|ann", ann.getNaturalKey());
    }

    @Test
    public void aReRunInTheSamePeriodCreatesNothingAndTheNextPeriodCreatesItsOwn() {
        run("2026-11-01T06:00:00Z").run(() -> false);
        ReviewCycleRun.Outcome again = run("2026-11-01T12:00:00Z").run(() -> false);
        ReviewCycleRun.Outcome later = run("2026-11-20T12:00:00Z").run(() -> false);

        assertEquals(new ReviewCycleRun.Outcome(0, 0, 0, true), again);
        assertEquals(new ReviewCycleRun.Outcome(0, 0, 0, true), later);
        assertEquals(3, created.size());
        assertEquals(3, db.ao().count(CycleReviewEntity.class));

        ReviewCycleRun.Outcome december = run("2026-12-01T00:30:00Z").run(() -> false);
        assertEquals(3, december.created());
        assertEquals(6, db.ao().count(CycleReviewEntity.class));
    }

    @Test
    public void twoRunsStartedTogetherCreateEachReviewOnce() {
        // the second "node" read the claimed keys before the first wrote any: only the claims keep them apart
        ReviewCycleRun first = run("2026-11-01T06:00:00Z");
        ReviewCycleRepository racing = new ReviewCycleRepository(db.ao()) {
            @Override
            public java.util.Set<String> claimedKeys(java.util.Collection<String> periodKeys) {
                java.util.Set<String> before = super.claimedKeys(periodKeys);
                first.run(() -> false);
                return before;
            }
        };
        ReviewCycleRun.Outcome second = new ReviewCycleRun(racing, new TeamRepository(db.ao()),
                new SettingsRepository(db.ao()), issues, users, new PropertiesTranslator(Locale.ENGLISH),
                Clock.fixed(Instant.parse("2026-11-01T06:00:00Z"), ZoneOffset.UTC),
                new com.salesteam.jira.service.cadence.ClaimRecovery(new com.salesteam.jira.testing.MemoryClaimMarkers(), Clock.fixed(Instant.parse("2026-11-01T06:00:00Z"), ZoneOffset.UTC))).run(() -> false);

        assertEquals(new ReviewCycleRun.Outcome(0, 3, 0, true), second);
        assertEquals(3, created.size());
        assertEquals(3, db.ao().count(CycleReviewEntity.class));
    }

    @Test
    public void aRepJiraRefusesIsSkippedAndTriedAgainNextRun() {
        failingRep = "bob";

        ReviewCycleRun.Outcome outcome = run("2026-11-01T06:00:00Z").run(() -> false);

        assertEquals(new ReviewCycleRun.Outcome(2, 0, 1, true), outcome);
        assertEquals(2, db.ao().count(CycleReviewEntity.class));
        failingRep = "";
        ReviewCycleRun.Outcome retry = run("2026-11-01T12:00:00Z").run(() -> false);
        assertEquals(new ReviewCycleRun.Outcome(1, 0, 0, true), retry);
        assertEquals("bob", created.get(created.size() - 1).key().repKey());
    }

    @Test
    public void aReviewCreatedButNotRecordedKeepsItsClaimSoNoRunCreatesItTwice() {
        ReviewCycleRepository failingConfirm = new ReviewCycleRepository(db.ao()) {
            @Override
            public void confirm(ReviewKey key, long issueId, String issueKey) {
                throw new IllegalStateException("database went away");
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T06:00:00Z"), ZoneOffset.UTC);
        new ReviewCycleRun(failingConfirm, new TeamRepository(db.ao()), new SettingsRepository(db.ao()), issues, users,
                new PropertiesTranslator(Locale.ENGLISH), clock,
                new com.salesteam.jira.service.cadence.ClaimRecovery(new com.salesteam.jira.testing.MemoryClaimMarkers(), clock)).run(() -> false);

        ReviewCycleRun.Outcome again = run("2026-11-01T12:00:00Z").run(() -> false);

        assertEquals(3, created.size());
        assertEquals(new ReviewCycleRun.Outcome(0, 0, 0, true), again);
    }

    @Test
    public void noCyclesMeansNoWorkAndNoTeamRead() {
        cycles.delete(emea);
        db.statements().reset();

        assertEquals(new ReviewCycleRun.Outcome(0, 0, 0, true), run("2026-11-01T06:00:00Z").run(() -> false));
        assertEquals(1, db.statements().count());
        assertTrue(created.isEmpty());
    }

    @Test
    public void aCancelledRunStopsBetweenBatches() {
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < ReviewCycleRun.BATCH + 10; i++) {
            reps.add("rep" + i);
        }
        TeamRepository teams = new TeamRepository(db.ao());
        long big = teams.create(new TeamDraft("Big", "", Optional.empty(), Optional.of("boss"), reps)).id();
        cycles.delete(emea);
        cycles.save(new ReviewCycle(big, ReviewCadence.QUARTERLY, 1, "SALES", ReviewAssignee.MANAGER));

        ReviewCycleRun.Outcome outcome = run("2026-10-01T06:00:00Z").run(() -> true);

        assertFalse(outcome.complete());
        assertEquals(ReviewCycleRun.BATCH, outcome.created());
        assertTrue(created.stream().allMatch(review -> review.assigneeKey().equals("boss")));
    }
}
