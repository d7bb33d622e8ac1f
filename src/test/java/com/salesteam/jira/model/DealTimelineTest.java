package com.salesteam.jira.model;

import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class DealTimelineTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final StageRules RULES = new StageRules(List.of(
            new StageRule("proposal", DealOutcome.OPEN, 50, ForecastCategory.BEST_CASE),
            new StageRule("negotiation", DealOutcome.OPEN, 75, ForecastCategory.COMMIT),
            new StageRule("won", DealOutcome.WON, 100, ForecastCategory.CLOSED)));
    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant MAY_1 = Instant.parse("2026-05-01T23:59:59Z");

    /** Today: won on 20 May for 120 000, expected to close 20 May; once expected 30 April, then 15 May. */
    private static final DealFacts NOW = new DealFacts(7, 1, Optional.of("bob"), Optional.of(3L),
            Money.ofMinor(120_000_00, EUR), "won", DealOutcome.WON, 100, ForecastCategory.CLOSED,
            Optional.of(LocalDate.of(2026, 5, 20)), Optional.of(LocalDate.of(2026, 5, 20)), 2, 99);

    private static final DealTimeline HISTORY = new DealTimeline(CREATED, List.of(
            new DealChange.Stage(Instant.parse("2026-05-20T10:00:00Z"), "negotiation", "won"),
            new DealChange.Stage(Instant.parse("2026-04-10T10:00:00Z"), "proposal", "negotiation"),
            new DealChange.Amount(Instant.parse("2026-05-19T10:00:00Z"), Optional.of(Money.ofMinor(100_000_00, EUR)),
                    Optional.of(Money.ofMinor(120_000_00, EUR))),
            new DealChange.ExpectedClose(Instant.parse("2026-04-20T10:00:00Z"), Optional.of(LocalDate.of(2026, 4, 30)),
                    Optional.of(LocalDate.of(2026, 5, 15))),
            new DealChange.ExpectedClose(Instant.parse("2026-05-18T10:00:00Z"), Optional.of(LocalDate.of(2026, 5, 15)),
                    Optional.of(LocalDate.of(2026, 5, 20)))));

    @Test
    public void onTheFirstOfMayTheDealWasInCommitForItsOldAmountAndDate() {
        DealFacts then = HISTORY.asOf(NOW, MAY_1, RULES, LocalDate.of(2026, 5, 1)).orElseThrow();

        assertEquals("negotiation", then.stageId());
        assertEquals(DealOutcome.OPEN, then.outcome());
        assertEquals(ForecastCategory.COMMIT, then.category());
        assertEquals(75, then.probability());
        assertEquals(Money.ofMinor(100_000_00, EUR), then.amount());
        assertEquals(Optional.of(LocalDate.of(2026, 5, 15)), then.expectedClose());
        assertEquals(Optional.empty(), then.closedOn());
        assertEquals(1, then.slipCount());
    }

    @Test
    public void beforeTheFirstChangeItWasInItsFirstStage() {
        DealFacts then = HISTORY.asOf(NOW, Instant.parse("2026-04-01T00:00:00Z"), RULES, LocalDate.of(2026, 4, 1))
                .orElseThrow();

        assertEquals("proposal", then.stageId());
        assertEquals(ForecastCategory.BEST_CASE, then.category());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 30)), then.expectedClose());
        assertEquals(0, then.slipCount());
    }

    @Test
    public void beforeItWasCreatedThereWasNoDeal() {
        assertTrue(HISTORY.asOf(NOW, Instant.parse("2026-02-01T00:00:00Z"), RULES, LocalDate.of(2026, 2, 1)).isEmpty());
    }

    @Test
    public void afterTheLastChangeItIsTodaysDealOverridesIncluded() {
        DealFacts later = HISTORY.asOf(NOW, Instant.parse("2026-06-01T00:00:00Z"), RULES, LocalDate.of(2026, 6, 1))
                .orElseThrow();

        assertEquals(NOW, later);
    }

    @Test
    public void theDealsOwnCategoryAndProbabilityAreRewoundToo() {
        DealFacts now = new DealFacts(8, 1, Optional.of("bob"), Optional.of(3L), Money.ofMinor(10_000_00, EUR),
                "proposal", DealOutcome.OPEN, 90, ForecastCategory.COMMIT, Optional.of(LocalDate.of(2026, 6, 1)),
                Optional.empty(), 0, 99);
        DealTimeline timeline = new DealTimeline(CREATED, List.of(
                new DealChange.Category(Instant.parse("2026-05-10T10:00:00Z"), Optional.empty(),
                        Optional.of(ForecastCategory.COMMIT)),
                new DealChange.Probability(Instant.parse("2026-05-10T10:00:00Z"), Optional.of(60), Optional.of(90))));

        DealFacts then = timeline.asOf(now, MAY_1, RULES, LocalDate.of(2026, 5, 1)).orElseThrow();

        assertEquals("no own category then: the stage's", ForecastCategory.BEST_CASE, then.category());
        assertEquals("its own probability then", 60, then.probability());
        assertEquals(now, timeline.asOf(now, Instant.parse("2026-05-20T00:00:00Z"), RULES, LocalDate.of(2026, 5, 20))
                .orElseThrow());
    }
}
