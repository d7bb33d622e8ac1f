package com.salesteam.jira.model.cadence;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A team's Sales Meetings: at which frequencies they are held (any of weekly, monthly, quarterly), in which project
 * their issues are created and how many of the team's leaderboard the agenda shows.
 */
public record MeetingCadence(long teamId, Set<TeamMeetingFrequency> frequencies, String projectKey,
                             int leaderboardTop) {

    public static final int MAX_TOP = 20;
    public static final int DEFAULT_TOP = 5;

    public MeetingCadence {
        Objects.requireNonNull(projectKey, "projectKey");
        if (frequencies.isEmpty()) {
            throw new IllegalArgumentException("a cadence needs at least one frequency");
        }
        if (leaderboardTop < 1 || leaderboardTop > MAX_TOP) {
            throw new IllegalArgumentException("leaderboardTop must be 1 to " + MAX_TOP);
        }
        // an EnumSet keeps the frequencies in declaration order, so pages and JSON list them the same way
        frequencies = java.util.Collections.unmodifiableSet(EnumSet.copyOf(frequencies));
    }
}
