package com.salesteam.jira.service;

import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** The team use cases on a real database, with Jira's users and the caller played by mocks. */
public class TeamServiceImplTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class, TeamMemberEntity.class);
    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private UserDirectory users;
    @Mock
    private CurrentUser currentUser;
    @Mock
    private GroupDirectory groups;

    private TeamRepository repository;
    private MemoryTeamTreeCache teamTree;
    private TeamService service;
    /** Who onboarding was told was added to a team, in order. */
    private final List<String> joined = new java.util.ArrayList<>();
    private final MemoryScorecardCache scorecards = MemoryScorecardCache.empty();

    private static final Caller ADMIN = new Caller("admin", "Alex Admin", true);
    private static final Caller REP = new Caller("ann", "Ann Rep", false);

    @Before
    public void setUp() {
        repository = new TeamRepository(db.ao());
        teamTree = new MemoryTeamTreeCache(repository);
        MemoryAttainmentCache attainments = MemoryAttainmentCache.empty();
        service = new TeamServiceImpl(repository, users, currentUser, attainments, scorecards, teamTree, groups,
                new TeamGroupSync(repository, groups, attainments, scorecards, teamTree, Clock.systemUTC(), (team, added) -> joined.addAll(added)),
                (team, added) -> joined.addAll(added));
        when(users.byKey(anyString())).thenAnswer(call -> {
            String key = call.getArgument(0);
            return key.startsWith("ghost") ? Optional.empty() : Optional.of(new Person(key, key, key.toUpperCase()));
        });
        actAs(ADMIN);
    }

    private void actAs(Caller caller) {
        when(currentUser.caller()).thenReturn(Optional.ofNullable(caller));
    }

    private static TeamDraft draft(String name, String... members) {
        return new TeamDraft(name, "", Optional.empty(), Optional.empty(), List.of(members));
    }


    @Test
    public void everyTeamChangeForgetsTheScorecardsAsRolesAndViewersMayMoveButKeepsTheRules() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 5, 1);
        scorecards.get("ann", day);
        Team created = service.create(draft("Scorecards", "ann"));
        assertFalse("created", scorecards.holds("ann"));
        assertTrue("KPI definitions and weights do not depend on teams", scorecards.holdsRules());
        scorecards.get("ann", day);
        service.update(created.id(), new TeamDraft("Scorecards", "", Optional.empty(), Optional.of("ann"), List.of()));
        assertFalse("updated", scorecards.holds("ann"));
        scorecards.get("ann", day);
        service.delete(created.id());
        assertFalse("deleted", scorecards.holds("ann"));
        assertTrue(scorecards.holdsRules());
    }

    @Test
    public void everyTeamChangeReadsTheTeamTreeAgainOnceSavedSoTheNextBoardHereReadsNoTeams() {
        teamTree.teams();
        Team created = service.create(draft("Tree", "ann"));
        assertEquals("created", List.of("ann"), teamsHeld().get(0).memberKeys());
        service.update(created.id(), draft("Tree", "bob"));
        assertEquals("updated", List.of("bob"), teamsHeld().get(0).memberKeys());
        service.delete(created.id());
        assertEquals("deleted", List.of(), teamsHeld());
    }

    /** The tree as this node holds it: read while the change was saved, so reading it now takes no statement. */
    private List<Team> teamsHeld() {
        db.statements().reset();
        List<Team> held = teamTree.teams();
        assertEquals(0, db.statements().count());
        return held;
    }

    private static String field(ServiceException e) {
        return e.fieldErrors().get(0).field();
    }

    @Test
    public void onboardingIsToldWhoEachSavedChangeAddedOnlyOnceSaved() {
        Team created = service.create(draft("EMEA", "ann", "bob"));
        assertEquals(List.of("ann", "bob"), joined);

        service.update(created.id(), draft("EMEA", "bob", "cy"));
        service.update(created.id(), draft("EMEA", "bob", "cy"));
        assertEquals("cy once; ann removed tells nothing", List.of("ann", "bob", "cy"), joined);

        refused(() -> service.update(created.id(), draft("EMEA", "ghost")));
        assertEquals("a refused change adds nobody", List.of("ann", "bob", "cy"), joined);
    }

    @Test
    public void adminCreatesATrimmedTeam() {
        Team created = service.create(new TeamDraft("  EMEA  ", " Europe ", Optional.empty(), Optional.of(" boss "), List.of("ann", "bob")));

        Team stored = repository.findById(created.id()).orElseThrow();
        assertEquals("EMEA", stored.name());
        assertEquals("Europe", stored.description());
        assertEquals(Optional.of("boss"), stored.managerKey());
        assertEquals(List.of("ann", "bob"), stored.memberKeys());
    }

    @Test
    public void repsAndAnonymousMayReadButNotWrite() {
        service.create(draft("EMEA"));

        actAs(REP);
        assertEquals(1, service.list().size());
        ServiceException forbidden = refused(() -> service.create(draft("Sneaky")));
        assertEquals(ServiceException.Reason.FORBIDDEN, forbidden.reason());
        assertEquals("salesteam.error.team.adminonly", forbidden.messageKey());

        actAs(null);
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(service::list).reason());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.delete(1)).reason());

        assertEquals(List.of("EMEA"), repository.findAll().stream().map(Team::name).toList());
    }

    @Test
    public void badNamesAreRefusedNamingTheField() {
        service.create(draft("EMEA"));

        ServiceException empty = refused(() -> service.create(draft("   ")));
        assertEquals(ServiceException.Reason.INVALID, empty.reason());
        assertEquals("name", field(empty));
        assertEquals("salesteam.error.team.name.required", empty.fieldErrors().get(0).messageKey());

        ServiceException tooLong = refused(() -> service.create(draft("x".repeat(300))));
        assertEquals("salesteam.error.team.name.toolong", tooLong.fieldErrors().get(0).messageKey());
        assertEquals(List.of(255), tooLong.fieldErrors().get(0).arguments());

        ServiceException duplicate = refused(() -> service.create(draft("emea")));
        assertEquals("salesteam.error.team.name.duplicate", duplicate.fieldErrors().get(0).messageKey());

        assertEquals(1, repository.findAll().size());
    }

    @Test
    public void everyBadMemberIsReportedAndNothingIsWritten() {
        ServiceException e = refused(() -> service.create(draft("EMEA", "ann", "ghost1", "ann", " ")));

        assertEquals(List.of("members[1]", "members[2]", "members[3]"),
                e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("salesteam.error.team.member.unknown", e.fieldErrors().get(0).messageKey());
        assertEquals("salesteam.error.team.member.duplicate", e.fieldErrors().get(1).messageKey());
        assertEquals("salesteam.error.team.member.blank", e.fieldErrors().get(2).messageKey());
        assertEquals(List.of(), repository.findAll());
    }

    @Test
    public void unknownManagerAndParentAreRefused() {
        ServiceException e = refused(() -> service.create(
                new TeamDraft("EMEA", "", Optional.of(999L), Optional.of("ghost-boss"), List.of())));

        assertEquals(List.of("parentId", "managerKey"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(List.of(), repository.findAll());
    }

    @Test
    public void aTeamCannotBeMovedUnderItsOwnSubTeam() {
        Team region = service.create(draft("Region"));
        Team district = service.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.empty(), List.of()));

        ServiceException cycle = refused(() -> service.update(region.id(),
                new TeamDraft("Region", "", Optional.of(district.id()), Optional.empty(), List.of())));
        ServiceException self = refused(() -> service.update(region.id(),
                new TeamDraft("Region", "", Optional.of(region.id()), Optional.empty(), List.of())));

        assertEquals("salesteam.error.team.parent.cycle", cycle.fieldErrors().get(0).messageKey());
        assertEquals("salesteam.error.team.parent.cycle", self.fieldErrors().get(0).messageKey());
        assertEquals(Optional.empty(), repository.findById(region.id()).orElseThrow().parentId());
    }

    @Test
    public void renamingKeepsItsOwnNameFreeButNotOthers() {
        Team emea = service.create(draft("EMEA"));
        service.create(draft("APAC"));

        assertEquals("EMEA", service.update(emea.id(), draft("EMEA", "ann")).name());
        ServiceException taken = refused(() -> service.update(emea.id(), draft("apac")));

        assertEquals("salesteam.error.team.name.duplicate", taken.fieldErrors().get(0).messageKey());
        assertEquals(List.of("ann"), repository.findById(emea.id()).orElseThrow().memberKeys());
    }

    @Test
    public void deletingAParentWithSubTeamsIsAConflict() {
        Team region = service.create(draft("Region"));
        service.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.empty(), List.of()));

        ServiceException e = refused(() -> service.delete(region.id()));

        assertEquals(ServiceException.Reason.CONFLICT, e.reason());
        assertEquals(List.of("District"), e.arguments());
        assertEquals(2, repository.findAll().size());
    }

    @Test
    public void missingTeamsAreNotFound() {
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> service.get(42)).reason());
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> service.update(42, draft("X"))).reason());
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> service.delete(42)).reason());
    }
}
