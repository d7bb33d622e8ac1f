package com.salesteam.jira.model.competition;

import com.salesteam.jira.model.ranking.LeaderboardMetric;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class CompetitionStateTest {

    private final CompetitionTerms may = new CompetitionTerms("May", "", LeaderboardMetric.DEALS_WON, Scoring.ABSOLUTE,
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), List.of(1L), List.of(), List.of());

    @Test
    public void theStateFollowsTheDaysWithTheEndDayStillRunning() {
        assertEquals(CompetitionState.UPCOMING, may.state(LocalDate.of(2026, 4, 30)));
        assertEquals(CompetitionState.RUNNING, may.state(LocalDate.of(2026, 5, 1)));
        assertEquals(CompetitionState.RUNNING, may.state(LocalDate.of(2026, 5, 31)));
        assertEquals(CompetitionState.FINISHED, may.state(LocalDate.of(2026, 6, 1)));
        assertEquals("finished", CompetitionState.FINISHED.key());
    }

    @Test
    public void daysLeftCountTodayAndStopAtZero() {
        assertEquals(31, may.daysLeft(LocalDate.of(2026, 4, 2)));
        assertEquals(18, may.daysLeft(LocalDate.of(2026, 5, 14)));
        assertEquals(1, may.daysLeft(LocalDate.of(2026, 5, 31)));
        assertEquals(0, may.daysLeft(LocalDate.of(2026, 6, 3)));
        assertEquals(31, may.lengthInDays());
    }

    @Test
    public void scoringKeysRoundTrip() {
        assertEquals("percent-of-target", Scoring.PERCENT_OF_TARGET.key());
        assertEquals(Optional.of(Scoring.PERCENT_OF_TARGET), Scoring.fromKey(" Percent-Of-Target "));
        assertEquals(Optional.empty(), Scoring.fromKey("luck"));
        assertEquals(Optional.empty(), Scoring.fromKey(null));
    }
}
