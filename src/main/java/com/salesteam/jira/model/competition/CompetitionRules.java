package com.salesteam.jira.model.competition;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.ranking.LeaderboardMetric;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a competition draft. The window is any days, end on or after start, at most {@link #MAX_DAYS} of them (the
 * standings are read from the ledger's and the KPIs' day rows). The metric is a deal metric, or a KPI ("kpi:calls")
 * that competitions score ({@link #scored}: not new pipeline yet): a KPI that counts deals becomes its deal metric, any
 * other keeps its key and direction. Percent of target is refused for weighted pipeline only: a KPI is measured
 * against its KPI quotas, as a deal metric against its own. A KPI's direction is kept, also by one that counts deals.
 * Checking an edit, a metric left as saved keeps the saved metric and direction: a KPI retired or turned around since
 * does not change a competition under way (only a changed metric must name an active KPI).
 */
public final class CompetitionRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_PRIZES = 10;
    public static final int MAX_PRIZE = 200;
    public static final int MAX_PEOPLE = 1000;
    /** Jira's user keys fit 255 characters. */
    public static final int MAX_KEY = 255;
    /** A year, leap day included, as the leaderboards' custom ranges. */
    public static final int MAX_DAYS = 366;

    private CompetitionRules() {
    }

    /** The checked terms, or every problem found (never both). */
    public record Checked(Optional<CompetitionTerms> terms, List<CompetitionProblem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /** A draft on a deal metric: no KPI is known, so a KPI metric is refused. */
    public static Checked check(CompetitionDraft draft) {
        return check(draft, Map.of());
    }

    /** @param kpis the KPI definitions by key, active or not */
    public static Checked check(CompetitionDraft draft, Map<String, KpiDefinition> kpis) {
        return check(draft, kpis, Optional.empty());
    }

    /**
     * @param kpis  the KPI definitions by key, active or not (none needed when the metric is the saved one)
     * @param saved the terms the draft edits
     */
    public static Checked check(CompetitionDraft draft, Map<String, KpiDefinition> kpis,
                                Optional<CompetitionTerms> saved) {
        List<CompetitionProblem> problems = new ArrayList<>();
        String name = draft.name().strip();
        if (name.isEmpty()) {
            problems.add(CompetitionProblem.of("name", "salesteam.error.competition.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(CompetitionProblem.of("name", "salesteam.error.competition.toolong", MAX_NAME));
        }
        String description = draft.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            problems.add(CompetitionProblem.of("description", "salesteam.error.competition.toolong", MAX_DESCRIPTION));
        }
        Optional<CompetitionKpi> kpi = Optional.empty();
        Optional<LeaderboardMetric> metric;
        boolean ascending = false;
        Optional<CompetitionTerms> unchanged = saved.filter(terms -> sameMetric(draft, terms));
        if (unchanged.isPresent()) {
            metric = Optional.of(unchanged.get().metric());
            kpi = unchanged.get().kpi();
            ascending = unchanged.get().ascending();
        } else if (onKpi(draft)) {
            Optional<KpiDefinition> definition = kpi(draft.metricKey(), kpis, problems);
            metric = definition.map(CompetitionRules::metricOf);
            ascending = definition.filter(found -> found.direction() == KpiDirection.LOWER_IS_BETTER).isPresent();
            boolean lower = ascending;
            kpi = definition.filter(found -> metricOf(found) == LeaderboardMetric.KPI)
                    .map(found -> new CompetitionKpi(found.key(), lower));
        } else {
            metric = metric(draft.metricKey(), problems);
        }
        Optional<Scoring> scoring = draft.scoringKey().isBlank() ? Optional.of(Scoring.ABSOLUTE)
                : Scoring.fromKey(draft.scoringKey());
        if (scoring.isEmpty()) {
            problems.add(CompetitionProblem.of("scoring", "salesteam.error.competition.scoring", draft.scoringKey()));
        } else if (scoring.get() == Scoring.PERCENT_OF_TARGET && metric.filter(m -> m == LeaderboardMetric.WEIGHTED_PIPELINE).isPresent()) {
            problems.add(CompetitionProblem.of("scoring", "salesteam.error.competition.scoring.notarget"));
        }
        Optional<LocalDate> start = date("start", draft.start(), problems);
        Optional<LocalDate> end = date("end", draft.end(), problems);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            problems.add(CompetitionProblem.of("end", "salesteam.error.competition.end.before"));
        } else if (start.isPresent() && end.isPresent()
                && end.get().toEpochDay() - start.get().toEpochDay() + 1 > MAX_DAYS) {
            problems.add(CompetitionProblem.of("end", "salesteam.error.competition.days", MAX_DAYS));
        }
        List<String> people = people(draft.people(), problems);
        List<Long> teams = List.copyOf(new LinkedHashSet<>(draft.teamIds()));
        if (teams.isEmpty() && draft.people().isEmpty()) {
            problems.add(CompetitionProblem.of("participants", "salesteam.error.competition.participants"));
        }
        List<String> prizes = prizes(draft.prizes(), problems);
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        return new Checked(Optional.of(new CompetitionTerms(name, description, metric.orElseThrow(), scoring.orElseThrow(),
                start.orElseThrow(), end.orElseThrow(), teams, people, prizes, kpi, ascending)), List.of());
    }

    /** Whether the draft names a KPI ("kpi:calls") rather than a deal metric. */
    public static boolean onKpi(CompetitionDraft draft) {
        return draft.metricKey().strip().toLowerCase(Locale.ROOT).startsWith(CompetitionTerms.KPI_PREFIX);
    }

    /** Whether the draft keeps the saved terms' metric, named as the form and REST name it. */
    public static boolean sameMetric(CompetitionDraft draft, CompetitionTerms saved) {
        return draft.metricKey().strip().equals(saved.metricKey());
    }

    /**
     * Whether competitions score KPIs of this source: logged values, JQL counts, coaching completions and the deal
     * metrics they stand for, but not new pipeline, which competitions do not score yet.
     */
    public static boolean scored(KpiSource source) {
        return !(source instanceof KpiSource.DealMetric deal && deal.metric() == QuotaMetric.NEW_PIPELINE);
    }

    /** An active KPI competitions score, named "kpi:" and its key. */
    private static Optional<KpiDefinition> kpi(String metricKey, Map<String, KpiDefinition> kpis,
                                               List<CompetitionProblem> problems) {
        String key = metricKey.strip().substring(CompetitionTerms.KPI_PREFIX.length()).strip();
        KpiDefinition kpi = kpis.get(key);
        if (kpi == null || !kpi.active() || !scored(kpi.source())) {
            problems.add(CompetitionProblem.of("metric", "salesteam.error.competition.kpi", key));
            return Optional.empty();
        }
        return Optional.of(kpi);
    }

    /** A KPI that counts deals is scored as its deal metric, from the deal day rows; any other as a KPI. */
    private static LeaderboardMetric metricOf(KpiDefinition kpi) {
        if (kpi.source() instanceof KpiSource.DealMetric deal) {
            return deal.metric() == QuotaMetric.DEALS_WON ? LeaderboardMetric.DEALS_WON : LeaderboardMetric.REVENUE_WON;
        }
        return LeaderboardMetric.KPI;
    }

    /** The leaderboards' money and count metrics; percent of quota is a scoring here, not a metric. */
    private static Optional<LeaderboardMetric> metric(String key, List<CompetitionProblem> problems) {
        Optional<LeaderboardMetric> metric = key.isBlank() ? Optional.empty() : LeaderboardMetric.fromKey(key);
        if (metric.filter(m -> m == LeaderboardMetric.PERCENT_OF_QUOTA).isPresent()) {
            problems.add(CompetitionProblem.of("metric", "salesteam.error.competition.metric.percent"));
            return Optional.empty();
        }
        // a KPI is named by its key ("kpi:calls"); a scorecard has no day values to sum over a window; new pipeline
        // is not scored by competitions yet
        metric = metric.filter(m -> m != LeaderboardMetric.KPI && m != LeaderboardMetric.SCORECARD
                && m != LeaderboardMetric.NEW_PIPELINE);
        if (metric.isEmpty()) {
            problems.add(CompetitionProblem.of("metric", "salesteam.error.competition.metric", key));
        }
        return metric;
    }

    private static Optional<LocalDate> date(String field, String text, List<CompetitionProblem> problems) {
        if (text.isBlank()) {
            problems.add(CompetitionProblem.of(field, "salesteam.error.competition.date.required"));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            problems.add(CompetitionProblem.of(field, "salesteam.error.competition.date", text));
            return Optional.empty();
        }
    }

    private static List<String> people(List<String> keys, List<CompetitionProblem> problems) {
        if (keys.size() > MAX_PEOPLE) {
            problems.add(CompetitionProblem.of("people", "salesteam.error.competition.people.many", MAX_PEOPLE));
            return List.of();
        }
        LinkedHashSet<String> people = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i).strip();
            if (key.isEmpty() || key.length() > MAX_KEY) {
                problems.add(CompetitionProblem.of("people[" + i + "]", "salesteam.error.competition.person", keys.get(i)));
            } else {
                people.add(key);
            }
        }
        return List.copyOf(people);
    }

    /** Blank lines are dropped (a form's trailing newline is not a prize). */
    private static List<String> prizes(List<String> lines, List<CompetitionProblem> problems) {
        List<String> prizes = new ArrayList<>();
        for (String line : lines) {
            String prize = line.strip();
            if (prize.isEmpty()) {
                continue;
            }
            if (prize.length() > MAX_PRIZE) {
                problems.add(CompetitionProblem.of("prizes[" + prizes.size() + "]", "salesteam.error.competition.toolong",
                        MAX_PRIZE));
            }
            prizes.add(prize);
        }
        if (prizes.size() > MAX_PRIZES) {
            problems.add(CompetitionProblem.of("prizes", "salesteam.error.competition.prizes.many", MAX_PRIZES));
        }
        return prizes;
    }
}
