package com.salesteam.jira.store;

import com.salesteam.jira.model.cadence.DueMeeting;
import com.salesteam.jira.model.cadence.HeldMeeting;
import com.salesteam.jira.model.cadence.MeetingFrequency;
import com.salesteam.jira.model.cadence.OneOnOneSchedule;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

@RunWith(Parameterized.class)
public class OneOnOneRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private OneOnOneRepository repository;

    public OneOnOneRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, OneOnOneEntity.class, OneOnOneMeetEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new OneOnOneRepository(db.ao());
    }

    private static OneOnOneSchedule schedule(String rep, MeetingFrequency frequency, String project) {
        return new OneOnOneSchedule(rep, "boss", frequency, DAY, project);
    }

    @Test
    public void aSavedScheduleReplacesTheRepsOldOneAndAllAreReadInOneStatement() {
        repository.save(schedule("ann", MeetingFrequency.WEEKLY, "SALES"));
        repository.save(schedule("ann", MeetingFrequency.BIWEEKLY, "HR"));
        repository.save(schedule("bob", MeetingFrequency.WEEKLY, "SALES"));
        db.statements().reset();

        List<OneOnOneSchedule> all = repository.schedules();

        assertEquals(1, db.statements().count());
        assertEquals(2, all.size());
        assertEquals(Optional.of(schedule("ann", MeetingFrequency.BIWEEKLY, "HR")), repository.schedule("ann"));
        assertEquals(2, db.ao().count(OneOnOneEntity.class));
    }

    @Test
    public void deletingAScheduleSaysWhetherThereWasOneAndAnUnknownFrequencyIsLeftOut() {
        repository.save(schedule("ann", MeetingFrequency.WEEKLY, "SALES"));
        Map<String, Object> row = new HashMap<>();
        row.put("REP_KEY", "cy");
        row.put("MANAGER_KEY", "boss");
        row.put("FREQUENCY", "MONTHLY");
        row.put("FIRST_DAY", DAY.toEpochDay());
        row.put("PROJECT_KEY", "SALES");
        db.ao().create(OneOnOneEntity.class, row);

        assertEquals(List.of("ann"), repository.schedules().stream().map(OneOnOneSchedule::repKey).toList());
        assertTrue(repository.delete("ann"));
        assertFalse(repository.delete("ann"));
        assertEquals(Optional.empty(), repository.schedule("ann"));
    }

    @Test
    public void aMeetingIsClaimedOnceAndTheDatabaseRefusesASecondRowWithItsKey() {
        DueMeeting meeting = new DueMeeting("ann", "boss", DAY, "SALES");

        assertTrue(repository.claim(meeting, java.time.Instant.EPOCH));
        assertFalse(repository.claim(meeting, java.time.Instant.EPOCH));
        assertTrue(repository.claim(new DueMeeting("ann", "boss", DAY.plusDays(7), "SALES"), java.time.Instant.EPOCH));
        Map<String, Object> row = new HashMap<>();
        row.put("NATURAL_KEY", meeting.key());
        row.put("REP_KEY", "ann");
        row.put("MEETING_DAY", DAY.toEpochDay());
        row.put("ISSUE_ID", 0L);
        row.put("HELD_AT", 0L);

        assertThrows(RuntimeException.class, () -> db.ao().create(OneOnOneMeetEntity.class, List.of(row)));
        assertEquals(2, db.ao().count(OneOnOneMeetEntity.class));
    }

    @Test
    public void aMeetingTheListenerSawBeforeItsConfirmationKeepsOneRowWithWhatTheListenerRecorded() {
        DueMeeting ann = new DueMeeting("ann", "boss", DAY, "SALES");
        repository.claim(ann, java.time.Instant.EPOCH);
        Instant held = Instant.parse("2026-11-20T15:00:00Z");
        repository.recordMeeting(10_100L, "SALES-7", "ann", Optional.of(held), "Call Acme");

        repository.confirm(ann.key(), 10_100L, "SALES-7");

        assertEquals(1, db.ao().count(OneOnOneMeetEntity.class));
        assertEquals(Optional.of(10_100L), repository.issueIdOf(ann.key()));
        assertEquals(Map.of("ann", new HeldMeeting("ann", "SALES-7", held, "Call Acme")),
                repository.lastHeld(List.of("ann")));
        repository.recordMeeting(10_100L, "SALES-7", "ann", Optional.empty(), "");
        assertEquals(1, db.ao().count(OneOnOneMeetEntity.class));
    }

    @Test
    public void eachRepsLatestClaimSinceADayIsReadInOneStatement() {
        repository.claim(new DueMeeting("ann", "boss", DAY, "SALES"), java.time.Instant.EPOCH);
        repository.claim(new DueMeeting("ann", "boss", DAY.plusDays(7), "SALES"), java.time.Instant.EPOCH);
        repository.claim(new DueMeeting("bob", "boss", DAY.minusDays(30), "SALES"), java.time.Instant.EPOCH);
        repository.recordMeeting(77L, "SALES-77", "cy", Optional.empty(), "");
        db.statements().reset();

        Map<String, LocalDate> last = repository.lastClaimedDays(List.of("ann", "bob", "cy"), DAY.minusDays(28));

        assertEquals(1, db.statements().count());
        assertEquals(Map.of("ann", DAY.plusDays(7)), last);
    }

    @Test
    public void aScheduleKeepsTheDayItWasSavedFrom() {
        OneOnOneSchedule saved = new OneOnOneSchedule("ann", "boss", MeetingFrequency.WEEKLY, DAY.minusDays(9),
                "SALES", DAY);
        repository.save(saved);

        assertEquals(Optional.of(saved), repository.schedule("ann"));
    }

    @Test
    public void aConfirmedClaimKeepsItsIssueAndAReleasedOneCanBeClaimedAgain() {
        DueMeeting ann = new DueMeeting("ann", "boss", DAY, "SALES");
        DueMeeting bob = new DueMeeting("bob", "boss", DAY, "SALES");
        repository.claim(ann, java.time.Instant.EPOCH);
        repository.claim(bob, java.time.Instant.EPOCH);
        repository.confirm(ann.key(), 10_100L, "SALES-7");

        repository.release(bob.key());
        repository.release(ann.key());

        assertEquals(Optional.of(10_100L), repository.issueIdOf(ann.key()));
        assertEquals(Optional.empty(), repository.issueIdOf(bob.key()));
        assertEquals(1, db.ao().count(OneOnOneMeetEntity.class));
        assertTrue(repository.claim(bob, java.time.Instant.EPOCH));
        assertEquals(Optional.empty(), repository.issueIdOf(bob.key()));
    }

    @Test
    public void aScheduledMeetingIsHeldReopenedAndHeldAgainOnItsOwnRow() {
        DueMeeting ann = new DueMeeting("ann", "boss", DAY, "SALES");
        repository.claim(ann, java.time.Instant.EPOCH);
        repository.confirm(ann.key(), 500L, "SALES-5");
        Instant held = Instant.parse("2026-11-20T15:00:00Z");

        repository.recordMeeting(500L, "SALES-5", "ann", Optional.of(held), "* Call Acme");
        assertEquals("Call Acme", repository.lastHeld(List.of("ann")).get("ann").items().get(0));
        repository.recordMeeting(500L, "SALES-5", "ann", Optional.empty(), "* Call Acme");
        assertEquals(Map.of(), repository.lastHeld(List.of("ann")));
        repository.recordMeeting(500L, "SALES-5", "ann", Optional.of(held.plusSeconds(60)), "* Call Acme\n* Demo");

        assertEquals(1, db.ao().count(OneOnOneMeetEntity.class));
        assertEquals(new HeldMeeting("ann", "SALES-5", held.plusSeconds(60), "* Call Acme\n* Demo"),
                repository.lastHeld(List.of("ann")).get("ann"));
    }

    @Test
    public void aMeetingMadeByHandGetsItsOwnRowAndTheLatestHeldOfManyRepsIsReadInOneStatement() {
        repository.recordMeeting(600L, "SALES-6", "ann", Optional.of(Instant.parse("2026-11-01T10:00:00Z")), "old");
        repository.recordMeeting(601L, "SALES-7", "ann", Optional.of(Instant.parse("2026-11-15T10:00:00Z")), "new");
        repository.recordMeeting(602L, "SALES-8", "ann", Optional.empty(), "not held");
        repository.recordMeeting(603L, "SALES-9", "bob", Optional.of(Instant.parse("2026-11-02T10:00:00Z")), "");
        List<String> reps = new ArrayList<>(List.of("ann", "bob", "cy"));
        for (int i = 0; i < 1_500; i++) {
            reps.add("rep" + i);
        }
        db.statements().reset();

        Map<String, HeldMeeting> last = repository.lastHeld(reps);

        assertEquals(1, db.statements().count());
        assertEquals(Set.of("ann", "bob"), last.keySet());
        assertEquals("SALES-7", last.get("ann").issueKey());
        assertEquals("new", last.get("ann").actionItems());
        assertEquals("issue:600", db.ao().find(OneOnOneMeetEntity.class, Query.select().where("ISSUE_ID = ?", 600L))[0]
                .getNaturalKey());
    }
}
