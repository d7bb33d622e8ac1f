package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Which days a board ranks, and each refusal naming its field. */
public class BoardPeriodTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-15T10:00:00Z"), ZoneOffset.UTC);
    private static final FiscalCalendar CALENDAR = FiscalCalendar.DEFAULT;

    private static BoardPeriod resolve(String period, String from, String to) {
        return BoardPeriod.resolve(CALENDAR, period, from, to, CLOCK);
    }

    @Test
    public void periodsWeeksAndRangesWithTheirPrevious() {
        BoardPeriod quarter = resolve(null, null, null);
        assertEquals(BoardPeriod.Kind.FISCAL, quarter.kind());
        assertEquals("FY2026-Q2", quarter.key());
        assertEquals("FY2026-Q1", quarter.previousKey());

        BoardPeriod week = resolve(" 2026-W01 ", "", "");
        assertEquals(BoardPeriod.Kind.WEEK, week.kind());
        assertEquals("2025-W52", week.previousKey());
        assertEquals(DateRange.ofDays(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4)), week.range());

        BoardPeriod range = resolve("", "2026-05-01", "2026-05-01");
        assertEquals(BoardPeriod.Kind.CUSTOM, range.kind());
        assertEquals("2026-05-01..2026-05-01", range.key());
        assertEquals("2026-04-30..2026-04-30", range.previousKey());
        assertEquals(366, resolve("", "2027-07-01", "2028-06-30").range().days());
    }

    @Test
    public void eachBadRequestNamesItsField() {
        assertEquals("period", refusedField("FY2026-Q7", null, null));
        assertEquals("period", refusedField("FY2026-Q2", "2026-05-01", "2026-05-02"));
        assertEquals("from", refusedField(null, null, "2026-05-02"));
        assertEquals("to", refusedField(null, "2026-05-02", " "));
        assertEquals("from", refusedField(null, "2026-13-01", "2026-05-02"));
        assertEquals("to", refusedField(null, "2026-05-02", "<script>"));
        assertEquals("to", refusedField(null, "2026-05-02", "2026-05-01"));
        assertEquals("to", refusedField(null, "2026-01-01", "2027-01-02"));
    }

    @Test
    public void tieRulesAreSharedByDefaultAndNamedOtherwise() {
        assertFalse(TieBreaks.reachedFirst(null));
        assertFalse(TieBreaks.reachedFirst(" shared"));
        assertTrue(TieBreaks.reachedFirst("Reached-First"));
        ServiceException refusal = assertThrows(ServiceException.class, () -> TieBreaks.reachedFirst("coin"));
        assertEquals("tieBreak", refusal.fieldErrors().get(0).field());
    }

    private static String refusedField(String period, String from, String to) {
        ServiceException refusal = assertThrows(ServiceException.class, () -> resolve(period, from, to));
        assertEquals(ServiceException.Reason.INVALID, refusal.reason());
        return refusal.fieldErrors().stream().map(FieldError::field).findFirst().orElseThrow();
    }
}
