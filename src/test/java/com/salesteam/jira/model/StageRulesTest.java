package com.salesteam.jira.model;

import org.junit.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class StageRulesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    private final StageRules rules = new StageRules(List.of(
            new StageRule("10", DealOutcome.OPEN, 20, ForecastCategory.PIPELINE),
            new StageRule("40", DealOutcome.OPEN, 70, ForecastCategory.COMMIT),
            new StageRule("won", DealOutcome.WON, 100, ForecastCategory.CLOSED),
            new StageRule("lost", DealOutcome.LOST, 0, ForecastCategory.OMITTED)));

    private static DealSnapshot snapshot(String status, Optional<Integer> probability, LocalDate expectedClose, long version) {
        return new DealSnapshot(7, 1, Optional.of("ann"), status, Optional.of(Money.ofMinor(1000_00, EUR)), probability,
                Optional.empty(), Optional.of(expectedClose), Optional.empty(), TODAY, version);
    }

    @Test
    public void openDealsTakeTheStageDefaultUnlessTheyOverrideIt() {
        DealFacts byStage = rules.toFacts(snapshot("40", Optional.empty(), TODAY, 1), Optional.empty(), Optional.of(3L), EUR);
        DealFacts overridden = rules.toFacts(snapshot("40", Optional.of(35), TODAY, 1), Optional.empty(), Optional.of(3L), EUR);

        assertEquals(70, byStage.probability());
        assertEquals(ForecastCategory.COMMIT, byStage.category());
        assertEquals(Money.ofMinor(700_00, EUR), byStage.weighted());
        assertEquals(35, overridden.probability());
        assertEquals(Optional.of(3L), overridden.teamId());
    }

    @Test
    public void wonAndLostDealsIgnoreOverridesAndKeepTheirFirstCloseDate() {
        DealFacts won = rules.toFacts(snapshot("won", Optional.of(10), TODAY, 2), Optional.empty(), Optional.empty(), EUR);
        assertEquals(100, won.probability());
        assertEquals(ForecastCategory.CLOSED, won.category());
        assertEquals(Optional.of(TODAY), won.closedOn());

        DealSnapshot editedLater = new DealSnapshot(7, 1, Optional.of("ann"), "won", Optional.of(Money.ofMinor(1200_00, EUR)),
                Optional.empty(), Optional.empty(), Optional.of(TODAY), Optional.empty(), TODAY.plusDays(9), 3);
        assertEquals(Optional.of(TODAY), rules.toFacts(editedLater, Optional.of(won), Optional.empty(), EUR).closedOn());

        DealFacts lost = rules.toFacts(snapshot("lost", Optional.empty(), TODAY, 4), Optional.of(won), Optional.empty(), EUR);
        assertEquals(0, lost.probability());
        assertEquals(Optional.of(TODAY), lost.closedOn());
    }

    @Test
    public void onlyLaterExpectedCloseDatesCountAsSlips() {
        DealFacts first = rules.toFacts(snapshot("10", Optional.empty(), TODAY, 1), Optional.empty(), Optional.empty(), EUR);
        DealFacts slipped = rules.toFacts(snapshot("10", Optional.empty(), TODAY.plusDays(30), 2), Optional.of(first), Optional.empty(), EUR);
        DealFacts pulledIn = rules.toFacts(snapshot("10", Optional.empty(), TODAY.plusDays(3), 3), Optional.of(slipped), Optional.empty(), EUR);
        DealFacts slippedAgain = rules.toFacts(snapshot("10", Optional.empty(), TODAY.plusDays(60), 4), Optional.of(pulledIn), Optional.empty(), EUR);

        assertEquals(0, first.slipCount());
        assertEquals(1, slipped.slipCount());
        assertEquals(1, pulledIn.slipCount());
        assertEquals(2, slippedAgain.slipCount());
    }

    @Test
    public void unknownStatusesAndMissingAmountsAreSafeDefaults() {
        DealSnapshot bare = new DealSnapshot(8, 1, Optional.empty(), "999", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), TODAY, 1);

        DealFacts facts = rules.toFacts(bare, Optional.empty(), Optional.empty(), EUR);

        assertEquals(DealOutcome.OPEN, facts.outcome());
        assertEquals(0, facts.probability());
        assertEquals(Money.zero(EUR), facts.amount());
        assertEquals(Optional.empty(), facts.forecastDate());
    }

    @Test
    public void theCreationDayComesFromTheIssueElseStaysAsRecorded() {
        DealSnapshot created = new DealSnapshot(7, 1, Optional.of("ann"), "10", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(TODAY), Optional.empty(), TODAY, 1, Optional.of(TODAY.minusDays(3)));
        DealFacts first = rules.toFacts(created, Optional.empty(), Optional.empty(), EUR);
        assertEquals(Optional.of(TODAY.minusDays(3)), first.createdOn());

        DealFacts later = rules.toFacts(snapshot("10", Optional.empty(), TODAY, 2), Optional.of(first), Optional.empty(), EUR);
        assertEquals("a snapshot without it keeps the recorded day", Optional.of(TODAY.minusDays(3)), later.createdOn());
        assertEquals(Optional.empty(), rules.toFacts(snapshot("10", Optional.empty(), TODAY, 2), Optional.empty(),
                Optional.empty(), EUR).createdOn());
        assertTrue("the creation day is part of the facts", !first.sameFactsAs(rules.toFacts(snapshot("10",
                Optional.empty(), TODAY, 1), Optional.empty(), Optional.empty(), EUR)));
    }
}
