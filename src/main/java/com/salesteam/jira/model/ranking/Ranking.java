package com.salesteam.jira.model.ranking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ranks scores, highest first, by standard competition ranking: equal scores share a rank and the next rank skips
 * as many places as shared it (1, 2, 2, 4). With {@link TieBreak#REACHED_FIRST} equal scores are told apart by the
 * day each reached it, earlier first; a score with no such day comes after the dated ones, and the same score
 * reached on the same day stays a tie. Tied entries are listed by subject key, so the order never depends on
 * the order the entries came in.
 */
public final class Ranking {

    public enum TieBreak { SHARED, REACHED_FIRST }

    /** One subject's score and, when known, the day it reached it. */
    public record Entry(String subjectKey, BigDecimal score, Optional<LocalDate> reachedOn) {
        public Entry {
            Objects.requireNonNull(subjectKey, "subjectKey");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(reachedOn, "reachedOn");
        }
    }

    public record Ranked(int rank, Entry entry) {
    }

    private Ranking() {
    }

    public static List<Ranked> rank(List<Entry> entries, TieBreak tieBreak) {
        Comparator<Entry> standing = Comparator.comparing(Entry::score, Comparator.reverseOrder());
        if (tieBreak == TieBreak.REACHED_FIRST) {
            standing = standing.thenComparing(entry -> entry.reachedOn().orElse(LocalDate.MAX));
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(standing.thenComparing(Entry::subjectKey));
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Entry entry = sorted.get(i);
            boolean tiedWithPrevious = i > 0 && standing.compare(sorted.get(i - 1), entry) == 0;
            ranked.add(new Ranked(tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1, entry));
        }
        return ranked;
    }

    /** Places moved up since {@code previousRank} (negative: down). */
    public static int movement(int previousRank, int rank) {
        return previousRank - rank;
    }
}
