package com.salesteam.jira.model;

import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class PeriodTypeTest {

    @Test
    public void keysAreTheLowerCaseNames() {
        assertEquals("week", PeriodType.WEEK.key());
        assertEquals("month", PeriodType.MONTH.key());
        assertEquals("quarter", PeriodType.QUARTER.key());
        assertEquals("year", PeriodType.YEAR.key());
    }

    @Test
    public void everyKeyReadsBackAsItsType() {
        for (PeriodType type : PeriodType.values()) {
            assertEquals(Optional.of(type), PeriodType.fromKey(type.key()));
        }
    }

    @Test
    public void unknownKeysAreEmptyNotErrors() {
        assertEquals(Optional.empty(), PeriodType.fromKey("WEEK"));
        assertEquals(Optional.empty(), PeriodType.fromKey("fortnight"));
        assertEquals(Optional.empty(), PeriodType.fromKey(""));
        assertEquals(Optional.empty(), PeriodType.fromKey(null));
    }
}
