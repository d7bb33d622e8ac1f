package com.salesteam.jira.model.review;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Forecast accuracy, the snapshot's stored KPI text, and when coaching actions and reviews are overdue. */
public class ReviewModelTest {

    @Test
    public void forecastAccuracyIsWonOverCommitAtTheStartToOneDecimal() {
        assertEquals(Optional.of(new BigDecimal("80.0")), ForecastAccuracy.of(72_000, 90_000).percent());
        assertEquals(Optional.of(new BigDecimal("133.3")), ForecastAccuracy.of(40_000, 30_000).percent());
        assertEquals(Optional.of(new BigDecimal("0.0")), ForecastAccuracy.of(0, 30_000).percent());
        assertEquals(ForecastAccuracy.notAvailable(ForecastAccuracy.NO_COMMIT), ForecastAccuracy.of(50_000, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new ForecastAccuracy(Optional.of(BigDecimal.ONE), ForecastAccuracy.NO_COMMIT));
        assertThrows(IllegalArgumentException.class, () -> new ForecastAccuracy(Optional.empty(), ""));
    }

    @Test
    public void kpiLinesSurviveTheirStoredTextWhateverTheyContain() {
        List<SnapshotKpi> kpis = List.of(
                new SnapshotKpi("calls", "Calls\tper\nday 100%", "电话%09", Optional.of(new BigDecimal("42.50")),
                        new BigDecimal("60"), Optional.of(new BigDecimal("35.42"))),
                new SnapshotKpi("coaching", "", "辅导\r", Optional.empty(), new BigDecimal("3"), Optional.empty()));
        String text = ReviewSnapshot.encodeKpis(kpis);
        assertEquals(2, text.split("\n").length);
        assertEquals(kpis, ReviewSnapshot.decodeKpis(text));
        assertEquals(List.of(), ReviewSnapshot.decodeKpis(""));
        assertThrows(IllegalArgumentException.class, () -> ReviewSnapshot.decodeKpis("calls\tCalls\n"));
    }

    @Test
    public void openActionsAndReviewsPastTheirDueDayAreOverdue() {
        LocalDate due = LocalDate.of(2026, 5, 31);
        CoachingAction open = new CoachingAction(1, "SALES-1", "", Optional.empty(), Optional.empty(), "",
                CoachingState.OPEN, Optional.of(due), Optional.empty());
        assertFalse(open.overdue(due));
        assertTrue(open.overdue(due.plusDays(1)));
        assertFalse(new CoachingAction(1, "SALES-1", "", Optional.empty(), Optional.empty(), "", CoachingState.DONE,
                Optional.of(due), Optional.of(due)).overdue(due.plusDays(1)));
        assertFalse(new CoachingAction(1, "SALES-1", "", Optional.empty(), Optional.empty(), "", CoachingState.OPEN,
                Optional.empty(), Optional.empty()).overdue(due.plusDays(1)));

        ReviewRecord review = new ReviewRecord(2, "SALES-2", Optional.of("li.wei"), "FY2026-Q2", "Scheduled", false,
                Optional.of(due));
        assertTrue(review.overdue(due.plusDays(1)));
        assertFalse(new ReviewRecord(2, "SALES-2", Optional.of("li.wei"), "FY2026-Q2", "Signed Off", true,
                Optional.of(due)).overdue(due.plusDays(1)));
    }

    @Test
    public void doneAndVerifiedCountAsCompleted() {
        assertFalse(CoachingState.OPEN.completed());
        assertTrue(CoachingState.DONE.completed());
        assertTrue(CoachingState.VERIFIED.completed());
    }
}
