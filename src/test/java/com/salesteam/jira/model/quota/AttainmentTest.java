package com.salesteam.jira.model.quota;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class AttainmentTest {

    /** April to June 2026: 91 days. */
    private static final Period Q2 = Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow();

    @Test
    public void attainmentGapPaceAndCoverageFollowTheFormulas() {
        // quota 100 000, closed 45 000, open 110 000 (weighted 44 000) on 15 May: 45 of 91 days elapsed
        Attainment attainment = Attainment.of(100_000_00, 45_000_00, 110_000_00, 44_000_00, Q2, LocalDate.of(2026, 5, 15));

        assertEquals(Optional.of(new BigDecimal("45.0")), attainment.percent());
        assertEquals(55_000_00, attainment.gapUnits());
        assertEquals(new BigDecimal("49.5"), attainment.pacePercent());
        assertEquals(Optional.of(new BigDecimal("2.00")), attainment.coverage());
        assertEquals(Optional.of(new BigDecimal("0.80")), attainment.weightedCoverage());
        assertFalse(attainment.onPace());
    }

    @Test
    public void beyondTheQuotaThereIsNoGapToCoverAndNoQuotaNoPercent() {
        Attainment exceeded = Attainment.of(10, 12, 5, 2, Q2, LocalDate.of(2026, 4, 1));
        assertEquals(Optional.of(new BigDecimal("120.0")), exceeded.percent());
        assertEquals(-2, exceeded.gapUnits());
        assertEquals(Optional.empty(), exceeded.coverage());
        assertTrue(exceeded.onPace());

        assertEquals(Optional.empty(), Attainment.of(0, 5, 0, 0, Q2, LocalDate.of(2026, 4, 1)).percent());
    }

    @Test
    public void paceRunsFromNothingBeforeThePeriodToAllOfItAfter() {
        assertEquals(new BigDecimal("0.0"), Attainment.pace(Q2, LocalDate.of(2026, 3, 31)));
        assertEquals(new BigDecimal("1.1"), Attainment.pace(Q2, LocalDate.of(2026, 4, 1)));
        assertEquals(new BigDecimal("100.0"), Attainment.pace(Q2, LocalDate.of(2026, 6, 30)));
        assertEquals(new BigDecimal("100.0"), Attainment.pace(Q2, LocalDate.of(2026, 9, 1)));
    }
}
