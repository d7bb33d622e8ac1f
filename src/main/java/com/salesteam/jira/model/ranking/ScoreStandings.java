package com.salesteam.jira.model.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The standings of {@link Ranking#standings} for whole-number scores (minor units, counts, hundredths), highest
 * first, by standard competition ranking (1, 2, 2, 4); tied scores are listed by subject key. Kept as primitive
 * arrays because a board ranks every rep of the company twice (now and the period before) on each request: boxed
 * decimals and an entry object per rep cost more than the rest of the board.
 */
public final class ScoreStandings {

    /** One shown subject: its rank and score. */
    public record Place(int rank, String subjectKey, long score) {
    }

    private final String[] keys;
    private final long[] scores;
    /** Every score, ascending. */
    private final long[] ascending;

    private ScoreStandings(String[] keys, long[] scores, int size) {
        this.keys = Arrays.copyOf(keys, size);
        this.scores = Arrays.copyOf(scores, size);
        this.ascending = Arrays.copyOf(scores, size);
        Arrays.sort(ascending);
    }

    /** The first {@code size} subjects of {@code keys} with the scores at the same positions of {@code scores}. */
    public static ScoreStandings of(String[] keys, long[] scores, int size) {
        if (size < 0 || size > keys.length || size > scores.length) {
            throw new IllegalArgumentException("size " + size + " outside the arrays");
        }
        return new ScoreStandings(keys, scores, size);
    }

    public int size() {
        return ascending.length;
    }

    /** The rank a subject with this score has (or would have): one more than the number of higher scores. */
    public int rankOf(long score) {
        int low = 0;
        int high = ascending.length;
        // the first score greater than this one
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] <= score) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return 1 + ascending.length - low;
    }

    /** Every subject with its rank, in the order given. */
    public List<Place> all() {
        List<Place> all = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            all.add(new Place(rankOf(scores[i]), keys[i], scores[i]));
        }
        return all;
    }

    /** The first {@code limit} places: highest first, tied scores by subject key; only those at the cut-off are ordered. */
    public List<Place> top(int limit) {
        if (limit <= 0 || ascending.length == 0) {
            return List.of();
        }
        long cutOff = ascending[Math.max(0, ascending.length - limit)];
        List<Place> shown = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= cutOff) {
                shown.add(new Place(0, keys[i], scores[i]));
            }
        }
        shown.sort(Comparator.comparingLong(Place::score).reversed().thenComparing(Place::subjectKey));
        List<Place> top = new ArrayList<>(Math.min(limit, shown.size()));
        for (Place place : shown.subList(0, Math.min(limit, shown.size()))) {
            top.add(new Place(rankOf(place.score()), place.subjectKey(), place.score()));
        }
        return top;
    }
}
