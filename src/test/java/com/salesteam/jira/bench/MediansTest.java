package com.salesteam.jira.bench;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class MediansTest {

    @Test
    public void runsTheWorkOnceToWarmUpThenOnceARun() {
        int[] runs = {0};
        Medians.median(() -> runs[0]++, 5);
        assertEquals(6, runs[0]);
        Medians.cpuMedian(() -> runs[0]++, 3);
        assertEquals(10, runs[0]);
    }

    @Test
    public void theMedianIgnoresOneSlowRun() {
        int[] run = {0};
        // the warm-up and the first measured run sleep 200 ms, the other four measured runs return at once
        double median = Medians.median(() -> {
            if (run[0]++ < 2) {
                sleep(200);
            }
        }, 5);
        assertTrue("median " + median + " ms", median < 100);
    }

    @Test
    public void wallClockTimeCountsTheWait() {
        double median = Medians.median(() -> sleep(20), 3);
        assertTrue("median " + median + " ms", median >= 19);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
