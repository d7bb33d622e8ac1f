package com.salesteam.jira.model.automation;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.PeriodType;
import org.junit.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Close-date slip alerts on the fiscal calendar, on single cases and generated histories of slips. */
public class SlipRuleTest {

    // fiscal year from April: Q1 = April..June
    private static final FiscalCalendar APRIL = FiscalCalendar.of(Month.APRIL, ZoneId.of("Asia/Shanghai"), DayOfWeek.MONDAY);

    @Test
    public void aCloseDateMovedWithinItsQuarterIsNoAlert() {
        assertEquals(Optional.empty(), SlipRule.decide(1, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 6, 30), 2, 3,
                APRIL, PeriodType.QUARTER));
    }

    @Test
    public void aCloseDateMovedOutOfItsFiscalQuarterAlerts() {
        SlipAlert alert = SlipRule.decide(1, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 7, 1), 1, 3, APRIL,
                PeriodType.QUARTER).orElseThrow();
        assertEquals(Set.of(SlipReason.LEFT_PERIOD), alert.reasons());
        assertEquals("slip:1:1", alert.key());
        // with a calendar year from January, April 10 and July 1 are in Q2 and Q3: left too; June 30 stays
        assertTrue(SlipRule.decide(1, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 7, 1), 1, 3,
                FiscalCalendar.DEFAULT, PeriodType.QUARTER).isPresent());
        assertFalse(SlipRule.decide(1, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 6, 30), 1, 3,
                FiscalCalendar.DEFAULT, PeriodType.QUARTER).isPresent());
    }

    @Test
    public void moreSlipsThanAllowedAlertEvenInsideThePeriod() {
        SlipAlert alert = SlipRule.decide(1, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20), 4, 3, APRIL,
                PeriodType.QUARTER).orElseThrow();
        assertEquals(Set.of(SlipReason.TOO_MANY_SLIPS), alert.reasons());
        assertEquals(Optional.empty(), SlipRule.decide(1, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20), 3, 3,
                APRIL, PeriodType.QUARTER));
    }

    /** Generated slip histories: the alert keys repeat across reruns, so each slip alerts at most once. */
    @Test
    public void generatedHistoriesAlertOncePerSlipAndOnlyWhenARuleHolds() {
        Random random = new Random(11);
        for (int history = 0; history < 500; history++) {
            LocalDate baseline = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            LocalDate close = baseline;
            int slips = 0;
            int max = random.nextInt(4);
            Set<String> alerted = new HashSet<>();
            for (int run = 0; run < 40; run++) {
                if (random.nextInt(4) == 0) {
                    close = close.plusDays(1 + random.nextInt(40));
                    slips++;
                }
                Optional<SlipAlert> alert = SlipRule.decide(history, baseline, close, slips, max, APRIL, PeriodType.QUARTER);
                boolean left = !APRIL.periodContaining(PeriodType.QUARTER, baseline)
                        .equals(APRIL.periodContaining(PeriodType.QUARTER, close));
                assertEquals(left || slips > max, alert.isPresent());
                alert.ifPresent(a -> alerted.add(a.key()));
            }
            assertTrue(alerted.size() <= slips);
        }
    }
}
