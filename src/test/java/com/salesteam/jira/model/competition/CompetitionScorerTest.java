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

    @Test
    public void nobodyWinsWithNothing() {
        List<Standing> standings = CompetitionScorer.rank(terms(Scoring.ABSOLUTE, List.of()), List.of("ann", "bob"),
                Map.of(), Map.of());
        assertEquals(List.of(1, 1), standings.stream().map(Standing::rank).toList());
        assertEquals(List.of(false, false), standings.stream().map(Standing::winner).toList());
    }
}
