package com.salesteam.jira.model.competition;

import com.salesteam.jira.model.ranking.LeaderboardMetric;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What a competition is about, checked: the metric and scoring, a window of whole calendar months
 * ({@code start} the first day of a month, {@code end} the last day of a month, both inclusive), the teams and
 * people taking part, and the prizes by place (the first line for first place, and so on).
 */
public record CompetitionTerms(String name, String description, LeaderboardMetric metric, Scoring scoring,
                               LocalDate start, LocalDate end, List<Long> teamIds, List<String> people,
                               List<String> prizes) {
    public CompetitionTerms {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        teamIds = List.copyOf(teamIds);
        people = List.copyOf(people);
        prizes = List.copyOf(prizes);
    }

    public CompetitionState state(LocalDate today) {
        return CompetitionState.on(today, start, end);
    }

    /** Days left including today while running; 0 once finished, the whole length while upcoming. */
    public long daysLeft(LocalDate today) {
        LocalDate from = today.isBefore(start) ? start : today;
        return Math.max(0, end.toEpochDay() - from.toEpochDay() + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.from(start);
    }

    /** The month after the last one. */
    public YearMonth monthAfter() {
        return YearMonth.from(end).plusMonths(1);
    }

    /** How many places win: one per prize line, at least the first. */
    public int winningPlaces() {
        return Math.max(1, prizes.size());
    }

    /** The prize of a place, empty text when the competition names none for it. */
    public String prizeFor(int rank) {
        return rank >= 1 && rank <= prizes.size() ? prizes.get(rank - 1) : "";
    }
}
