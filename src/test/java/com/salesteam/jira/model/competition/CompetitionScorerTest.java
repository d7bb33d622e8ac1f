package com.salesteam.jira.model.competition;

import com.salesteam.jira.model.ranking.LeaderboardMetric;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class CompetitionScorerTest {

    private static CompetitionTerms terms(Scoring scoring, List<String> prizes) {
        return new CompetitionTerms("Push", "", LeaderboardMetric.REVENUE_WON, scoring, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), List.of(), List.of("a"), prizes);
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    public void absoluteScoresShareRanksAndTheWinningPlacesFollowThePrizes() {
        List<Standing> standings = CompetitionScorer.rank(terms(Scoring.ABSOLUTE, List.of("Trip", "Dinner")),
                List.of("ann", "bob", "cy", "dee"), Map.of("ann", d("500"), "bob", d("700"), "cy", d("500")), Map.of());

        assertEquals(List.of("bob", "ann", "cy", "dee"), standings.stream().map(Standing::userKey).toList());
        assertEquals(List.of(1, 2, 2, 4), standings.stream().map(Standing::rank).toList());
        assertEquals(List.of(true, true, true, false), standings.stream().map(Standing::winner).toList());
        assertEquals(d("0"), standings.get(3).value());
        assertEquals(Optional.empty(), standings.get(0).target());
    }

    @Test
    public void percentOfTargetIsFairToSmallerQuotasAndLeavesOutThoseWithout() {
        List<Standing> standings = CompetitionScorer.rank(terms(Scoring.PERCENT_OF_TARGET, List.of()),
                List.of("veteran", "newbie", "nobody"), Map.of("veteran", d("800"), "newbie", d("300")),
                Map.of("veteran", d("1000"), "newbie", d("200"), "nobody", d("0")));

        assertEquals(List.of("newbie", "veteran"), standings.stream().map(Standing::userKey).toList());
        assertEquals(d("150.0"), standings.get(0).score());
        assertEquals(Optional.of(d("200")), standings.get(0).target());
        assertEquals(List.of(true, false), standings.stream().map(Standing::winner).toList());
    }

    private static CompetitionTerms kpi(boolean lowerIsBetter, Scoring scoring) {
        return new CompetitionTerms("Blitz", "", LeaderboardMetric.KPI, scoring, LocalDate.of(2026, 5, 11),
                LocalDate.of(2026, 5, 17), List.of(), List.of("a"), List.of("Trip"),
                Optional.of(new CompetitionKpi("slips", lowerIsBetter)));
    }

    @Test
    public void lowerIsBetterRanksTheLowestFirstAndOnlyThoseWithAValue() {
        List<Standing> standings = CompetitionScorer.rank(kpi(true, Scoring.ABSOLUTE), List.of("ann", "bob", "cy", "dee"),
                Map.of("ann", d("4.5"), "bob", d("0"), "cy", d("2")), Map.of());

        assertEquals(List.of("bob", "cy", "ann"), standings.stream().map(Standing::userKey).toList());
        assertEquals(List.of(1, 2, 3), standings.stream().map(Standing::rank).toList());
        assertEquals("the score is the value, not its negation", d("0"), standings.get(0).score());
        assertEquals(d("4.5"), standings.get(2).score());
        assertEquals("a value of 0 wins when lower is better", List.of(true, false, false),
                standings.stream().map(Standing::winner).toList());
    }

    @Test
    public void higherIsBetterKpisRankAsDealsDo() {
        List<Standing> standings = CompetitionScorer.rank(kpi(false, Scoring.PERCENT_OF_TARGET), List.of("ann", "bob"),
                Map.of("ann", d("30"), "bob", d("30")), Map.of("ann", d("60"), "bob", d("20")));
        assertEquals(List.of("bob", "ann"), standings.stream().map(Standing::userKey).toList());
        assertEquals(d("150.0"), standings.get(0).score());
    }

    @Test
    public void movementComparesPlacesOfThoseRankedInBoth() {
        CompetitionTerms terms = terms(Scoring.ABSOLUTE, List.of());
        List<String> roster = List.of("ann", "bob", "cy");
        List<Standing> yesterday = CompetitionScorer.rank(terms, List.of("ann", "bob"), Map.of("ann", d("5"), "bob", d("3")),
                Map.of());
        List<Standing> today = CompetitionScorer.rank(terms, roster, Map.of("ann", d("5"), "bob", d("9"), "cy", d("1")),
                Map.of());

        Map<String, Integer> moved = CompetitionScorer.movement(yesterday, today);
        assertEquals(Integer.valueOf(1), moved.get("bob"));
        assertEquals(Integer.valueOf(-1), moved.get("ann"));
        assertEquals("not ranked yesterday: no movement", null, moved.get("cy"));
        assertEquals(Map.of(), CompetitionScorer.movement(List.of(), today));
    }

    @Test
    public void nobodyWinsWithNothing() {
        List<Standing> standings = CompetitionScorer.rank(terms(Scoring.ABSOLUTE, List.of()), List.of("ann", "bob"),
                Map.of(), Map.of());
        assertEquals(List.of(1, 1), standings.stream().map(Standing::rank).toList());
        assertEquals(List.of(false, false), standings.stream().map(Standing::winner).toList());
    }

    @Test
    public void theUnrankedAreCountedByReasonNothingLoggedBeforeNoTarget() {
        List<String> roster = List.of("ann", "bob", "cy", "dee");
        Map<String, BigDecimal> values = Map.of("ann", d("2"), "bob", d("0"));
        Map<String, BigDecimal> targets = Map.of("ann", d("10"), "cy", d("10"));

        assertEquals(new CompetitionScorer.Unranked(2, 1),
                CompetitionScorer.unranked(kpi(true, Scoring.PERCENT_OF_TARGET), roster, values, targets));
        assertEquals(new CompetitionScorer.Unranked(2, 0),
                CompetitionScorer.unranked(kpi(true, Scoring.ABSOLUTE), roster, values, targets));
        assertEquals("higher being better, nothing logged is a zero", new CompetitionScorer.Unranked(0, 2),
                CompetitionScorer.unranked(kpi(false, Scoring.PERCENT_OF_TARGET), roster, values, targets));
        assertEquals("the counts match whom rank leaves out", roster.size(),
                CompetitionScorer.rank(kpi(true, Scoring.PERCENT_OF_TARGET), roster, values, targets).size() + 2 + 1);
    }
}
