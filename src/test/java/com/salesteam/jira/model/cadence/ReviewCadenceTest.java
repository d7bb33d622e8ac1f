package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.PeriodType;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class ReviewCadenceTest {

    @Test
    public void keysRoundTripAndMapToFiscalPeriods() {
        for (ReviewCadence cadence : ReviewCadence.values()) {
            assertEquals(Optional.of(cadence), ReviewCadence.fromKey(cadence.key()));
        }
        assertEquals(PeriodType.MONTH, ReviewCadence.MONTHLY.periodType());
        assertEquals(PeriodType.QUARTER, ReviewCadence.QUARTERLY.periodType());
        assertEquals(Optional.empty(), ReviewCadence.fromKey("MONTHLY"));
        assertEquals(Optional.empty(), ReviewCadence.fromKey("weekly"));
    }
}
