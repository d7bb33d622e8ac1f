package com.salesteam.jira.model.cadence;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

public class ReviewKeyTest {

    @Test
    public void theTextNamesTeamPeriodAndRepSoEachTripleIsDistinct() {
        assertEquals("7|FY2026-Q4|ann", new ReviewKey(7, "ann", "FY2026-Q4").text());
        assertNotEquals(new ReviewKey(7, "ann", "FY2026-Q4").text(), new ReviewKey(8, "ann", "FY2026-Q4").text());
        assertNotEquals(new ReviewKey(7, "ann", "FY2026-Q4").text(), new ReviewKey(7, "ann", "FY2026-Q3").text());
    }

    @Test
    public void aKeyLongerThanTheColumnDoesNotFit() {
        assertTrue(new ReviewKey(7, "a".repeat(200), "FY2026-M11").fits());
        assertFalse(new ReviewKey(7, "a".repeat(250), "FY2026-M11").fits());
    }
}
