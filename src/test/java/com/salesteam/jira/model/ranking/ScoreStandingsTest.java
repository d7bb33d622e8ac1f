package com.salesteam.jira.model.ranking;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.Assert.assertEquals;

public class ScoreStandingsTest {

    @Test
    public void standardCompetitionRankingWithTiesByKey() {
        ScoreStandings standings = ScoreStandings.of(new String[] {"d", "a", "c", "b", "unused"},
                new long[] {10, 50, 30, 30, 99}, 4);
        assertEquals(4, standings.size());
        assertEquals(List.of(new ScoreStandings.Place(1, "a", 50), new ScoreStandings.Place(2, "b", 30),
                new ScoreStandings.Place(2, "c", 30), new ScoreStandings.Place(4, "d", 10)), standings.top(10));
        assertEquals(List.of(new ScoreStandings.Place(1, "a", 50), new ScoreStandings.Place(2, "b", 30)),
                standings.top(2));
        assertEquals("a score nobody has ranks where it would stand", 4, standings.rankOf(20));
        assertEquals(1, standings.rankOf(60));
        assertEquals(5, standings.rankOf(-1));
    }

    @Test
    public void allListsEveryoneWithTheirRankInTheOrderGiven() {
        ScoreStandings standings = ScoreStandings.of(new String[] {"d", "a", "c", "b", "unused"},
                new long[] {10, 50, 30, 30, 99}, 4);
        assertEquals(List.of(new ScoreStandings.Place(4, "d", 10), new ScoreStandings.Place(1, "a", 50),
                new ScoreStandings.Place(2, "c", 30), new ScoreStandings.Place(2, "b", 30)), standings.all());
    }

    @Test
    public void emptyAndNegativeScores() {
        assertEquals(List.of(), ScoreStandings.of(new String[0], new long[0], 0).top(5));
        ScoreStandings standings = ScoreStandings.of(new String[] {"x", "y"}, new long[] {-5, -2}, 2);
        assertEquals(List.of(new ScoreStandings.Place(1, "y", -2), new ScoreStandings.Place(2, "x", -5)),
                standings.top(5));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aSizeBeyondTheArraysIsRefused() {
        ScoreStandings.of(new String[1], new long[1], 2);
    }

    @Test
    public void agreesWithTheDecimalStandingsOnGeneratedScores() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int size = random.nextInt(60);
            String[] keys = new String[size];
            long[] scores = new long[size];
            List<Ranking.Entry> entries = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                keys[i] = "rep" + random.nextInt(1_000) + "-" + i;
                scores[i] = random.nextInt(8) - 3;
                entries.add(new Ranking.Entry(keys[i], BigDecimal.valueOf(scores[i]), Optional.empty()));
            }
            int limit = 1 + random.nextInt(15);
            List<ScoreStandings.Place> expected = Ranking.standings(entries).top(limit).stream()
                    .map(ranked -> new ScoreStandings.Place(ranked.rank(), ranked.entry().subjectKey(),
                            ranked.entry().score().longValueExact())).toList();
            ScoreStandings standings = ScoreStandings.of(keys, scores, size);
            assertEquals(expected, standings.top(limit));
            for (long score = -4; score <= 5; score++) {
                assertEquals(Ranking.standings(entries).rankOf(BigDecimal.valueOf(score)), standings.rankOf(score));
            }
        }
    }
}
