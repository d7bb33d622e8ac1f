package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class QuotaOverlapsTest {

    private static final FiscalCalendar CALENDAR = FiscalCalendar.DEFAULT;
    private static final QuotaSubject BOB = new QuotaSubject.Rep("bob");

    private static Period period(String key) {
        return Period.parse(key, CALENDAR).orElseThrow();
    }

    private static Quota deals(QuotaSubject subject, String period) {
        return Quota.ofCount(subject, period, QuotaMetric.DEALS_WON, 5);
    }

    @Test
    public void aStoredPeriodSharingADayWithAnotherOfTheSameSubjectAndMetricIsFound() {
        QuotaOverlaps overlaps = new QuotaOverlaps(List.of(deals(BOB, "FY2026"), deals(BOB, "FY2027-Q1"),
                Quota.ofCount(new QuotaSubject.Rep("carl"), "FY2026-Q3", QuotaMetric.DEALS_WON, 1)), CALENDAR);

        assertEquals(Optional.of(period("FY2026")), overlaps.overlapping(deals(BOB, "FY2026-M05"), period("FY2026-M05")));
        assertEquals(Optional.of(period("FY2027-Q1")), overlaps.overlapping(deals(BOB, "FY2027"), period("FY2027")));
        assertEquals("the stored period itself", Optional.empty(), overlaps.overlapping(deals(BOB, "FY2026"), period("FY2026")));
        assertEquals("another person", Optional.empty(),
                overlaps.overlapping(deals(new QuotaSubject.Rep("carl"), "FY2026-Q2"), period("FY2026-Q2")));
        Quota calls = Quota.ofKpi(BOB, "FY2026-Q2", new QuotaMeasure.Kpi("calls"), 100);
        assertEquals("another metric", Optional.empty(), overlaps.overlapping(calls, period("FY2026-Q2")));
    }

    @Test
    public void periodsTouchingEndToStartDoNotOverlap() {
        assertFalse(QuotaOverlaps.overlap(period("FY2026-Q1"), period("FY2026-Q2")));
        assertTrue(QuotaOverlaps.overlap(period("FY2026-Q1"), period("FY2026-M03")));
        assertTrue(QuotaOverlaps.overlap(period("FY2026"), period("FY2026-Q4")));
    }
}
