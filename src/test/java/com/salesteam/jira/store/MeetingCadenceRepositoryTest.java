package com.salesteam.jira.store;

import com.salesteam.jira.model.cadence.MeetingCadence;
import com.salesteam.jira.model.cadence.MeetingKey;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.salesteam.jira.model.cadence.TeamMeetingFrequency.MONTHLY;
import static com.salesteam.jira.model.cadence.TeamMeetingFrequency.QUARTERLY;
import static com.salesteam.jira.model.cadence.TeamMeetingFrequency.WEEKLY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;

/** Teams' meeting cadences and the meetings' claims on the real SQL engines, with their statement counts. */
@RunWith(Parameterized.class)
public class MeetingCadenceRepositoryTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private MeetingCadenceRepository repository;

    public MeetingCadenceRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, MeetingCadenceEntity.class, TeamMeetingEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new MeetingCadenceRepository(db.ao());
    }

    @Test
    public void aSavedCadenceReplacesTheTeamsOldOneAndAllAreReadInOneStatement() {
        repository.save(new MeetingCadence(1, EnumSet.of(WEEKLY), "SALES", 5));
        repository.save(new MeetingCadence(1, EnumSet.of(QUARTERLY, MONTHLY), "HR", 10));
        repository.save(new MeetingCadence(2, EnumSet.of(WEEKLY, MONTHLY, QUARTERLY), "CN", 3));
        db.statements().reset();

        List<MeetingCadence> cadences = repository.cadences();

        assertEquals(1, db.statements().count());
        assertEquals(2, cadences.size());
        assertEquals(Optional.of(new MeetingCadence(1, EnumSet.of(MONTHLY, QUARTERLY), "HR", 10)), repository.cadence(1));
        assertEquals(List.of(WEEKLY, MONTHLY, QUARTERLY), List.copyOf(repository.cadence(2).orElseThrow().frequencies()));
        assertEquals(2, db.ao().count(MeetingCadenceEntity.class));
        assertEquals("MONTHLY,QUARTERLY", db.ao().find(MeetingCadenceEntity.class,
                net.java.ao.Query.select().where("TEAM_ID = ?", 1L))[0].getFrequencies());
    }

    @Test
    public void aSaveUpdatesTheTeamsRowInPlaceAndTheTeamColumnRefusesASecondRow() {
        repository.save(new MeetingCadence(1, EnumSet.of(WEEKLY), "SALES", 5));
        int id = db.ao().find(MeetingCadenceEntity.class)[0].getID();

        repository.save(new MeetingCadence(1, EnumSet.of(MONTHLY), "HR", 7));

        MeetingCadenceEntity[] rows = db.ao().find(MeetingCadenceEntity.class);
        assertEquals(1, rows.length);
        assertEquals(id, rows[0].getID());
        Map<String, Object> second = new HashMap<>();
        second.put("TEAM_ID", 1L);
        second.put("FREQUENCIES", "WEEKLY");
        second.put("PROJECT_KEY", "X");
        second.put("LEADERBOARD_TOP", 3);
        assertThrows(RuntimeException.class, () -> db.ao().executeInTransaction(() -> {
            db.ao().create(MeetingCadenceEntity.class, List.of(second));
            return null;
        }));
        assertEquals(1, db.ao().count(MeetingCadenceEntity.class));
    }

    @Test
    public void aSaveWhoseInsertLosesARaceIsRetriedAsAnUpdate() {
        repository.save(new MeetingCadence(1, EnumSet.of(WEEKLY), "SALES", 5));
        // the racing save looked before the other's row was committed: its first look finds nothing
        ActiveObjects racing = spy(db.ao());
        doReturn(new MeetingCadenceEntity[0]).doCallRealMethod().when(racing)
                .find(eq(MeetingCadenceEntity.class), any(Query.class));

        new MeetingCadenceRepository(racing).save(new MeetingCadence(1, EnumSet.of(QUARTERLY), "HR", 9));

        assertEquals(1, db.ao().count(MeetingCadenceEntity.class));
        assertEquals(Optional.of(new MeetingCadence(1, EnumSet.of(QUARTERLY), "HR", 9)), repository.cadence(1));
    }

    @Test
    public void deletingACadenceSaysWhetherThereWasOne() {
        repository.save(new MeetingCadence(1, EnumSet.of(WEEKLY), "SALES", 5));

        assertTrue(repository.delete(1));
        assertFalse(repository.delete(1));
        assertEquals(Optional.empty(), repository.cadence(1));
    }

    @Test
    public void aRowWithAFrequencyThisVersionDoesNotKnowIsLeftOut() {
        Map<String, Object> row = new HashMap<>();
        row.put("TEAM_ID", 3L);
        row.put("FREQUENCIES", "WEEKLY,FORTNIGHTLY");
        row.put("PROJECT_KEY", "SALES");
        row.put("LEADERBOARD_TOP", 5);
        db.ao().create(MeetingCadenceEntity.class, row);

        assertEquals(List.of(), repository.cadences());
    }

    @Test
    public void aMeetingIsClaimedOnceAndASecondClaimOfTheSameKeyIsRefused() {
        assertTrue(repository.claim(new MeetingKey(1, WEEKLY, "FY2026-W20"), java.time.Instant.EPOCH));
        assertFalse(repository.claim(new MeetingKey(1, WEEKLY, "FY2026-W20"), java.time.Instant.EPOCH));
        assertTrue(repository.claim(new MeetingKey(1, MONTHLY, "FY2026-M05"), java.time.Instant.EPOCH));
        assertTrue(repository.claim(new MeetingKey(2, WEEKLY, "FY2026-W20"), java.time.Instant.EPOCH));

        assertEquals(3, db.ao().count(TeamMeetingEntity.class));
        assertEquals(Set.of("meeting:1:weekly:FY2026-W20", "meeting:2:weekly:FY2026-W20"),
                repository.claimedKeys(List.of("FY2026-W20")));
    }

    @Test
    public void theDatabaseItselfRefusesASecondRowWithTheSameKey() {
        repository.claim(new MeetingKey(1, WEEKLY, "FY2026-W20"), java.time.Instant.EPOCH);
        Map<String, Object> row = new HashMap<>();
        row.put("NATURAL_KEY", "meeting:1:weekly:FY2026-W20");
        row.put("TEAM_ID", 1L);
        row.put("FREQUENCY", "WEEKLY");
        row.put("PERIOD_KEY", "FY2026-W20");
        row.put("ISSUE_ID", 0L);

        assertThrows(RuntimeException.class, () -> db.ao().create(TeamMeetingEntity.class, List.of(row)));
        assertEquals(1, db.ao().count(TeamMeetingEntity.class));
    }

    @Test
    public void aConfirmedClaimKeepsItsIssueAndAReleasedOneCanBeClaimedAgain() {
        MeetingKey weekly = new MeetingKey(1, WEEKLY, "FY2026-W20");
        MeetingKey monthly = new MeetingKey(1, MONTHLY, "FY2026-M05");
        repository.claim(weekly, java.time.Instant.EPOCH);
        repository.claim(monthly, java.time.Instant.EPOCH);
        repository.confirm(weekly, 10100L, "SALES-7");

        repository.release(monthly);
        repository.release(weekly);

        TeamMeetingEntity[] rows = db.ao().find(TeamMeetingEntity.class);
        assertEquals(1, rows.length);
        assertEquals("meeting:1:weekly:FY2026-W20", rows[0].getNaturalKey());
        assertEquals(10100L, rows[0].getIssueId());
        assertEquals("SALES-7", rows[0].getIssueKey());
        assertEquals("WEEKLY", rows[0].getFrequency());
        assertTrue(repository.claim(monthly, java.time.Instant.EPOCH));
    }

    @Test
    public void claimedKeysOfManyPeriodsAreReadInOneStatement() {
        repository.claim(new MeetingKey(1, WEEKLY, "FY2026-W20"), java.time.Instant.EPOCH);
        repository.claim(new MeetingKey(1, QUARTERLY, "FY2026-Q2"), java.time.Instant.EPOCH);
        db.statements().reset();

        assertEquals(Set.of("meeting:1:weekly:FY2026-W20", "meeting:1:quarterly:FY2026-Q2"),
                repository.claimedKeys(List.of("FY2026-W20", "FY2026-Q2", "FY2026-M05", "FY2026-W20")));
        assertEquals(1, db.statements().count());
        db.statements().reset();
        assertEquals(Set.of(), repository.claimedKeys(List.of()));
        assertEquals(0, db.statements().count());
    }
}
