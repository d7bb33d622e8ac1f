package com.salesteam.jira.store;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.cadence.DueMeeting;
import com.salesteam.jira.model.cadence.DueReview;
import com.salesteam.jira.model.cadence.MeetingKey;
import com.salesteam.jira.model.cadence.OldClaim;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.model.cadence.ReviewKey;
import com.salesteam.jira.model.cadence.TeamMeetingFrequency;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/**
 * The four claim stores' old claims on real SQL: only claims without an issue made before the given time (or before
 * claims recorded their time, read as NULL: link-only) come back, oldest first, up to the limit, in one statement,
 * with their first miss and whether their marker is missing.
 */
@RunWith(Parameterized.class)
public class ClaimStoresTest {

    private static final Instant LONG_AGO = Instant.parse("2026-11-20T01:00:00Z");
    private static final Instant CUTOFF = Instant.parse("2026-11-20T06:00:00Z");
    private static final Instant RECENT = Instant.parse("2026-11-20T08:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    public ClaimStoresTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, CycleReviewEntity.class, OneOnOneMeetEntity.class,
                TeamMeetingEntity.class, OnboardPlanEntity.class, OnboardStepEntity.class, OnboardTaskEntity.class,
                AppSettingEntity.class);
    }

    /** A claim written before version 6 recorded claim times (and before misses and marks were recorded). */
    private void forgetClaimTimes(Class<?> entity) {
        update(entity, "CLAIMED_AT = NULL, MISSED_AT = NULL, UNMARKED = NULL");
    }

    private void update(Class<?> entity, String set) {
        db.engine().withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("UPDATE " + db.engine().tableName(entity) + " SET " + set);
            }
        });
    }

    private static List<String> keys(List<OldClaim> claims) {
        return claims.stream().map(OldClaim::naturalKey).toList();
    }

    private static DueReview review(String rep) {
        Period period = Period.parse("FY2026-M11", FiscalCalendar.DEFAULT).orElseThrow();
        return new DueReview(new ReviewKey(1, rep, "FY2026-M11"), period, period.start(), "boss", rep, "SALES");
    }

    @Test
    public void reviewsOldClaimsWithoutAnIssueOldestFirstInOneStatement() {
        ReviewCycleRepository store = new ReviewCycleRepository(db.ao());
        store.claim(review("cy"), RECENT);
        store.claim(review("bob"), CUTOFF.minusSeconds(60));
        store.claim(review("ann"), LONG_AGO);
        store.claim(review("dee"), LONG_AGO);
        store.confirm(review("dee").key(), 5L, "HR-5");

        db.statements().reset();
        assertEquals(List.of(review("ann").key().text(), review("bob").key().text()), keys(store.orphans(CUTOFF, 10)));
        assertEquals(1, db.statements().count());
        assertEquals(List.of(review("ann").key().text()), keys(store.orphans(CUTOFF, 1)));

        store.releaseByKey(review("ann").key().text());
        store.confirmByKey(review("bob").key().text(), 6L, "HR-6");
        assertEquals(List.of(), keys(store.orphans(CUTOFF, 10)));
    }

    @Test
    public void claimsFromBeforeClaimTimesAreOldAndLinkOnly() {
        ReviewCycleRepository reviews = new ReviewCycleRepository(db.ao());
        reviews.claim(review("ann"), RECENT);
        forgetClaimTimes(CycleReviewEntity.class);
        assertEquals(List.of(new OldClaim(review("ann").key().text(), true, Optional.empty())),
                reviews.orphans(CUTOFF, 10));

        OneOnOneRepository meetings = new OneOnOneRepository(db.ao());
        meetings.claim(new DueMeeting("ann", "boss", LocalDate.of(2026, 11, 18), "SALES"), RECENT);
        forgetClaimTimes(OneOnOneMeetEntity.class);
        assertEquals(List.of(new OldClaim("2026-11-18|ann", true, Optional.empty())), meetings.orphans(CUTOFF, 10));

        MeetingCadenceRepository cadences = new MeetingCadenceRepository(db.ao());
        MeetingKey weekly = new MeetingKey(1, TeamMeetingFrequency.WEEKLY, "FY2026-W47");
        cadences.claim(weekly, RECENT);
        forgetClaimTimes(TeamMeetingEntity.class);
        assertEquals(List.of(new OldClaim(weekly.text(), true, Optional.empty())), cadences.orphans(CUTOFF, 10));
    }

    @Test
    public void claimsTimedBeforeMissesAndMarksWereRecordedAreReleasableNotMissedYet() {
        OnboardingRepository onboarding = new OnboardingRepository(db.ao());
        onboarding.create(new OnboardingTemplate("SALES", List.of(new OnboardingTask("a", "Mentoring", 1)))
                .planFor("ann", LocalDate.of(2026, 11, 2)));
        onboarding.claim("ann#0", LONG_AGO);
        update(OnboardStepEntity.class, "MISSED_AT = NULL, UNMARKED = NULL");

        assertEquals(List.of(new OldClaim("ann#0", false, Optional.empty())), onboarding.orphans(CUTOFF, 10));
    }

    @Test
    public void aFirstMissIsKeptAndAnUnmarkedClaimIsLinkOnlyInEveryStore() {
        ReviewCycleRepository reviews = new ReviewCycleRepository(db.ao());
        reviews.claim(review("ann"), LONG_AGO);
        reviews.claim(review("bob"), LONG_AGO.plusSeconds(1));
        reviews.missed(review("ann").key().text(), CUTOFF);
        reviews.missed(review("ann").key().text(), RECENT);
        reviews.unmarked(review("bob").key().text());
        assertEquals(List.of(new OldClaim(review("ann").key().text(), false, Optional.of(CUTOFF)),
                new OldClaim(review("bob").key().text(), true, Optional.empty())), reviews.orphans(CUTOFF, 10));

        OneOnOneRepository meetings = new OneOnOneRepository(db.ao());
        meetings.claim(new DueMeeting("ann", "boss", LocalDate.of(2026, 11, 18), "SALES"), LONG_AGO);
        meetings.missed("2026-11-18|ann", CUTOFF);
        meetings.unmarked("2026-11-18|ann");
        assertEquals(List.of(new OldClaim("2026-11-18|ann", true, Optional.of(CUTOFF))), meetings.orphans(CUTOFF, 10));

        MeetingCadenceRepository cadences = new MeetingCadenceRepository(db.ao());
        MeetingKey weekly = new MeetingKey(1, TeamMeetingFrequency.WEEKLY, "FY2026-W47");
        cadences.claim(weekly, LONG_AGO);
        cadences.missed(weekly.text(), CUTOFF);
        assertEquals(List.of(new OldClaim(weekly.text(), false, Optional.of(CUTOFF))), cadences.orphans(CUTOFF, 10));

        OnboardingRepository onboarding = new OnboardingRepository(db.ao());
        onboarding.create(new OnboardingTemplate("SALES", List.of(new OnboardingTask("a", "Mentoring", 1)))
                .planFor("ann", LocalDate.of(2026, 11, 2)));
        onboarding.claim("ann#0", LONG_AGO);
        onboarding.missed("ann#0", CUTOFF);
        onboarding.unmarked("ann#0");
        assertEquals(List.of(new OldClaim("ann#0", true, Optional.of(CUTOFF))), onboarding.orphans(CUTOFF, 10));
        onboarding.release("ann#0");
        onboarding.claim("ann#0", LONG_AGO);
        assertEquals("a new claim starts afresh", List.of(new OldClaim("ann#0", false, Optional.empty())),
                onboarding.orphans(CUTOFF, 10));
    }

    @Test
    public void oneOnOnesOldClaimsLeaveMeetingsSeenOnlyAsIssues() {
        OneOnOneRepository store = new OneOnOneRepository(db.ao());
        store.claim(new DueMeeting("ann", "boss", LocalDate.of(2026, 11, 18), "SALES"), LONG_AGO);
        store.claim(new DueMeeting("bob", "boss", LocalDate.of(2026, 11, 18), "SALES"), RECENT);
        store.recordMeeting(900L, "SALES-900", "cy", java.util.Optional.empty(), "");

        db.statements().reset();
        assertEquals(List.of("2026-11-18|ann"), keys(store.orphans(CUTOFF, 10)));
        assertEquals(1, db.statements().count());
    }

    @Test
    public void teamMeetingsOldClaimsWithoutAnIssue() {
        MeetingCadenceRepository store = new MeetingCadenceRepository(db.ao());
        MeetingKey old = new MeetingKey(1, TeamMeetingFrequency.WEEKLY, "FY2026-W47");
        MeetingKey done = new MeetingKey(1, TeamMeetingFrequency.MONTHLY, "FY2026-M11");
        store.claim(old, LONG_AGO);
        store.claim(done, LONG_AGO);
        store.confirm(done, 8L, "SALES-8");
        store.claim(new MeetingKey(2, TeamMeetingFrequency.WEEKLY, "FY2026-W47"), RECENT);

        db.statements().reset();
        assertEquals(List.of(old.text()), keys(store.orphans(CUTOFF, 10)));
        assertEquals(1, db.statements().count());
        store.releaseByKey(old.text());
        assertEquals(List.of(), keys(store.orphans(CUTOFF, 10)));
    }

    @Test
    public void onboardingOldClaimsAreClaimedStepsWithoutAnIssue() {
        OnboardingRepository store = new OnboardingRepository(db.ao());
        store.create(new OnboardingTemplate("SALES", List.of(new OnboardingTask("a", "Mentoring", 1),
                new OnboardingTask("b", "Mentoring", 2), new OnboardingTask("c", "Mentoring", 3)))
                .planFor("ann", LocalDate.of(2026, 11, 2)));
        store.claim("ann#0", LONG_AGO);
        store.claim("ann#1", RECENT);
        store.claim("ann#2", LONG_AGO);
        store.confirm("ann#2", 7L, "SALES-7");

        db.statements().reset();
        assertEquals(List.of("ann#0"), keys(store.orphans(CUTOFF, 10)));
        assertEquals(1, db.statements().count());
        store.release("ann#0");
        assertEquals(List.of(), keys(store.orphans(CUTOFF, 10)));
    }
}
