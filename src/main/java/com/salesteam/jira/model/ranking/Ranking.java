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

    /**
     * The same standings as {@link #rank} with {@link TieBreak#SHARED}, for a board that shows a few of many: the top
     * rows and the rank any score would have, without ordering everyone. The scores are sorted once as numbers; only
     * the entries at or above the cut-off are ordered by name.
     */
    public static Standings standings(List<Entry> entries) {
        return new Standings(entries);
    }

    public static final class Standings {

        private final List<Entry> entries;
        /** Every score, ascending. */
        private final BigDecimal[] ascending;

        private Standings(List<Entry> entries) {
            this.entries = List.copyOf(entries);
            this.ascending = new BigDecimal[this.entries.size()];
            for (int i = 0; i < ascending.length; i++) {
                ascending[i] = this.entries.get(i).score();
            }
            java.util.Arrays.sort(ascending);
        }

        public int size() {
            return entries.size();
        }

        /** The rank a subject with this score has (or would have): one more than the number of higher scores. */
        public int rankOf(BigDecimal score) {
            int low = 0;
            int high = ascending.length;
            // the first score greater than this one
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (ascending[middle].compareTo(score) <= 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return 1 + ascending.length - low;
        }

        /** The first {@code limit} of {@link #rank}'s list: highest first, tied scores by subject key. */
        public List<Ranked> top(int limit) {
            if (limit <= 0 || entries.isEmpty()) {
                return List.of();
            }
            BigDecimal cutOff = ascending[Math.max(0, ascending.length - limit)];
            List<Entry> shown = new ArrayList<>();
            for (Entry entry : entries) {
                if (entry.score().compareTo(cutOff) >= 0) {
                    shown.add(entry);
                }
            }
            shown.sort(Comparator.comparing(Entry::score, Comparator.reverseOrder()).thenComparing(Entry::subjectKey));
            List<Ranked> top = new ArrayList<>(Math.min(limit, shown.size()));
            for (Entry entry : shown.subList(0, Math.min(limit, shown.size()))) {
                top.add(new Ranked(rankOf(entry.score()), entry));
            }
            return top;
        }
    }

    /** Places moved up since {@code previousRank} (negative: down). */
    public static int movement(int previousRank, int rank) {
        return previousRank - rank;
    }
}
