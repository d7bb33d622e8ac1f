package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.MeetingCadence;
import com.salesteam.jira.model.cadence.TeamMeetingFrequency;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.MeetingCadenceEntity;
import com.salesteam.jira.store.MeetingCadenceRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Who may set a team's Sales Meetings, and what a bad cadence is told, on the real SQL engine. */
public class MeetingCadenceServiceTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, MeetingCadenceEntity.class);

    private long region;
    private long district;
    private long other;
    private MeetingCadenceRepository cadences;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("vp"))).id();
        district = teams.create(new TeamDraft("District", "", Optional.of(region), Optional.of("boss"),
                List.of("boss", "ann"))).id();
        other = teams.create(new TeamDraft("Other", "", Optional.empty(), Optional.of("carl"), List.of("dan"))).id();
        cadences = new MeetingCadenceRepository(db.ao());
    }

    private MeetingCadenceService as(String user, boolean admin) {
        return new MeetingCadenceService(cadences, new TeamRepository(db.ao()),
                () -> user == null ? Optional.empty() : Optional.of(new Caller(user, user, admin)));
    }

    private static MeetingCadenceDraft draft(Integer top, String... frequencies) {
        return new MeetingCadenceDraft(Arrays.asList(frequencies), "SALES", top);
    }

    @Test
    public void aManagerSetsTheirTeamsAndThoseBelowButNoOtherTeam() {
        MeetingCadence saved = as("vp", false).save(district, draft(7, "weekly", " quarterly "));

        assertEquals(new MeetingCadence(district, EnumSet.of(TeamMeetingFrequency.WEEKLY,
                TeamMeetingFrequency.QUARTERLY), "SALES", 7), saved);
        assertEquals(Optional.of(saved), cadences.cadence(district));
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("boss", false).save(other, draft(5, "weekly")))
                .reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("boss", false).save(region, draft(5, "weekly")))
                .reason());
        assertEquals(Optional.empty(), cadences.cadence(other));
        assertEquals(List.of("Region", "District"), as("vp", false).list().stream()
                .map(teamCadence -> teamCadence.team().name()).toList());
        assertEquals(Optional.of(saved), as("boss", false).get(district).cadence());
    }

    @Test
    public void aRepAndAnonymousAreRefusedEverything() {
        as("admin", true).save(district, draft(null, "monthly"));

        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("ann", false).list()).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("ann", false).get(district)).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("ann", false).save(district,
                draft(5, "weekly"))).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> as("ann", false).delete(district)).reason());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> as(null, false).list()).reason());
        assertEquals(Optional.of(new MeetingCadence(district, EnumSet.of(TeamMeetingFrequency.MONTHLY), "SALES",
                MeetingCadence.DEFAULT_TOP)), cadences.cadence(district));
    }

    @Test
    public void anAdminSeesEveryTeamWithItsCadence() {
        as("admin", true).save(other, draft(3, "quarterly"));

        List<MeetingCadenceService.TeamCadence> all = as("admin", true).list();

        assertEquals(3, all.size());
        assertEquals(Optional.of(new MeetingCadence(other, EnumSet.of(TeamMeetingFrequency.QUARTERLY), "SALES", 3)),
                all.get(2).cadence());
        assertEquals(Optional.empty(), all.get(0).cadence());
    }

    @Test
    public void everyBadFieldIsNamedAndNothingIsWritten() {
        ServiceException refusal = refused(() -> as("boss", false).save(district,
                new MeetingCadenceDraft(List.of("weekly", "<script>"), "sales <script>", 21)));

        assertEquals(ServiceException.Reason.INVALID, refusal.reason());
        assertEquals(List.of(FieldError.of("frequencies", "salesteam.meeting.error.frequency", "<script>"),
                FieldError.of("projectKey", "salesteam.meeting.error.project"),
                FieldError.of("leaderboardTop", "salesteam.meeting.error.top", MeetingCadence.MAX_TOP)),
                refusal.fieldErrors());
        assertEquals(Optional.empty(), cadences.cadence(district));

        ServiceException nothing = refused(() -> as("boss", false).save(district,
                new MeetingCadenceDraft(null, null, null)));
        assertEquals(List.of("frequencies", "projectKey"), nothing.fieldErrors().stream().map(FieldError::field)
                .toList());
        assertEquals(List.of("leaderboardTop"), refused(() -> as("boss", false).save(district, draft(0, "weekly")))
                .fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    public void stoppingATeamsMeetingsThatAreNotThereIsNotFound() {
        as("boss", false).save(district, draft(5, "weekly"));
        as("boss", false).delete(district);

        assertTrue(cadences.cadence(district).isEmpty());
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> as("boss", false).delete(district)).reason());
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> as("admin", true).get(999)).reason());
    }

    @Test
    public void eachRequestStaysWithinTheStatementBudget() {
        as("admin", true).save(district, draft(5, "weekly"));

        db.statements().reset();
        as("vp", false).list();
        long list = db.statements().count();
        db.statements().reset();
        as("boss", false).save(district, draft(5, "monthly", "quarterly"));
        long save = db.statements().count();
        db.statements().reset();
        as("boss", false).get(district);
        long get = db.statements().count();

        assertTrue("list took " + list, list <= 5);
        assertTrue("save took " + save, save <= 5);
        assertTrue("get took " + get, get <= 5);
    }
}
