package com.salesteam.jira.service;

import com.salesteam.jira.model.GroupSyncStatus;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.Mockito;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** Teams kept in sync with a Jira group, on a real database, as each role and through the scheduled run. */
@RunWith(Parameterized.class)
public class TeamGroupSyncTest {

    private static final Instant NOW = Instant.parse("2026-05-14T10:00:00Z");
    private static final Caller ADMIN = new Caller("admin", "Alex Admin", true);
    private static final Caller MANAGER = new Caller("boss", "Bo Boss", false);
    private static final Caller REP = new Caller("ann", "Ann Rep", false);

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    /** Jira's groups as the sync sees them: active members only, a group that cannot be read throws. */
    private static final class FakeGroups implements GroupDirectory {
        final Map<String, List<String>> members = new HashMap<>();
        final Set<String> inactive = new HashSet<>();
        final Set<String> broken = new HashSet<>();

        @Override
        public boolean exists(String groupName) {
            return members.containsKey(groupName);
        }

        @Override
        public Optional<List<String>> activeMemberKeys(String groupName) {
            if (broken.contains(groupName)) {
                throw new IllegalStateException("directory unreachable");
            }
            return Optional.ofNullable(members.get(groupName))
                    .map(keys -> keys.stream().filter(key -> !inactive.contains(key)).toList());
        }
    }

    private final FakeGroups groups = new FakeGroups();
    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final UserDirectory users = Mockito.mock(UserDirectory.class);
    private final MemoryAttainmentCache attainments = MemoryAttainmentCache.empty();
    private final MemoryScorecardCache scorecards = MemoryScorecardCache.empty();
    private TeamRepository repository;
    private MemoryTeamTreeCache teamTree;
    private TeamGroupSync sync;
    private TeamService service;
    /** Who onboarding was told was added to a team, in order. */
    private final List<String> joined = new ArrayList<>();

    public TeamGroupSyncTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class);
    }

    @Before
    public void setUp() {
        repository = new TeamRepository(db.ao());
        teamTree = new MemoryTeamTreeCache(repository);
        sync = new TeamGroupSync(repository, groups, attainments, scorecards, teamTree, Clock.fixed(NOW, ZoneOffset.UTC),
                (team, added) -> joined.addAll(added));
        service = new TeamServiceImpl(repository, users, currentUser, attainments, scorecards, teamTree, groups, sync,
                (team, added) -> joined.addAll(added));
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(
                new Person(call.getArgument(0), call.getArgument(0), call.getArgument(0))));
        groups.members.put("emea-sales", new ArrayList<>(List.of("cy", "ann", "bob")));
        actAs(ADMIN);
    }

    private void actAs(Caller caller) {
        when(currentUser.caller()).thenReturn(Optional.ofNullable(caller));
    }

    private static TeamDraft synced(String name, String group) {
        return new TeamDraft(name, "", Optional.empty(), Optional.of("boss"), List.of(), Optional.of(group));
    }

    private List<String> storedMembers(long teamId) {
        return repository.findById(teamId).orElseThrow().memberKeys();
    }

    @Test
    public void aTeamSavedWithAGroupTakesItsActiveUsersAtOnce() {
        groups.inactive.add("cy");
        attainments.get("ann", NOW.atZone(ZoneOffset.UTC).toLocalDate());

        Team created = service.create(synced("EMEA", "  emea-sales "));

        assertEquals(Optional.of("emea-sales"), created.groupName());
        assertEquals(List.of("ann", "bob"), created.memberKeys());
        assertEquals(List.of("ann", "bob"), storedMembers(created.id()));
        assertEquals(GroupSyncStatus.changed(NOW, 2, 0), repository.syncStatuses().get(created.id()));
        assertFalse("members changed: the attainment cache is forgotten", attainments.holds("ann"));
    }

    @Test
    public void aScheduledSyncThatChangedMembersKeepsTheScorecardRulesAndReadsTheTreeAgainHere() {
        Team team = service.create(synced("EMEA", "emea-sales"));
        java.time.LocalDate day = NOW.atZone(ZoneOffset.UTC).toLocalDate();
        scorecards.get("bob", day);
        groups.members.get("emea-sales").add("dora");

        sync.syncAll(() -> false);

        assertFalse("roles and viewers may move", scorecards.holds("bob"));
        assertTrue("KPI definitions and weights do not depend on teams", scorecards.holdsRules());
        db.statements().reset();
        assertEquals(List.of("ann", "bob", "cy", "dora"), teamTree.teams().get(0).memberKeys());
        assertEquals("read again after the sync", 0, db.statements().count());
        assertEquals(List.of("ann", "bob", "cy", "dora"), storedMembers(team.id()));
    }

    @Test
    public void onboardingIsToldWhoTheGroupBroughtInOnceTheMembersAreSaved() {
        Team team = service.create(synced("EMEA", "emea-sales"));
        assertEquals(List.of("ann", "bob", "cy"), joined);

        groups.members.get("emea-sales").add("dora");
        groups.members.get("emea-sales").remove("ann");
        sync.syncAll(() -> false);
        sync.syncAll(() -> false);

        assertEquals("dora once, ann's leaving tells nothing", List.of("ann", "bob", "cy", "dora"), joined);
        assertEquals(List.of("bob", "cy", "dora"), storedMembers(team.id()));
    }

    @Test
    public void linkingATeamKeptByHandToAGroupTellsOnlyWhomTheGroupAdds() {
        Team manual = service.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"),
                List.of("ann", "bob")));
        groups.members.get("emea-sales").add("dora");

        service.update(manual.id(), synced("EMEA", "emea-sales"));

        assertEquals(List.of("ann", "bob", "cy", "dora"), storedMembers(manual.id()));
        assertEquals("ann and bob were in the team before it was linked", List.of("ann", "bob", "cy", "dora"), joined);
    }

    @Test
    public void explicitMembersAndUnknownGroupsAreRefusedNamingTheField() {
        ServiceException members = refused(() -> service.create(new TeamDraft("EMEA", "", Optional.empty(),
                Optional.empty(), List.of("ann"), Optional.of("emea-sales"))));
        assertEquals(ServiceException.Reason.INVALID, members.reason());
        assertEquals("members", members.fieldErrors().get(0).field());
        assertEquals("salesteam.error.team.group.members", members.fieldErrors().get(0).messageKey());

        ServiceException unknown = refused(() -> service.create(synced("EMEA", "no-such-group")));
        assertEquals("groupName", unknown.fieldErrors().get(0).field());
        assertEquals("salesteam.error.team.group.unknown", unknown.fieldErrors().get(0).messageKey());

        assertEquals(List.of(), repository.findAll());
    }

    @Test
    public void onlyAdminsSyncNowManagersAndRepsAreForbiddenAnonymousUnauthenticated() {
        Team team = service.create(synced("EMEA", "emea-sales"));
        groups.members.get("emea-sales").add("dora");

        for (Caller caller : List.of(MANAGER, REP)) {
            actAs(caller);
            ServiceException e = refused(() -> service.syncNow(team.id()));
            assertEquals(ServiceException.Reason.FORBIDDEN, e.reason());
            assertEquals(ServiceException.Reason.FORBIDDEN, refused(service::syncStatuses).reason());
        }
        actAs(null);
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(() -> service.syncNow(team.id())).reason());
        assertEquals(List.of("ann", "bob", "cy"), storedMembers(team.id()));

        actAs(ADMIN);
        db.statements().reset();
        assertEquals(GroupSyncStatus.changed(NOW, 1, 0), service.syncNow(team.id()));
        assertEquals("the team once (1), then its row, the old members out, the new in and the status with the member "
                + "keys, then the tree read again for this node's boards (1): " + db.statements().preparedSql(), 6,
                db.statements().count());
        assertEquals(List.of("ann", "bob", "cy", "dora"), storedMembers(team.id()));
    }

    @Test
    public void syncNowOfATeamKeptByHandIsAConflictAndOfNoTeamNotFound() {
        Team manual = service.create(new TeamDraft("Manual", "", Optional.empty(), Optional.empty(), List.of("ann")));

        assertEquals(ServiceException.Reason.CONFLICT, refused(() -> service.syncNow(manual.id())).reason());
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> service.syncNow(999)).reason());
        assertEquals(List.of("ann"), storedMembers(manual.id()));
    }

    @Test
    public void aDeletedGroupIsRecordedAndTheMembersStay() {
        Team team = service.create(synced("EMEA", "emea-sales"));
        groups.members.remove("emea-sales");

        GroupSyncStatus status = service.syncNow(team.id());

        assertEquals(GroupSyncStatus.failed(NOW, "salesteam.teams.sync.error.groupmissing"), status);
        assertEquals(status, repository.syncStatuses().get(team.id()));
        assertEquals(List.of("ann", "bob", "cy"), storedMembers(team.id()));
    }

    @Test
    public void aDeactivatedUserLeavesTheTeamAndARerunChangesNothing() {
        Team team = service.create(synced("EMEA", "emea-sales"));
        attainments.get("bob", NOW.atZone(ZoneOffset.UTC).toLocalDate());
        groups.inactive.add("bob");
        teamTree.teams();

        assertEquals(GroupSyncStatus.changed(NOW, 0, 1), service.syncNow(team.id()));
        assertEquals(List.of("ann", "cy"), storedMembers(team.id()));
        assertFalse(attainments.holds("bob"));
        db.statements().reset();
        assertEquals("members changed: the tree is read again here", List.of("ann", "cy"),
                teamTree.teams().get(0).memberKeys());
        assertEquals(0, db.statements().count());

        attainments.get("ann", NOW.atZone(ZoneOffset.UTC).toLocalDate());
        assertEquals(GroupSyncStatus.changed(NOW, 0, 0), service.syncNow(team.id()));
        assertEquals(List.of("ann", "cy"), storedMembers(team.id()));
        assertTrue("nothing changed: the attainment cache is kept", attainments.holds("ann"));
        assertTrue("nothing changed: the team tree is kept", teamTree.holds());
    }

    @Test
    public void aGroupTooLargeForATeamIsRefusedAndTheMembersStay() {
        Team team = service.create(synced("EMEA", "emea-sales"));
        groups.members.put("emea-sales", IntStream.rangeClosed(0, TeamGroupSync.MAX_MEMBERS)
                .mapToObj(i -> "user" + i).toList());

        assertEquals(Optional.of("salesteam.teams.sync.error.toolarge"), service.syncNow(team.id()).errorKey());
        assertEquals(List.of("ann", "bob", "cy"), storedMembers(team.id()));
    }

    @Test
    public void theScheduledRunSyncsEveryGroupTeamSkipsAFailingOneAndLeavesManualTeamsAlone() {
        groups.members.put("apac-sales", List.of("li", "wu"));
        groups.members.put("broken", List.of("x"));
        Team emea = service.create(synced("EMEA", "emea-sales"));
        Team broken = service.create(synced("Broken", "broken"));
        Team apac = service.create(synced("APAC", "apac-sales"));
        Team manual = service.create(new TeamDraft("Manual", "", Optional.empty(), Optional.empty(), List.of("ann")));
        groups.broken.add("broken");
        groups.members.put("emea-sales", List.of("ann", "zed"));
        groups.members.put("apac-sales", List.of("li", "wu", "yu"));

        TeamGroupSync.Run run = sync.syncAll(() -> false);

        assertEquals(new TeamGroupSync.Run(3, 2, 1, true), run);
        assertEquals(List.of("ann", "zed"), storedMembers(emea.id()));
        assertEquals(List.of("li", "wu", "yu"), storedMembers(apac.id()));
        assertEquals(List.of("x"), storedMembers(broken.id()));
        assertEquals(Optional.of("salesteam.teams.sync.error.failed"),
                repository.syncStatuses().get(broken.id()).errorKey());
        assertEquals(List.of("ann"), storedMembers(manual.id()));
        assertFalse(repository.syncStatuses().containsKey(manual.id()));

        assertEquals("idempotent", new TeamGroupSync.Run(3, 0, 1, true), sync.syncAll(() -> false));
        assertEquals(List.of("ann", "zed"), storedMembers(emea.id()));
    }

    @Test
    public void aCancelledRunStopsBetweenBatches() {
        Team team = service.create(synced("EMEA", "emea-sales"));
        groups.members.put("emea-sales", List.of("zed"));

        assertEquals(new TeamGroupSync.Run(0, 0, 0, false), sync.syncAll(() -> true));
        assertEquals(List.of("ann", "bob", "cy"), storedMembers(team.id()));
    }

    @Test
    public void turningSyncOffKeepsTheMembersUntilTheAdminListsNewOnes() {
        Team team = service.create(synced("EMEA", "emea-sales"));

        Team manual = service.update(team.id(), new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"),
                List.of("ann")));

        assertEquals(Optional.empty(), manual.groupName());
        assertEquals(List.of("ann"), storedMembers(team.id()));
        assertTrue(repository.groupLinks().isEmpty());
    }
}
