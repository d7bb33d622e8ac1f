package com.salesteam.jira.model.ranking;

import java.util.Objects;
import java.util.Set;

/**
 * What reps see of leaderboards, as a Jira administrator sets it: the boards of their own teams at all, the board of
 * every rep in the company ({@code companyBoardToReps}), and on either with or without the others' amounts (ranks,
 * names and percent of quota always); and who is left out of every board (e.g. a manager who also sells, or
 * someone on leave).
 */
public record LeaderboardPrivacy(boolean showToReps, boolean hideAmountsFromReps, boolean companyBoardToReps,
                                 Set<String> excluded) {

    /** Until an admin decides, boards are not shown to reps; once shown, amounts stay hidden unless chosen. */
    public static final LeaderboardPrivacy DEFAULT = new LeaderboardPrivacy(false, true, false, Set.of());

    public LeaderboardPrivacy {
        excluded = Set.copyOf(Objects.requireNonNull(excluded, "excluded"));
    }

    /** Privacy that keeps the company-wide board for admins, as it was before reps could be shown it. */
    public LeaderboardPrivacy(boolean showToReps, boolean hideAmountsFromReps, Set<String> excluded) {
        this(showToReps, hideAmountsFromReps, false, excluded);
    }
}
