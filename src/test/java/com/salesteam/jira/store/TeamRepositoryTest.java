package com.salesteam.jira.store;

import com.salesteam.jira.model.GroupSyncStatus;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

@RunWith(Parameterized.class)
public class TeamRepositoryTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private TeamRepository repository;

    public TeamRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new TeamRepository(db.ao());
    }

    private static TeamDraft draft(String name, Optional<Long> parent, String manager, String... members) {
        return new TeamDraft(name, "about " + name, parent, Optional.ofNullable(manager), List.of(members));
    }

    @Test
    public void createdTeamIsReadBackWithItsMembers() {
        Team created = repository.create(draft("EMEA", Optional.empty(), "boss", "ann", "bob"));

        Team read = repository.findById(created.id()).orElseThrow();
        assertEquals("EMEA", read.name());
        assertEquals("about EMEA", read.description());
        assertEquals(Optional.of("boss"), read.managerKey());
        assertEquals(List.of("ann", "bob"), read.memberKeys());
        assertEquals(Optional.empty(), read.parentId());
    }

    @Test
    public void tablesAndColumnsCarryAtlassianNames() {
        repository.create(draft("EMEA", Optional.empty(), null, "ann"));
        int rows = db.engine().withConnection(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT NAME_KEY, PARENT_TEAM_ID FROM AO_E43A39_TEAM")) {
                int count = 0;
                while (result.next()) {
                    assertEquals("emea", result.getString(1));
                    assertEquals(0L, result.getLong(2));
                    count++;
                }
                return count;
            }
        });
        assertEquals(1, rows);
        assertEquals("AO_E43A39_TEAM_MEMBER", db.engine().tableName(TeamMemberEntity.class));
    }

    @Test
    public void findAllReadsEveryTeamInOneStatement() {
        for (int i = 0; i < 40; i++) {
            repository.create(draft(String.format("Team %02d", i), Optional.empty(), null, "rep" + i, "rep" + (i + 1)));
        }
        db.statements().reset();

        List<Team> all = repository.findAll();

        assertEquals(1, db.statements().count());
        assertEquals(40, all.size());
        assertEquals("Team 00", all.get(0).name());
        assertEquals(List.of("rep39", "rep40"), all.get(39).memberKeys());
    }

    @Test
    public void findAllGivesTheMembersAndOrderOfTheMemberRows() {
        Team emea = repository.create(draft("emea", Optional.empty(), "boss", "zoe", "ann", "jirauser10100", "bob"));
        Team dach = repository.create(draft("DACH", Optional.of(emea.id()), null, "carl"));
        repository.create(draft("Empty", Optional.empty(), null));
        repository.update(dach.id(), draft("DACH", Optional.of(emea.id()), null, "dora", "ann"));

        List<Team> all = repository.findAll();

        assertEquals(List.of("DACH", "emea", "Empty"), all.stream().map(Team::name).toList());
        for (Team team : all) {
            assertEquals(team.name(), memberRowsOrderedByUserKey(team.id()), team.memberKeys());
            assertEquals(team.name(), repository.findById(team.id()).orElseThrow(), team);
        }
        // keys of one case, so that the order of the member rows is the same under every database collation
        assertEquals(List.of("ann", "bob", "jirauser10100", "zoe"), all.get(1).memberKeys());
        assertEquals(Optional.of(emea.id()), all.get(0).parentId());
    }

    @Test
    public void everyWriteKeepsTheMemberKeysColumnEqualToTheMemberRows() {
        Team hand = repository.create(draft("Hand", Optional.empty(), null, "bob", "ann"));
        assertColumnMatchesRows(hand.id(), List.of("ann", "bob"));

        repository.update(hand.id(), draft("Hand", Optional.empty(), null, "carl"));
        assertColumnMatchesRows(hand.id(), List.of("carl"));

        repository.update(hand.id(), draft("Hand", Optional.empty(), null));
        assertColumnMatchesRows(hand.id(), List.of());

        Team synced = repository.create(new TeamDraft("Synced", "", Optional.empty(), Optional.empty(), List.of(),
                Optional.of("sales-emea")));
        assertColumnMatchesRows(synced.id(), List.of());

        assertTrue(repository.recordSync(synced.id(), Optional.of(List.of("erin", "dan")),
                GroupSyncStatus.changed(Instant.parse("2026-05-01T10:00:00Z"), 2, 0)));
        assertColumnMatchesRows(synced.id(), List.of("dan", "erin"));

        // a sync that changed no one, and a save of the synced team, keep its members
        repository.recordSync(synced.id(), Optional.empty(), GroupSyncStatus.changed(Instant.parse("2026-05-02T10:00:00Z"), 0, 0));
        repository.update(synced.id(), new TeamDraft("Synced EMEA", "", Optional.empty(), Optional.empty(), List.of(),
                Optional.of("sales-emea")));
        assertColumnMatchesRows(synced.id(), List.of("dan", "erin"));

        // made a hand-kept team again: the draft's members
        repository.update(synced.id(), draft("Synced EMEA", Optional.empty(), null, "fay"));
        assertColumnMatchesRows(synced.id(), List.of("fay"));

        repository.delete(hand.id());
        assertEquals(List.of(List.of("fay")), repository.findAll().stream().map(Team::memberKeys).toList());
        assertEquals(1, db.ao().count(TeamMemberEntity.class));
    }

    @Test
    public void failedMemberWriteLeavesTheColumnAsItWas() {
        Team team = repository.create(draft("DACH", Optional.empty(), null, "ann", "bob"));

        try {
            repository.update(team.id(), draft("DACH", Optional.empty(), null, "carl", "x".repeat(400)));
            fail("a member key longer than the column must fail");
        } catch (RuntimeException expected) {
            // rolled back with the member rows
        }

        assertColumnMatchesRows(team.id(), List.of("ann", "bob"));
        assertEquals(List.of("ann", "bob"), repository.findAll().get(0).memberKeys());
    }

    private void assertColumnMatchesRows(long teamId, List<String> expected) {
        assertEquals("member rows", expected, memberRowsOrderedByUserKey(teamId));
        assertEquals("column", expected, MemberKeysColumn.read(db.ao().get(TeamEntity.class, (int) teamId).getMemberKeys()));
        assertEquals("findAll", expected, repository.findAll().stream().filter(team -> team.id() == teamId)
                .findFirst().orElseThrow().memberKeys());
    }

    /** The members as the two-table read gave them: the team's member rows ordered by user key. */
    private List<String> memberRowsOrderedByUserKey(long teamId) {
        return Arrays.stream(db.ao().find(TeamMemberEntity.class, Query.select().where("TEAM_ID = ?", teamId)
                .order("USER_KEY"))).map(TeamMemberEntity::getUserKey).toList();
    }

    @Test
    public void nameLookupIgnoresCase() {
        Team team = repository.create(draft("Inside Sales", Optional.empty(), null));
        assertEquals(Optional.of(team.id()), repository.findIdByName("  inside SALES "));
        assertEquals(Optional.empty(), repository.findIdByName("Outside Sales"));
    }

    @Test
    public void updateReplacesFieldsAndMembers() {
        Team parent = repository.create(draft("EMEA", Optional.empty(), null));
        Team team = repository.create(draft("DACH", Optional.empty(), "old", "ann", "bob"));

        Team updated = repository.update(team.id(), draft("DACH Region", Optional.of(parent.id()), "new", "carl")).orElseThrow();

        assertEquals("DACH Region", updated.name());
        Team read = repository.findById(team.id()).orElseThrow();
        assertEquals("DACH Region", read.name());
        assertEquals(Optional.of(parent.id()), read.parentId());
        assertEquals(Optional.of("new"), read.managerKey());
        assertEquals(List.of("carl"), read.memberKeys());
        assertEquals(Optional.of(team.id()), repository.findIdByName("dach region"));
    }

    @Test
    public void failedUpdateLeavesTheTeamAsItWas() {
        Team team = repository.create(draft("DACH", Optional.empty(), "boss", "ann", "bob"));
        List<String> tooManyCharacters = new ArrayList<>(List.of("carl", "x".repeat(400)));

        try {
            repository.update(team.id(), new TeamDraft("Renamed", "", Optional.empty(), Optional.empty(), tooManyCharacters));
            fail("a member key longer than the column must fail");
        } catch (RuntimeException expected) {
            // the database refused the row; the transaction must have rolled back
        }

        Team read = repository.findById(team.id()).orElseThrow();
        assertEquals("DACH", read.name());
        assertEquals(List.of("ann", "bob"), read.memberKeys());
        assertEquals(Optional.of("boss"), read.managerKey());
    }

    @Test
    public void deleteRemovesTeamAndMemberships() {
        Team keep = repository.create(draft("Keep", Optional.empty(), null, "ann"));
        Team drop = repository.create(draft("Drop", Optional.empty(), null, "bob", "carl"));

        assertTrue(repository.delete(drop.id()));

        assertEquals(Optional.empty(), repository.findById(drop.id()));
        assertEquals(List.of("Keep"), repository.findAll().stream().map(Team::name).toList());
        assertEquals(1, db.ao().count(TeamMemberEntity.class));
        assertEquals(List.of("ann"), repository.findById(keep.id()).orElseThrow().memberKeys());
    }

    @Test
    public void missingTeamsAreReportedAsAbsent() {
        assertEquals(Optional.empty(), repository.findById(12345));
        assertEquals(Optional.empty(), repository.findById(-1));
        assertFalse(repository.delete(12345));
        assertEquals(Optional.empty(), repository.update(12345, draft("X", Optional.empty(), null)));
    }
}
