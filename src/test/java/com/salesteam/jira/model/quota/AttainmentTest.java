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

    @Test
    public void underACapOnPaceMeansWithinTheShareOfTheCapThePeriodHasUsed() {
        LocalDate midQuarter = LocalDate.of(2026, 5, 15); // pace 49.5 %
        Attainment fifteenOfTen = Attainment.lowerIsBetter(10_00, Optional.of(15_00L), Q2, midQuarter);
        assertEquals(Optional.of(new BigDecimal("66.7")), fifteenOfTen.percent());
        assertEquals("the cap is already exceeded", 5_00L, fifteenOfTen.gapUnits());
        assertFalse("66.7 % is above the pace, yet 15 is over the whole quarter's cap", fifteenOfTen.onPace());
        assertFalse("8 by mid-quarter runs to 16", Attainment.lowerIsBetter(10_00, Optional.of(8_00L), Q2, midQuarter)
                .onPace());
        assertTrue("4.95 is 10 × 49.5 %", Attainment.lowerIsBetter(10_00, Optional.of(4_95L), Q2, midQuarter).onPace());
        assertFalse(Attainment.lowerIsBetter(10_00, Optional.of(4_96L), Q2, midQuarter).onPace());
        assertTrue("at the end of the period the whole cap may be used",
                Attainment.lowerIsBetter(10_00, Optional.of(10_00L), Q2, LocalDate.of(2026, 6, 30)).onPace());
        assertTrue(fifteenOfTen.lowerIsBetter());
        assertFalse(Attainment.of(10, 5, 0, 0, Q2, midQuarter).lowerIsBetter());
    }

    @Test
    public void underACapALoggedZeroIsAResultAndNothingLoggedIsNone() {
        LocalDate midQuarter = LocalDate.of(2026, 5, 15);
        Attainment zero = Attainment.lowerIsBetter(10_00, Optional.of(0L), Q2, midQuarter);
        assertEquals("bounded like the scorecard", Optional.of(Attainment.LOWER_IS_BETTER_CEILING), zero.percent());
        assertEquals(-10_00L, zero.gapUnits());
        assertTrue(zero.onPace());
        assertEquals("a cap of 0 kept exactly", Optional.of(new BigDecimal("100.0")),
                Attainment.lowerIsBetter(0, Optional.of(0L), Q2, midQuarter).percent());
        assertEquals(Optional.of(Attainment.LOWER_IS_BETTER_CEILING),
                Attainment.lowerIsBetter(10_00, Optional.of(1L), Q2, midQuarter).percent());

        Attainment nothing = Attainment.lowerIsBetter(10_00, Optional.empty(), Q2, midQuarter);
        assertEquals(Optional.empty(), nothing.percent());
        assertFalse(nothing.onPace());
        assertTrue(nothing.lowerIsBetter());
    }

    @Test
    public void withoutAmountsKeepsPercentPaceOnPaceAndDirection() {
        Attainment over = Attainment.lowerIsBetter(10_00, Optional.of(15_00L), Q2, LocalDate.of(2026, 5, 15));
        Attainment bare = over.withoutAmounts();
        assertEquals(0, bare.quotaUnits());
        assertEquals(0, bare.closedUnits());
        assertEquals(0, bare.gapUnits());
        assertEquals(over.percent(), bare.percent());
        assertEquals(over.pacePercent(), bare.pacePercent());
        assertFalse("zeroed amounts must not turn it on pace", bare.onPace());
        assertTrue(bare.lowerIsBetter());
        assertTrue(Attainment.of(10, 12, 0, 0, Q2, LocalDate.of(2026, 4, 1)).withoutAmounts().onPace());
    }
}
