package com.salesteam.jira.store;

import com.salesteam.jira.model.cadence.HeldMeeting;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.StatementCounter;
import com.salesteam.jira.store.testing.TestDatabase;
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
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * SQL Server takes at most 2,100 parameters in a statement; the test engine fails any statement with more than
 * {@link StatementCounter#MAX_PARAMETERS}. The 1:1 reads of 2,500 reps stay under it and answer what reads of 500
 * reps at a time answer.
 */
@RunWith(Parameterized.class)
public class OneOnOneParameterLimitTest {

    private static final int REPS = 2_500;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final Instant HELD = Instant.parse("2026-11-02T09:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private OneOnOneRepository repository;
    private final List<String> reps = new ArrayList<>();

    public OneOnOneParameterLimitTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, OneOnOneEntity.class, OneOnOneMeetEntity.class);
    }

    /** Two meetings of every rep, a week apart, the later one held unless the rep's number is a multiple of 4. */
    @Before
    public void storeMeetings() {
        repository = new OneOnOneRepository(db.ao());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < REPS; i++) {
            String rep = String.format(Locale.ROOT, "rep%04d", i);
            reps.add(rep);
            for (int week = 0; week < 2; week++) {
                Map<String, Object> row = new HashMap<>();
                row.put("NATURAL_KEY", rep + "|" + week);
                row.put("REP_KEY", rep);
                row.put("MEETING_DAY", DAY.plusDays(7L * week + i % 5).toEpochDay());
                row.put("ISSUE_ID", 10_000L + 2L * i + week);
                row.put("ISSUE_KEY", "MEET-" + (2 * i + week));
                row.put("HELD_AT", week == 1 && i % 4 == 0 ? 0L
                        : HELD.plusSeconds(7L * 86_400 * week + 60L * i).toEpochMilli());
                row.put("ACTION_ITEMS", "call " + rep + " back");
                row.put("CLAIMED_AT", HELD.toEpochMilli());
                rows.add(row);
            }
        }
        db.ao().create(OneOnOneMeetEntity.class, rows);
    }

    private void assertWithinTheLimit() {
        assertTrue("most parameters in a statement: " + db.statements().mostParameters(),
                db.statements().mostParameters() <= StatementCounter.MAX_PARAMETERS);
    }

    @Test
    public void theLastClaimedDaysOfTwoThousandFiveHundredRepsAreWhatReadsOfFiveHundredAnswer() {
        Map<String, LocalDate> small = new HashMap<>();
        for (List<String> part : InList.chunks(reps, 500)) {
            small.putAll(repository.lastClaimedDays(part, DAY));
        }
        db.statements().reset();

        Map<String, LocalDate> last = repository.lastClaimedDays(reps, DAY);

        assertEquals("one statement per 1,000 reps", 3, db.statements().count());
        assertWithinTheLimit();
        assertEquals(small, last);
        assertEquals(REPS, last.size());
        assertEquals("the later of the rep's two meetings", DAY.plusDays(7 + 4), last.get("rep2499"));
    }

    @Test
    public void theLastHeldMeetingsOfTwoThousandFiveHundredRepsAreWhatReadsOfFiveHundredAnswer() {
        Map<String, HeldMeeting> small = new HashMap<>();
        for (List<String> part : InList.chunks(reps, 500)) {
            small.putAll(repository.lastHeld(part));
        }
        db.statements().reset();

        Map<String, HeldMeeting> last = repository.lastHeld(reps);

        assertEquals(3, db.statements().count());
        assertWithinTheLimit();
        assertEquals(small, last);
        assertEquals(REPS, last.size());
        assertEquals("MEET-4999", last.get("rep2499").issueKey());
        assertEquals("the later meeting was not held: the earlier one", "MEET-4992", last.get("rep2496").issueKey());
    }
}
