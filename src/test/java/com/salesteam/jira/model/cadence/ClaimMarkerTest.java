package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

public class ClaimMarkerTest {

    @Test
    public void theSameClaimGivesTheSameLabel() {
        assertEquals(ClaimMarker.of(ClaimMarker.Job.REVIEW, "7|FY2026-M11|ann"),
                ClaimMarker.of(ClaimMarker.Job.REVIEW, "7|FY2026-M11|ann"));
    }

    @Test
    public void jobsAndKeysGiveDifferentLabels() {
        Set<String> labels = new HashSet<>();
        for (ClaimMarker.Job job : ClaimMarker.Job.values()) {
            labels.add(ClaimMarker.of(job, "ann#0"));
            labels.add(ClaimMarker.of(job, "ann#1"));
        }
        assertEquals(8, labels.size());
        assertNotEquals(ClaimMarker.of(ClaimMarker.Job.ONBOARDING, "ann#0"),
                ClaimMarker.of(ClaimMarker.Job.ONBOARDING, "Ann#0"));
    }

    @Test
    public void aLabelIsOneJqlWordWhateverTheKeyHolds() {
        String label = ClaimMarker.of(ClaimMarker.Job.ONE_ON_ONE, "2026-11-27|o'brien \"<script>\" 李伟");
        assertTrue(label, label.matches("salesteam-claim-o-[0-9a-f]{24}"));
        assertTrue(label.length() <= 255);
    }
}
