package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.cadence.MeetingIssue;
import com.salesteam.jira.model.cadence.RepCoaching;
import com.salesteam.jira.store.OneOnOneMeetEntity;
import com.salesteam.jira.store.OneOnOneRepository;
import com.salesteam.jira.store.RepCoachingEntity;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** Held meetings reach the 1:1 store and the gadget's last 1:1, over the real-SQL stores. */
public class MeetingRecordsTest {

    private static final Instant HELD = Instant.parse("2026-11-20T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, OneOnOneMeetEntity.class,
            RepCoachingEntity.class);

    private OneOnOneRepository meetings;
    private RepCoachingRepository coaching;
    private MeetingRecords records;

    @Before
    public void setUp() {
        meetings = new OneOnOneRepository(db.ao());
        coaching = new RepCoachingRepository(db.ao());
        records = new MeetingRecords(meetings, coaching);
    }

    private Optional<Instant> lastOneOnOne(String rep) {
        RepCoaching row = coaching.byRep(List.of(rep)).get(rep);
        return row == null ? Optional.empty() : row.lastOneOnOne();
    }

    @Test
    public void aHeldMeetingIsTheRepsLastOneOnOneAndAReopenedOneLeavesItAsItWas() {
        records.record(new MeetingIssue(5, "SALES-5", Optional.of("ann"), Optional.of(HELD), "* Call Acme"));

        assertEquals(Optional.of(HELD), lastOneOnOne("ann"));
        assertEquals("SALES-5", meetings.lastHeld(List.of("ann")).get("ann").issueKey());

        records.record(new MeetingIssue(5, "SALES-5", Optional.of("ann"), Optional.empty(), "* Call Acme"));
        assertEquals(Optional.of(HELD), lastOneOnOne("ann"));
        assertEquals(Map.of(), meetings.lastHeld(List.of("ann")));

        records.record(new MeetingIssue(4, "SALES-4", Optional.of("ann"), Optional.of(HELD.minusSeconds(86_400)), ""));
        assertEquals("an older meeting held late does not move the last 1:1 back", Optional.of(HELD),
                lastOneOnOne("ann"));
    }

    @Test
    public void aDeletedMeetingLeavesTheNextAgendaButKeepsItsClaimAndTheLastOneOnOne() {
        records.record(new MeetingIssue(5, "SALES-5", Optional.of("ann"), Optional.of(HELD), "* Call Acme"));

        records.delete(5);

        assertEquals(Map.of(), meetings.lastHeld(List.of("ann")));
        assertEquals(1, db.ao().count(OneOnOneMeetEntity.class));
        assertEquals(Optional.of(HELD), lastOneOnOne("ann"));
    }

    @Test
    public void aMeetingWithoutARepIsNotRecorded() {
        records.record(new MeetingIssue(6, "SALES-6", Optional.empty(), Optional.of(HELD), "* Call"));

        assertEquals(0, db.ao().count(OneOnOneMeetEntity.class));
        assertEquals(0, db.ao().count(RepCoachingEntity.class));
    }
}
