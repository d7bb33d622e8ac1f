package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.OnboardPlanEntity;
import com.salesteam.jira.store.OnboardStepEntity;
import com.salesteam.jira.store.OnboardTaskEntity;
import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The template is the administrators'; a plan is the person's, their managers' up the tree and admins'. */
public class OnboardingServiceTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, OnboardTaskEntity.class, OnboardPlanEntity.class,
            OnboardStepEntity.class);

    private OnboardingRepository store;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        long region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of())).id();
        teams.create(new TeamDraft("District", "", Optional.of(region), Optional.of("boss"), List.of("ann")));
        teams.create(new TeamDraft("Other", "", Optional.empty(), Optional.of("carl"), List.of("dan")));
        store = new OnboardingRepository(db.ao());
    }

    private OnboardingService as(String user, boolean admin) {
        return new OnboardingService(store, new TeamRepository(db.ao()), key -> !"NOPE".equals(key),
                () -> user == null ? Optional.empty() : Optional.of(new Caller(user, user, admin)));
    }

    @Test
    public void aProjectKeyOfNoProjectIsRefusedAndTheTemplateKept() {
        as("admin", true).saveTemplate("SALES", List.of(new OnboardingService.TaskInput("Product training",
                "Training course", 3)));

        ServiceException invalid = refused(() -> as("admin", true).saveTemplate("NOPE", List.of(
                new OnboardingService.TaskInput("Ride-along", "Ride-along", 5))));

        assertEquals(List.of("projectKey"), invalid.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("SALES", store.template().projectKey());
        assertEquals(List.of("Product training"),
                store.template().tasks().stream().map(OnboardingTask::title).toList());
    }

    @Test
    public void anAdminSavesTheTemplateStrippedAndOthersAreRefused() {
        OnboardingTemplate saved = as("admin", true).saveTemplate(" SALES ", List.of(
                new OnboardingService.TaskInput(" Product training ", "Training course", 3)));

        assertEquals(new OnboardingTemplate("SALES", List.of(new OnboardingTask("Product training", "Training course",
                3))), saved);
        assertEquals(saved, as("admin", true).template());
        for (String user : List.of("boss", "ann")) {
            assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as(user, false).template()).reason());
            assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as(user, false).saveTemplate("X",
                    List.of())).reason());
        }
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> as(null, false).template()).reason());
        assertEquals(saved, store.template());
    }

    @Test
    public void everyBadFieldIsNamedAndNothingIsWritten() {
        ServiceException invalid = refused(() -> as("admin", true).saveTemplate("", Arrays.asList(
                new OnboardingService.TaskInput(" ", "Training course", 3),
                new OnboardingService.TaskInput("Ride along", "Golf", 366),
                null,
                new OnboardingService.TaskInput("x".repeat(256), "Mentoring", -1))));

        assertEquals(ServiceException.Reason.INVALID, invalid.reason());
        assertEquals(List.of("projectKey", "tasks[0].title", "tasks[1].kind", "tasks[1].dueAfterDays",
                        "tasks[2].title", "tasks[2].kind", "tasks[2].dueAfterDays", "tasks[3].title",
                        "tasks[3].dueAfterDays"),
                invalid.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(OnboardingTemplate.empty(), store.template());

        ServiceException tooMany = refused(() -> as("admin", true).saveTemplate("SALES", java.util.Collections.nCopies(
                51, new OnboardingService.TaskInput("t", "Mentoring", 1))));
        assertEquals("tasks", tooMany.fieldErrors().get(0).field());
        assertTrue("no tasks and no project: onboarding switched off", as("admin", true).saveTemplate(null, null)
                .tasks().isEmpty());
    }

    @Test
    public void thePersonTheirManagersUpTheTreeAndAdminsReadAPlanOthersAreRefused() {
        store.create(new OnboardingTemplate("SALES", List.of(new OnboardingTask("Training", "Training course", 3)))
                .planFor("ann", LocalDate.of(2026, 11, 2)));

        for (String user : List.of("ann", "boss", "vp")) {
            assertEquals(1, as(user, false).plan("ann").orElseThrow().total());
        }
        assertEquals(1, as("admin", true).plan("ann").orElseThrow().total());
        assertEquals(Optional.empty(), as("carl", false).plan("dan"));
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("carl", false).plan("ann")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("dan", false).plan("ann")).reason());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> as(null, false).plan("ann")).reason());
    }

    @Test
    public void onlyAnAdministratorPutsAFailedStepBackAndOnlyAFailedOne() {
        store.create(new OnboardingTemplate("SALES", List.of(new OnboardingTask("Training", "Training course", 3),
                new OnboardingTask("Mentor", "Mentoring", 5))).planFor("ann", LocalDate.of(2026, 11, 2)));
        for (int attempt = 0; attempt < com.salesteam.jira.model.cadence.OnboardingStep.MAX_ATTEMPTS; attempt++) {
            store.claim("ann#0", java.time.Instant.EPOCH);
            store.refused("ann#0", "no project SALES");
        }

        for (String user : List.of("ann", "boss", "vp")) {
            assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as(user, false).retryStep("ann", 0))
                    .reason());
        }
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> as(null, false).retryStep("ann", 0))
                .reason());
        assertEquals(com.salesteam.jira.model.cadence.OnboardingStep.State.FAILED,
                store.plan("ann").orElseThrow().steps().get(0).state());

        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> as("admin", true).retryStep("ann", 1)).reason());
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> as("admin", true).retryStep("dan", 0)).reason());
        com.salesteam.jira.model.cadence.OnboardingStep retried = as("admin", true).retryStep("ann", 0).steps().get(0);
        assertEquals(com.salesteam.jira.model.cadence.OnboardingStep.State.PENDING, retried.state());
        assertEquals(Optional.empty(), retried.failure());
    }
}
