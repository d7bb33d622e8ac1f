package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.ClaimMarker;
import com.salesteam.jira.model.cadence.ReviewAssignee;
import com.salesteam.jira.model.cadence.ReviewCadence;
import com.salesteam.jira.model.cadence.ReviewCycle;
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
import com.salesteam.jira.testing.MemoryClaimMarkers;
import com.salesteam.jira.testing.PropertiesTranslator;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/**
 * A review run killed between claiming a review and recording its issue, and the later runs: the claim is completed
 * once after the safe age, linked when Jira has the marked issue, and left alone while it is fresh.
 */
public class ReviewCycleRecoveryTest {

    private static final String CRASH_AT = "2026-11-01T06:00:00Z";

    /** What a kill looks like to the run: nothing catches it. */
    private static final class Killed extends Error {
    }

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, ReviewCycleEntity.class, CycleReviewEntity.class);

    private final MemoryClaimMarkers markers = new MemoryClaimMarkers();
    private final List<String> created = new ArrayList<>();
    private boolean killOnAnn;
    private ReviewCycleRepository cycles;

    private final ReviewIssues issues = (review, summary, marker) -> {
        if (killOnAnn && review.key().repKey().equals("ann")) {
            throw new Killed();
        }
        created.add(review.key().repKey());
        return new ReviewIssues.Created(10_000 + created.size(), "HR-" + created.size());
    };

    private final UserDirectory users = new UserDirectory() {
        @Override
        public Optional<Person> byKey(String userKey) {
            return Optional.of(new Person(userKey, userKey, userKey));
        }

        @Override
        public Optional<Person> byUsername(String username) {
            return byKey(username);
        }
    };

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        long emea = teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"),
                List.of("boss", "ann", "bob"))).id();
        cycles = new ReviewCycleRepository(db.ao());
        cycles.save(new ReviewCycle(emea, ReviewCadence.MONTHLY, 15, "SALES", ReviewAssignee.REP));
        killOnAnn = true;
        assertThrows(Killed.class, () -> run(CRASH_AT));
        killOnAnn = false;
    }

    private ReviewCycleRun.Outcome run(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        return new ReviewCycleRun(cycles, new TeamRepository(db.ao()), new SettingsRepository(db.ao()), issues, users,
                new PropertiesTranslator(Locale.ENGLISH), clock, new ClaimRecovery(markers, clock)).run(() -> false);
    }

    private CycleReviewEntity annsClaim() {
        CycleReviewEntity[] rows = db.ao().find(CycleReviewEntity.class, Query.select().where("REP_KEY = ?", "ann"));
        assertEquals(1, rows.length);
        return rows[0];
    }

    @Test
    public void theKilledRunLeftAClaimWithoutAnIssueStampedWithItsTime() {
        assertEquals(0L, annsClaim().getIssueId());
        assertEquals(Instant.parse(CRASH_AT).toEpochMilli(), annsClaim().getClaimedAt());
        assertEquals(List.of(), created);
    }

    @Test
    public void aClaimOlderThanTheSafeAgeMissedByTwoSearchesHoursApartIsCompletedOnce() {
        ReviewCycleRun.Outcome later = run("2026-11-01T12:30:00Z");
        assertEquals("one miss releases nothing", List.of("bob"), created);
        ReviewCycleRun.Outcome sooner = run("2026-11-01T18:29:00Z");
        ReviewCycleRun.Outcome again = run("2026-11-01T18:30:00Z");
        ReviewCycleRun.Outcome last = run("2026-11-02T01:00:00Z");

        assertEquals(new ReviewCycleRun.Outcome(1, 0, 0, true), later);
        assertEquals(new ReviewCycleRun.Outcome(0, 0, 0, true), sooner);
        assertEquals(new ReviewCycleRun.Outcome(1, 0, 0, true), again);
        assertEquals(new ReviewCycleRun.Outcome(0, 0, 0, true), last);
        assertEquals(List.of("bob", "ann"), created);
        assertEquals("HR-2", annsClaim().getIssueKey());
        assertEquals("the new issue carries its claim's marker", "boss",
                markers.markedBy(ClaimMarker.of(ClaimMarker.Job.REVIEW, annsClaim().getNaturalKey())));
    }

    @Test
    public void aClaimFromBeforeClaimTimesIsNeverReleasedOnlyLinked() {
        db.engine().withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("UPDATE " + db.engine().tableName(CycleReviewEntity.class)
                        + " SET CLAIMED_AT = NULL");
            }
        });

        run("2026-11-01T12:30:00Z");
        run("2026-11-01T19:00:00Z");
        run("2026-11-02T02:00:00Z");

        assertEquals("its issue may exist unlabelled: never created again", List.of("bob"), created);
        assertEquals(0L, annsClaim().getIssueId());

        markers.existing(ClaimMarker.of(ClaimMarker.Job.REVIEW, annsClaim().getNaturalKey()), 777L, "HR-777");
        run("2026-11-02T03:00:00Z");
        assertEquals("HR-777", annsClaim().getIssueKey());
        assertEquals(List.of("bob"), created);
    }

    @Test
    public void aClaimWhoseIssueJiraMadeBeforeTheCrashIsLinkedNotCreatedAgain() {
        markers.existing(ClaimMarker.of(ClaimMarker.Job.REVIEW, annsClaim().getNaturalKey()), 777L, "HR-777");

        assertEquals(new ReviewCycleRun.Outcome(1, 0, 0, true), run("2026-11-01T12:30:00Z"));

        assertEquals(List.of("bob"), created);
        assertEquals(777L, annsClaim().getIssueId());
        assertEquals("HR-777", annsClaim().getIssueKey());
    }

    @Test
    public void aFreshClaimIsLeftToTheRunThatMayStillBeCreatingIt() {
        assertEquals(new ReviewCycleRun.Outcome(1, 0, 0, true), run("2026-11-01T11:59:00Z"));

        assertEquals(List.of("bob"), created);
        assertEquals(0L, annsClaim().getIssueId());
        assertEquals(0, markers.searches());
    }

    @Test
    public void whenJiraCannotSearchTheOldClaimStaysAndNothingIsCreatedTwice() {
        markers.searchFails();

        run("2026-11-01T12:30:00Z");

        assertEquals(List.of("bob"), created);
        assertEquals(0L, annsClaim().getIssueId());
    }
}
