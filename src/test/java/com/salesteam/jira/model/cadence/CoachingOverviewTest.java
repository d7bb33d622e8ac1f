package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class CoachingOverviewTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static ScheduledReview review(long team, String rep, int dueDay) {
        LocalDate due = LocalDate.of(2026, 11, dueDay);
        return new ScheduledReview(new ReviewKey(team, rep, "FY2026-M11"), due,
                due.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), 1, "HR-1", false);
    }

    @Test
    public void countsTheTeamsReviewsAndGivesEachRepTheirFigures() {
        CoachingOverview overview = CoachingOverview.of(1, List.of("ann", "bob", "cy"),
                List.of(review(1, "ann", 25), review(1, "bob", 10), review(1, "cy", 20), review(2, "ann", 1)),
                Map.of("ann", new RepCoaching("ann", 2, Optional.of(Instant.parse("2026-11-13T09:00:00Z")), 3, 4),
                        "bob", new RepCoaching("bob", 0, Optional.empty(), 0, 0)), NOW);

        assertEquals(2, overview.reviewsDue());
        assertEquals(1, overview.reviewsOverdue());
        CoachingOverview.Line ann = overview.reps().get(0);
        assertEquals(1, ann.reviewsDue());
        assertEquals(0, ann.reviewsOverdue());
        assertEquals(2, ann.openActions());
        assertEquals(Optional.of(7L), ann.daysSinceOneOnOne());
        assertEquals(Optional.of(75), ann.onboardingPercent());
        CoachingOverview.Line bob = overview.reps().get(1);
        assertEquals(1, bob.reviewsOverdue());
        assertEquals(Optional.empty(), bob.daysSinceOneOnOne());
        assertEquals(Optional.empty(), bob.onboardingPercent());
        CoachingOverview.Line cy = overview.reps().get(2);
        assertEquals("a rep without a row has nothing", 0, cy.openActions());
        assertEquals(1, cy.reviewsDue());
    }

    @Test
    public void aTeamWithoutRepsOrReviewsIsEmpty() {
        CoachingOverview overview = CoachingOverview.of(1, List.of(), List.of(), Map.of(), NOW);

        assertEquals(0, overview.reviewsDue());
        assertEquals(0, overview.reviewsOverdue());
        assertEquals(List.of(), overview.reps());
    }
}
