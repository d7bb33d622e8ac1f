package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.MeetingFrequency;
import com.salesteam.jira.model.cadence.OneOnOneSchedule;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.OneOnOneEntity;
import com.salesteam.jira.store.OneOnOneRepository;
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
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * 1:1 schedules over a real database as each role: ann and bob are reps of boss's district, under vp's region;
 * other manages another team with cy; dee is in a team without a manager; admin is a Jira administrator.
 */
public class OneOnOneServiceTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, OneOnOneEntity.class);

    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final UserDirectory users = mock(UserDirectory.class);
    private OneOnOneRepository store;
    private OneOnOneService service;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        long region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of())).id();
        teams.create(new TeamDraft("District", "", Optional.of(region), Optional.of("boss"), List.of("bob", "ann")));
        teams.create(new TeamDraft("Other", "", Optional.empty(), Optional.of("other"), List.of("cy")));
        teams.create(new TeamDraft("Leaderless", "", Optional.empty(), Optional.empty(), List.of("dee")));
        store = new OneOnOneRepository(db.ao());
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), "Name " + call.getArgument(0))));
        service = new OneOnOneService(store, teams, users, key -> !"NOPE".equals(key), currentUser,
                Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
    }

    private void as(String userKey) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(userKey, userKey, userKey.equals("admin"))));
    }

    private static OneOnOneDraft draft(String frequency, String first, String project) {
        return new OneOnOneDraft(frequency, first, project);
    }

    @Test
    public void theRepsManagerSetsAScheduleAndTheTeamsDecideWhoHoldsIt() {
        as("vp");

        OneOnOneSchedule saved = service.save("ann", draft(" biweekly ", "2026-11-23", " SALES "));

        assertEquals(new OneOnOneSchedule("ann", "boss", MeetingFrequency.BIWEEKLY, LocalDate.of(2026, 11, 23),
                "SALES", LocalDate.of(2026, 11, 20)), saved);
        assertEquals(Optional.of(saved), store.schedule("ann"));
        as("ann");
        assertEquals(Optional.of(saved), service.get("ann").schedule());
        assertEquals("Name ann", service.get("ann").repName());
    }

    @Test
    public void eachRoleListsOnlyTheRepsItMaySee() {
        as("admin");
        service.save("cy", draft("weekly", "2026-11-23", "SALES"));

        assertEquals(List.of("ann", "bob", "cy", "dee"), reps());
        as("boss");
        assertEquals(List.of("ann", "bob"), reps());
        as("other");
        assertEquals(List.of("cy"), reps());
        assertTrue(service.list().get(0).schedule().isPresent());
        as("bob");
        assertEquals(List.of("bob"), reps());
        as("stranger");
        assertThrows(ServiceException.class, service::list);
    }

    private List<String> reps() {
        return service.list().stream().map(OneOnOneService.RepSchedule::repKey).toList();
    }

    @Test
    public void othersAreRefusedBeforeAnythingIsReadOrWritten() {
        as("admin");
        service.save("ann", draft("weekly", "2026-11-23", "SALES"));

        for (String refused : List.of("bob", "other", "stranger")) {
            as(refused);
            assertEquals(ServiceException.Reason.FORBIDDEN, assertThrows(ServiceException.class,
                    () -> service.get("ann")).reason());
            assertEquals(ServiceException.Reason.FORBIDDEN, assertThrows(ServiceException.class,
                    () -> service.save("ann", draft("biweekly", "2026-11-23", "HR"))).reason());
            assertEquals(ServiceException.Reason.FORBIDDEN, assertThrows(ServiceException.class,
                    () -> service.delete("ann")).reason());
        }
        as("ann");
        assertThrows(ServiceException.class, () -> service.save("ann", draft("weekly", "2026-11-23", "SALES")));
        assertEquals(MeetingFrequency.WEEKLY, store.schedule("ann").orElseThrow().frequency());
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, assertThrows(ServiceException.class,
                () -> service.get("ann")).reason());
    }

    @Test
    public void everyBadFieldIsNamedAndNothingIsWritten() {
        as("admin");

        ServiceException invalid = assertThrows(ServiceException.class,
                () -> service.save("dee", draft("monthly", "2025-01-01", "<script>")));

        assertEquals(List.of("frequency", "firstMeeting", "projectKey", "rep"),
                invalid.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(List.of("firstMeeting"), assertThrows(ServiceException.class,
                () -> service.save("ann", draft("weekly", "23.11.2026", "SALES"))).fieldErrors().stream()
                .map(FieldError::field).toList());
        assertEquals(0, db.ao().count(OneOnOneEntity.class));
    }

    @Test
    public void aProjectKeyOfNoProjectIsRefusedByName() {
        as("boss");

        ServiceException invalid = assertThrows(ServiceException.class,
                () -> service.save("ann", draft("weekly", "2026-11-23", "NOPE")));

        assertEquals(List.of("projectKey"), invalid.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(0, db.ao().count(OneOnOneEntity.class));
    }

    @Test
    public void eachRequestStaysWithinTheStatementBudget() {
        as("boss");
        db.statements().reset();
        service.save("ann", draft("weekly", "2026-11-23", "SALES"));
        int save = db.statements().count();
        db.statements().reset();
        service.list();
        int list = db.statements().count();
        db.statements().reset();
        service.get("ann");
        int get = db.statements().count();

        assertTrue("save " + save + ", list " + list + ", get " + get, save <= 5 && list <= 5 && get <= 5);
        assertEquals("the teams (one statement), the schedules", 2, list);
    }

    @Test
    public void aDraftWithoutValuesIsRefusedFieldByField() {
        as("boss");

        ServiceException invalid = assertThrows(ServiceException.class,
                () -> service.save("ann", new OneOnOneDraft(null, null, null)));

        assertEquals(List.of("frequency", "firstMeeting", "projectKey"),
                invalid.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    public void stoppingAScheduleNeedsOneToStop() {
        as("boss");
        service.save("bob", draft("weekly", "2026-11-23", "SALES"));

        service.delete("bob");

        assertEquals(Optional.empty(), store.schedule("bob"));
        assertEquals(ServiceException.Reason.NOT_FOUND, assertThrows(ServiceException.class,
                () -> service.delete("bob")).reason());
    }
}
