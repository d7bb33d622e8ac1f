package com.salesteam.jira.model.ranking;

import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class LeaderboardMetricTest {

    @Test
    public void keysAreTheRestSpellingAndRoundTrip() {
        for (LeaderboardMetric metric : LeaderboardMetric.values()) {
            assertEquals(Optional.of(metric), LeaderboardMetric.fromKey(metric.key()));
        }
        assertEquals("percent-of-quota", LeaderboardMetric.PERCENT_OF_QUOTA.key());
        assertEquals(Optional.of(LeaderboardMetric.WEIGHTED_PIPELINE), LeaderboardMetric.fromKey(" Weighted-Pipeline "));
        assertEquals(Optional.of(LeaderboardMetric.NEW_PIPELINE), LeaderboardMetric.fromKey("new-pipeline"));
        assertEquals(Optional.empty(), LeaderboardMetric.fromKey("open-pipeline"));
    }

    @Test
    public void onlyRevenueWeightedAndNewPipelineAreMoney() {
        assertEquals(true, LeaderboardMetric.REVENUE_WON.money());
        assertEquals(true, LeaderboardMetric.WEIGHTED_PIPELINE.money());
        assertEquals(true, LeaderboardMetric.NEW_PIPELINE.money());
        assertEquals(false, LeaderboardMetric.DEALS_WON.money());
        assertEquals(false, LeaderboardMetric.PERCENT_OF_QUOTA.money());
    }
}
