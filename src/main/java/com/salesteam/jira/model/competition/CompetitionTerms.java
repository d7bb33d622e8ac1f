package com.salesteam.jira.model.competition;

import com.salesteam.jira.model.ranking.LeaderboardMetric;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a competition is about, checked: the metric and scoring, a window of days ({@code start} to {@code end},
 * both inclusive), the teams and people taking part, and the prizes by place (the first line for first place, and
 * so on). The metric {@link LeaderboardMetric#KPI} comes with its {@code kpi}, and only it. {@code ascending}: lower
 * values rank first, as the KPI says; also on deals or revenue won when the competition is on a lower-is-better KPI
 * that counts them (scored from the deal day rows, so it keeps no KPI key).
 */
public record CompetitionTerms(String name, String description, LeaderboardMetric metric, Scoring scoring,
                               LocalDate start, LocalDate end, List<Long> teamIds, List<String> people,
                               List<String> prizes, Optional<CompetitionKpi> kpi, boolean ascending) {

    /** A KPI metric's key: "kpi:" and the KPI's key, as quotas key theirs. */
    public static final String KPI_PREFIX = "kpi:";

    /** Terms on a deal metric. */
    public CompetitionTerms(String name, String description, LeaderboardMetric metric, Scoring scoring,
                            LocalDate start, LocalDate end, List<Long> teamIds, List<String> people,
                            List<String> prizes) {
        this(name, description, metric, scoring, start, end, teamIds, people, prizes, Optional.empty());
    }

    /** Terms whose direction is the KPI's, or highest first on a deal metric. */
    public CompetitionTerms(String name, String description, LeaderboardMetric metric, Scoring scoring,
                            LocalDate start, LocalDate end, List<Long> teamIds, List<String> people,
                            List<String> prizes, Optional<CompetitionKpi> kpi) {
        this(name, description, metric, scoring, start, end, teamIds, people, prizes, kpi,
                kpi.map(CompetitionKpi::lowerIsBetter).orElse(false));
    }

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
        Objects.requireNonNull(kpi, "kpi");
        if (kpi.isPresent() != (metric == LeaderboardMetric.KPI)) {
            throw new IllegalArgumentException("a KPI competition names its KPI, and only it: " + metric + " " + kpi);
        }
        if (kpi.isPresent() ? kpi.get().lowerIsBetter() != ascending
                : ascending && metric != LeaderboardMetric.DEALS_WON && metric != LeaderboardMetric.REVENUE_WON) {
            throw new IllegalArgumentException("only a KPI's direction ranks lowest first: " + metric + " " + kpi);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("ends before it starts: " + start + " to " + end);
        }
    }

    /** "revenue-won", or "kpi:calls" for a KPI: as in REST, the form, and the stored METRIC column. */
    public String metricKey() {
        return kpi.map(k -> KPI_PREFIX + k.key()).orElse(metric.key());
    }

    /** Whether the values are amounts of the competition's currency (minor units). */
    public boolean money() {
        return metric.money();
    }

    /** The days of the window. */
    public long lengthInDays() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    public CompetitionState state(LocalDate today) {
        return CompetitionState.on(today, start, end);
    }

    /** Days left including today while running; 0 once finished, the whole length while upcoming. */
    public long daysLeft(LocalDate today) {
        LocalDate from = today.isBefore(start) ? start : today;
        return Math.max(0, end.toEpochDay() - from.toEpochDay() + 1);
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
