package com.salesteam.jira.model.ranking;

import java.util.Objects;
import java.util.Set;

/**
 * What reps see of leaderboards, as a Jira administrator sets it: the boards of their own teams at all, and if so
 * with or without the others' amounts (ranks, names and percent of quota always); and who is left out of every
 * board (e.g. a manager who also sells, or someone on leave).
 */
public record LeaderboardPrivacy(boolean showToReps, boolean hideAmountsFromReps, Set<String> excluded) {

    /** Until an admin decides, boards are not shown to reps; once shown, amounts stay hidden unless chosen. */
    public static final LeaderboardPrivacy DEFAULT = new LeaderboardPrivacy(false, true, Set.of());

    public LeaderboardPrivacy {
        excluded = Set.copyOf(Objects.requireNonNull(excluded, "excluded"));
    }
}
