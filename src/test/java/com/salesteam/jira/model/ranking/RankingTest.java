package com.salesteam.jira.model.ranking;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class RankingTest {

    private static Ranking.Entry entry(String key, long score) {
        return new Ranking.Entry(key, BigDecimal.valueOf(score), Optional.empty());
    }

    private static Ranking.Entry entry(String key, long score, LocalDate reachedOn) {
        return new Ranking.Entry(key, BigDecimal.valueOf(score), Optional.of(reachedOn));
    }

    private static List<Integer> ranks(List<Ranking.Ranked> ranked) {
        return ranked.stream().map(Ranking.Ranked::rank).toList();
    }

    @Test
    public void standardCompetitionRanking() {
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(entry("d", 10), entry("a", 50), entry("c", 30), entry("b", 30)),
                Ranking.TieBreak.SHARED);
        assertEquals(List.of(1, 2, 2, 4), ranks(ranked));
        assertEquals(List.of("a", "b", "c", "d"), ranked.stream().map(r -> r.entry().subjectKey()).toList());
    }

    @Test
    public void reachedFirstBreaksTiesButNotTheSameDay() {
        LocalDate may1 = LocalDate.of(2026, 5, 1);
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(entry("late", 30, may1.plusDays(9)), entry("early", 30, may1),
                entry("sameDay", 30, may1), entry("undated", 30), entry("top", 40, may1.plusDays(20))),
                Ranking.TieBreak.REACHED_FIRST);
        assertEquals(List.of("top", "early", "sameDay", "late", "undated"),
                ranked.stream().map(r -> r.entry().subjectKey()).toList());
        assertEquals(List.of(1, 2, 2, 4, 5), ranks(ranked));
    }

    @Test
    public void movementCountsPlacesUp() {
        assertEquals(3, Ranking.movement(5, 2));
        assertEquals(-1, Ranking.movement(1, 2));
    }

    /** Property-style: over random scores with many ties, in any input order. */
    @Test
    public void tiesShareTheRankTheNextSkipsAndTheOrderIsStable() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            List<Ranking.Entry> entries = new ArrayList<>();
            int size = random.nextInt(30);
            for (int i = 0; i < size; i++) {
                entries.add(random.nextBoolean()
                        ? entry("s" + i, random.nextInt(5), LocalDate.of(2026, 1, 1).plusDays(random.nextInt(3)))
                        : entry("s" + i, random.nextInt(5)));
            }
            for (Ranking.TieBreak tieBreak : Ranking.TieBreak.values()) {
                List<Ranking.Ranked> ranked = Ranking.rank(entries, tieBreak);
                List<Ranking.Entry> shuffled = new ArrayList<>(entries);
                Collections.shuffle(shuffled, random);
                assertEquals("the input order does not matter", ranked, Ranking.rank(shuffled, tieBreak));
                assertEquals(size, ranked.size());
                for (int i = 0; i < ranked.size(); i++) {
                    Ranking.Ranked current = ranked.get(i);
                    // a rank is one more than the number of entries strictly ahead
                    long ahead = ranked.stream().filter(other -> ahead(other.entry(), current.entry(), tieBreak)).count();
                    assertEquals(ahead + 1, current.rank());
                    if (i > 0) {
                        Ranking.Ranked previous = ranked.get(i - 1);
                        assertTrue(previous.entry().score().compareTo(current.entry().score()) >= 0);
                        boolean tied = !ahead(previous.entry(), current.entry(), tieBreak);
                        assertEquals(tied ? previous.rank() : i + 1, current.rank());
                    }
                }
            }
        }
    }

    private static boolean ahead(Ranking.Entry a, Ranking.Entry b, Ranking.TieBreak tieBreak) {
        int byScore = a.score().compareTo(b.score());
        if (byScore != 0 || tieBreak == Ranking.TieBreak.SHARED) {
            return byScore > 0;
        }
        return a.reachedOn().orElse(LocalDate.MAX).isBefore(b.reachedOn().orElse(LocalDate.MAX));
    }
}
