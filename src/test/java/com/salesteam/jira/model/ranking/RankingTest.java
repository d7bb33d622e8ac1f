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

    @Test
    public void standingsGiveTheTopAndEveryRankOfTheFullRankingOnGeneratedBoards() {
        Random random = new Random(42);
        for (int board = 0; board < 300; board++) {
            int size = random.nextInt(40);
            List<Ranking.Entry> entries = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // few distinct scores, so ties (at the cut-off too) are common; one decimal as percent boards have
                BigDecimal score = BigDecimal.valueOf(random.nextInt(6) * 5L, random.nextBoolean() ? 0 : 1);
                entries.add(new Ranking.Entry("rep" + random.nextInt(1_000) + "-" + i, score, Optional.empty()));
            }
            Collections.shuffle(entries, random);
            List<Ranking.Ranked> full = Ranking.rank(entries, Ranking.TieBreak.SHARED);
            Ranking.Standings standings = Ranking.standings(entries);
            assertEquals(size, standings.size());
            for (int limit = 1; limit <= size + 2; limit++) {
                assertEquals("board " + board + ", top " + limit, full.subList(0, Math.min(limit, size)),
                        standings.top(limit));
            }
            for (Ranking.Ranked ranked : full) {
                assertEquals(ranked.rank(), standings.rankOf(ranked.entry().score()));
            }
            BigDecimal absent = BigDecimal.valueOf(random.nextInt(60) - 5L, 1);
            long higher = entries.stream().filter(entry -> entry.score().compareTo(absent) > 0).count();
            assertEquals("a score nobody has ranks after every higher one", 1 + higher, standings.rankOf(absent));
        }
    }

    @Test
    public void standingsOfNobodyShowNobodyAndRankAnyoneFirst() {
        Ranking.Standings empty = Ranking.standings(List.of());
        assertTrue(empty.top(10).isEmpty());
        assertEquals(1, empty.rankOf(BigDecimal.ZERO));
    }

    @Test
    public void standingsTieAtTheCutOffShowTheFirstByKeyWithTheSharedRank() {
        List<Ranking.Entry> entries = List.of(entry("dan", 50), entry("ann", 90), entry("cat", 50), entry("bob", 50),
                entry("eve", 10));
        List<Ranking.Ranked> top = Ranking.standings(entries).top(3);
        assertEquals(List.of("ann", "bob", "cat"), top.stream().map(ranked -> ranked.entry().subjectKey()).toList());
        assertEquals(List.of(1, 2, 2), top.stream().map(Ranking.Ranked::rank).toList());
        assertEquals("dan, left out at the cut-off, shares their rank", 2,
                Ranking.standings(entries).rankOf(BigDecimal.valueOf(50)));
        assertEquals(5, Ranking.standings(entries).rankOf(BigDecimal.TEN));
    }
}
