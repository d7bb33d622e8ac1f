package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.ReviewAssignee;
import com.salesteam.jira.model.cadence.ReviewCadence;
import com.salesteam.jira.model.cadence.ReviewCycle;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.ReviewCycleEntity;
import com.salesteam.jira.store.ReviewCycleRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Who may set up a team's review cycle, and what a bad cycle is told. */
public class ReviewCycleServiceTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, ReviewCycleEntity.class);

    private long region;
    private long district;
    private long other;
    private ReviewCycleRepository cycles;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("vp"))).id();
        district = teams.create(new TeamDraft("District", "", Optional.of(region), Optional.of("boss"),
                List.of("boss", "ann"))).id();
        other = teams.create(new TeamDraft("Other", "", Optional.empty(), Optional.of("carl"), List.of("dan"))).id();
        cycles = new ReviewCycleRepository(db.ao());
    }

    private ReviewCycleService as(String user, boolean admin) {
        return new ReviewCycleService(cycles, new TeamRepository(db.ao()),
                () -> user == null ? Optional.empty() : Optional.of(new Caller(user, user, admin)));
    }

    private static ReviewCycleDraft monthly() {
        return new ReviewCycleDraft("monthly", 15, "SALES", "rep");
    }

    @Test
    public void aManagerSetsUpTheirTeamsAndThoseBelowButNoOtherTeam() {
        ReviewCycle saved = as("vp", false).save(district, monthly());

        assertEquals(new ReviewCycle(district, ReviewCadence.MONTHLY, 15, "SALES", ReviewAssignee.REP), saved);
        assertEquals(Optional.of(saved), cycles.cycle(district));
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("boss", false).save(other, monthly())).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("boss", false).save(region, monthly())).reason());
        assertEquals(Optional.empty(), cycles.cycle(other));
        assertEquals(List.of("Region", "District"), as("vp", false).list().stream()
                .map(teamCycle -> teamCycle.team().name()).toList());
    }

    @Test
    public void aRepAndAnonymousAreRefusedEverything() {
        as("admin", true).save(district, monthly());

        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("ann", false).list()).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("ann", false).get(district)).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("ann", false).save(district, monthly())).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("ann", false).delete(district)).reason());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> as(null, false).list()).reason());
        assertTrue(cycles.cycle(district).isPresent());
    }

    @Test
    public void anAdminSeesEveryTeamWithItsCycle() {
        as("admin", true).save(other, new ReviewCycleDraft("quarterly", 92, "HR", "manager"));

        List<ReviewCycleService.TeamCycle> all = as("admin", true).list();

        assertEquals(3, all.size());
        assertEquals(Optional.of(new ReviewCycle(other, ReviewCadence.QUARTERLY, 92, "HR", ReviewAssignee.MANAGER)),
                all.get(2).cycle());
        assertEquals(Optional.empty(), all.get(0).cycle());
    }

    @Test
    public void everyBadFieldIsNamedAndNothingIsWritten() {
        ServiceException refusal = refused(() -> as("boss", false).save(district,
                new ReviewCycleDraft("weekly", 0, "sales <script>", "everyone")));

        assertEquals(ServiceException.Reason.INVALID, refusal.reason());
        assertEquals(List.of("cadence", "dueDay", "projectKey", "assignee"),
                refusal.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(Optional.empty(), cycles.cycle(district));
    }

    @Test
    public void aMonthlyCycleIsDueWithinAMonthAndAMissingDayIsRefused() {
        ServiceException late = refused(() -> as("boss", false).save(district,
                new ReviewCycleDraft("monthly", 32, "SALES", "rep")));
        ServiceException missing = refused(() -> as("boss", false).save(district,
                new ReviewCycleDraft("quarterly", null, "SALES", "rep")));

        assertEquals(List.of(FieldError.of("dueDay", "salesteam.cadence.error.dueday", 31)), late.fieldErrors());
        assertEquals(List.of(FieldError.of("dueDay", "salesteam.cadence.error.dueday", 92)), missing.fieldErrors());
    }

    @Test
    public void deletingATeamsCycleThatIsNotThereIsNotFound() {
        as("boss", false).save(district, monthly());
        as("boss", false).delete(district);

        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> as("boss", false).delete(district)).reason());
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> as("admin", true).get(999)).reason());
    }
}
