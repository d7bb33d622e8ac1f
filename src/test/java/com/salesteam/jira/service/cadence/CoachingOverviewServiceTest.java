package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.review.ReviewRecord;
import com.salesteam.jira.service.review.ReviewRecords;
import com.salesteam.jira.store.PerfReviewEntity;
import com.salesteam.jira.store.ReviewRecordRepository;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import com.salesteam.jira.store.CoachActionEntity;
import com.salesteam.jira.store.CoachingRepository;
import com.salesteam.jira.store.RepCoachingEntity;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The gadget's figures of a team: who may see them, what they are and how few statements they cost. */
public class CoachingOverviewServiceTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, PerfReviewEntity.class, RepCoachingEntity.class, CoachActionEntity.class);

    private long team;
    private long other;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        team = teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"),
                List.of("boss", "ann", "bob"))).id();
        other = teams.create(new TeamDraft("APAC", "", Optional.empty(), Optional.of("carl"), List.of("dan"))).id();
        ReviewRecordRepository reviews = new ReviewRecordRepository(db.ao());
        reviews.record(new ReviewRecord(101, "HR-1", Optional.of("ann"), "FY2026-M11", "Self Assessment", false,
                Optional.of(LocalDate.of(2026, 11, 10))));
        reviews.record(new ReviewRecord(102, "HR-2", Optional.of("bob"), "FY2026-M11", "Scheduled", false,
                Optional.of(LocalDate.of(2026, 11, 30))));
        reviews.record(new ReviewRecord(103, "HR-3", Optional.of("bob"), "FY2026-M10", "Signed Off", true,
                Optional.of(LocalDate.of(2026, 10, 30))));
        RepCoachingRepository coaching = new RepCoachingRepository(db.ao());
        coaching.recordOneOnOne("ann", Instant.parse("2026-11-06T08:00:00Z"));
        coaching.setOnboarding("bob", 1, 4);
        CoachingRepository actions = new CoachingRepository(db.ao());
        LocalDate today = LocalDate.of(2026, 11, 20);
        actions.record(action(1, "ann", CoachingState.OPEN), today);
        actions.record(action(2, "ann", CoachingState.OPEN), today);
        actions.record(action(3, "ann", CoachingState.DONE), today);
        actions.record(action(4, "dan", CoachingState.OPEN), today);
    }

    private static CoachingAction action(long id, String rep, CoachingState state) {
        return new CoachingAction(id, "SALES-" + id, "Ride-along", Optional.of(rep), Optional.empty(), "Ride-along",
                state, Optional.empty(), Optional.empty());
    }

    private CoachingOverviewService as(String user, boolean admin) {
        return new CoachingOverviewService(new TeamRepository(db.ao()),
                new ReviewRecords(new ReviewRecordRepository(db.ao())),
                new RepCoachingRepository(db.ao()), new CoachingRepository(db.ao()),
                () -> user == null ? Optional.empty() : Optional.of(new Caller(user, user, admin)),
                Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    public void theManagerSeesTheTeamsReviewsAndEachRepsCoachingInFourStatements() {
        db.statements().reset();

        CoachingOverviewService.TeamOverview result = as("boss", false).overview(team);

        // the teams are one statement: each team row holds its members
        assertEquals(4, db.statements().count());
        assertEquals("EMEA", result.team().name());
        assertEquals(1, result.overview().reviewsDue());
        assertEquals(1, result.overview().reviewsOverdue());
        assertEquals(List.of("ann", "bob"), result.overview().reps().stream().map(line -> line.repKey()).toList());
        assertEquals(Optional.of(14L), result.overview().reps().get(0).daysSinceOneOnOne());
        assertEquals(2, result.overview().reps().get(0).openActions());
        assertEquals(Optional.of(25), result.overview().reps().get(1).onboardingPercent());
    }

    @Test
    public void aTeamOfAThousandRepsCostsNoMoreStatements() {
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            reps.add("rep" + i);
        }
        long big = new TeamRepository(db.ao()).create(new TeamDraft("Big", "", Optional.empty(), Optional.of("boss"),
                reps)).id();
        db.statements().reset();

        CoachingOverviewService.TeamOverview result = as("boss", false).overview(big);

        assertEquals(1_000, result.overview().reps().size());
        assertTrue("statements: " + db.statements().count(), db.statements().count() <= 5);
    }

    @Test
    public void anAdminSeesAnyTeamButARepAnotherManagerAndAnonymousAreRefused() {
        assertEquals(2, as("admin", true).overview(team).overview().reps().size());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("ann", false).overview(team)).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("carl", false).overview(team)).reason());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> as(null, false).overview(other)).reason());
    }
}
