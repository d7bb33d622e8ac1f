package com.salesteam.jira.store.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

@RunWith(Parameterized.class)
public class V6TeamMemberKeysUpgradeTaskTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private final V6TeamMemberKeysUpgradeTask task = new V6TeamMemberKeysUpgradeTask();
    private TeamRepository teams;

    public V6TeamMemberKeysUpgradeTaskTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class);
    }

    @Before
    public void repository() {
        teams = new TeamRepository(db.ao());
    }

    @Test
    public void isModelVersionSix() {
        assertTrue(ModelVersion.valueOf("6").isSame(task.getModelVersion()));
        assertTrue(ModelVersion.valueOf("5").isOlderThan(task.getModelVersion()));
    }

    @Test
    public void fillsTheMemberKeysOfTeamsOfNoneOneAndThreeThousandMembersInFewStatements() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            many.add(String.format("rep%04d", i));
        }
        Team empty = teams.create(draft("Empty", List.of()));
        Team one = teams.create(draft("One", List.of("ann")));
        Team large = teams.create(draft("Large", many));
        modelVersionFiveDatabase();
        assertEquals("before the upgrade the tree has no members", List.of(List.of(), List.of(), List.of()),
                teams.findAll().stream().map(Team::memberKeys).toList());
        db.statements().reset();

        task.upgrade(ModelVersion.valueOf("5"), db.ao());

        int upgradeStatements = db.statements().count();
        // the memberships and the teams (one statement each), one update for each of the two teams with members
        assertEquals(4, upgradeStatements - migrateStatements());
        List<Team> all = teams.findAll();
        assertEquals(List.of("Empty", "Large", "One"), all.stream().map(Team::name).toList());
        assertEquals(List.of(), all.get(0).memberKeys());
        assertEquals(many, all.get(1).memberKeys());
        assertEquals(List.of("ann"), all.get(2).memberKeys());
        for (Team team : List.of(empty, one, large)) {
            assertEquals(memberRows(team.id()), teams.findById(team.id()).orElseThrow().memberKeys());
        }
        assertEquals("the member rows stay", 3_001, db.ao().count(TeamMemberEntity.class));
    }

    @Test
    public void runningAgainChangesNothing() {
        teams.create(draft("One", List.of("bob", "ann")));
        modelVersionFiveDatabase();
        task.upgrade(ModelVersion.valueOf("5"), db.ao());
        List<Team> upgraded = teams.findAll();

        task.upgrade(ModelVersion.valueOf("5"), db.ao());

        assertEquals(upgraded, teams.findAll());
        assertEquals(List.of("ann", "bob"), upgraded.get(0).memberKeys());
    }

    /** A database as model version 5 left it: member rows, no member keys on the team rows. */
    private void modelVersionFiveDatabase() {
        db.engine().withConnection(connection -> connection.createStatement().executeUpdate(
                "UPDATE " + db.engine().tableName(TeamEntity.class) + " SET MEMBER_KEYS = NULL"));
    }

    /** The statements the schema check of {@code migrate} takes on this engine, counted on an up-to-date schema. */
    private int migrateStatements() {
        db.statements().reset();
        db.ao().migrate(TeamEntity.class, TeamMemberEntity.class);
        int count = db.statements().count();
        db.statements().reset();
        return count;
    }

    private List<String> memberRows(long teamId) {
        return Arrays.stream(db.ao().find(TeamMemberEntity.class, Query.select().where("TEAM_ID = ?", teamId)
                .order("USER_KEY"))).map(TeamMemberEntity::getUserKey).toList();
    }

    private static TeamDraft draft(String name, List<String> members) {
        return new TeamDraft(name, "", Optional.empty(), Optional.empty(), members);
    }
}
