package com.salesteam.jira.model.cadence;

import com.salesteam.jira.model.review.ReviewRecord;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class CoachingOverviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static ReviewRecord review(String rep, Optional<LocalDate> due, boolean signedOff) {
        return new ReviewRecord(1, "HR-1", Optional.of(rep), "FY2026-M11", "Scheduled", signedOff, due);
    }

    @Test
    public void countsTheRepsReviewsAndGivesEachRepTheirFigures() {
        CoachingOverview overview = CoachingOverview.of(1, List.of("ann", "bob", "cy"), Map.of(
                        "ann", List.of(review("ann", Optional.of(LocalDate.of(2026, 11, 25)), false)),
                        "bob", List.of(review("bob", Optional.of(LocalDate.of(2026, 11, 10)), false),
                                review("bob", Optional.of(LocalDate.of(2026, 11, 1)), true)),
                        "cy", List.of(review("cy", Optional.of(TODAY), false), review("cy", Optional.empty(), false)),
                        "dan", List.of(review("dan", Optional.of(LocalDate.of(2026, 11, 1)), false))),
                Map.of("ann", new RepCoaching("ann", 2, Optional.of(Instant.parse("2026-11-13T09:00:00Z")), 3, 4),
                        "bob", new RepCoaching("bob", 0, Optional.empty(), 0, 0)), TODAY, NOW);

        assertEquals("ann's, and cy's two (due today, no due day)", 3, overview.reviewsDue());
        assertEquals("bob's open one; the signed-off one and dan (not in the team) do not count", 1,
                overview.reviewsOverdue());
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
        assertEquals(2, cy.reviewsDue());
    }

    @Test
    public void aTeamWithoutRepsOrReviewsIsEmpty() {
        CoachingOverview overview = CoachingOverview.of(1, List.of(), Map.of(), Map.of(), TODAY, NOW);

        assertEquals(0, overview.reviewsDue());
        assertEquals(0, overview.reviewsOverdue());
        assertEquals(List.of(), overview.reps());
    }
}
