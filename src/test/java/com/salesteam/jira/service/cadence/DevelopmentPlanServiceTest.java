package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.DevelopmentPlan;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.DevPlanEntity;
import com.salesteam.jira.store.DevelopmentPlanRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;

/** Who may read and write a development plan, and what a bad one is told. */
public class DevelopmentPlanServiceTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, DevPlanEntity.class);

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        long region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of())).id();
        teams.create(new TeamDraft("District", "", Optional.of(region), Optional.of("boss"), List.of("ann")));
        teams.create(new TeamDraft("Other", "", Optional.empty(), Optional.of("carl"), List.of("dan")));
    }

    private DevelopmentPlanService as(String user, boolean admin) {
        return new DevelopmentPlanService(new DevelopmentPlanRepository(db.ao()), new TeamRepository(db.ao()),
                () -> user == null ? Optional.empty() : Optional.of(new Caller(user, user, admin)), Clock.systemUTC());
    }

    private static List<DevelopmentPlan.Goal> goals() {
        return List.of(new DevelopmentPlan.Goal("Close a 100k deal", true), new DevelopmentPlan.Goal("Demo", false));
    }

    @Test
    public void theRepWritesTheirOwnAndTheirManagersUpTheTreeReadIt() {
        as("ann", false).save("ann", goals(), List.of(" Negotiation "), "Account executive");

        DevelopmentPlan byBoss = as("boss", false).get("ann");
        assertEquals(1, byBoss.goalsDone());
        assertEquals(List.of("Negotiation"), byBoss.skills());
        assertEquals(byBoss, as("vp", false).get("ann"));
        assertEquals(byBoss, as("admin", true).get("ann"));
        assertEquals(DevelopmentPlan.empty("dan"), as("carl", false).get("dan"));
    }

    @Test
    public void anotherRepAnotherManagerAndAnonymousAreRefused() {
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("dan", false).get("ann")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("carl", false).get("ann")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("dan", false).save("ann", goals(),
                List.of(), "")).reason());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> as(null, false).get("ann")).reason());
        assertEquals(0, db.ao().count(DevPlanEntity.class));
    }

    @Test
    public void everyBadFieldIsNamedAndNothingIsWritten() {
        ServiceException refusal = refused(() -> as("ann", false).save("ann",
                List.of(new DevelopmentPlan.Goal(" ", false)), List.of("a\nb"), "x".repeat(256)));

        assertEquals(List.of("goals", "skills", "targetRole"),
                refusal.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(0, db.ao().count(DevPlanEntity.class));
        assertEquals(List.of("goals"), refused(() -> as("ann", false).save("ann", null, List.of(), ""))
                .fieldErrors().stream().map(FieldError::field).toList());
    }
}
