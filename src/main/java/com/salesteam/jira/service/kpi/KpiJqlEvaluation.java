package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Measures the JQL-count KPIs: for every person in a sales team and every active KPI whose source is a JQL query, the
 * number of issues the query finds when that person runs it (so {@code assignee = currentUser()} means them) becomes
 * their value of today, replacing the previous count of the day. Runs from a scheduled job, in batches of people; a
 * person whose count fails is logged and skipped (their earlier value of the day stays).
 */
public class KpiJqlEvaluation {

    /** People per batch: one transaction and two statements each, and a point to stop between. */
    public static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(KpiJqlEvaluation.class);

    private final KpiRepository kpis;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final JqlCounter counter;
    private final ScorecardCache scorecards;
    private final Clock clock;

    public KpiJqlEvaluation(KpiRepository kpis, TeamRepository teams, SettingsRepository settings, JqlCounter counter,
                            ScorecardCache scorecards, Clock clock) {
        this.kpis = kpis;
        this.teams = teams;
        this.settings = settings;
        this.counter = counter;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    /** What a run did: people counted, people skipped, and whether it ran to the end. */
    public record Run(int people, int skipped, boolean complete) {
        public String summary() {
            return people + " people counted, " + skipped + " skipped" + (complete ? "" : ", stopped early");
        }
    }

    public Run evaluate(BooleanSupplier cancelled) {
        List<KpiDefinition> counted = kpis.definitions().stream()
                .filter(KpiDefinition::active)
                .filter(kpi -> kpi.source() instanceof KpiSource.JqlCount)
                .toList();
        if (counted.isEmpty()) {
            return new Run(0, 0, true);
        }
        List<String> people = new ArrayList<>(new TreeSet<>(teams.findAll().stream()
                .flatMap(team -> memberAndManager(team).stream()).toList()));
        LocalDate today = settings.fiscalCalendar().today(clock);
        int done = 0;
        int skipped = 0;
        for (int start = 0; start < people.size(); start += BATCH) {
            if (cancelled.getAsBoolean()) {
                return new Run(done, skipped, false);
            }
            List<KpiEntry> entries = new ArrayList<>();
            List<String> measured = new ArrayList<>();
            for (String person : people.subList(start, Math.min(people.size(), start + BATCH))) {
                List<KpiEntry> own = countsOf(person, counted, today);
                if (own.isEmpty()) {
                    skipped++;
                } else {
                    entries.addAll(own);
                    measured.add(person);
                }
            }
            kpis.logAll(today, entries);
            measured.forEach(scorecards::forgetPerson);
            done += measured.size();
        }
        return new Run(done, skipped, true);
    }

    /** Every KPI's count for the person, or none at all when one of them cannot be counted. */
    private List<KpiEntry> countsOf(String person, List<KpiDefinition> counted, LocalDate today) {
        List<KpiEntry> entries = new ArrayList<>();
        for (KpiDefinition kpi : counted) {
            OptionalLong count;
            try {
                count = counter.count(person, ((KpiSource.JqlCount) kpi.source()).jql());
            } catch (RuntimeException e) {
                LOG.warn("Sales Team Manager: cannot count KPI {} for {}; skipped", kpi.key(), person, e);
                return List.of();
            }
            if (count.isEmpty()) {
                return List.of();
            }
            entries.add(new KpiEntry(kpi.key(), person, today, BigDecimal.valueOf(count.getAsLong())));
        }
        return entries;
    }

    private static List<String> memberAndManager(Team team) {
        List<String> people = new ArrayList<>(team.memberKeys());
        team.managerKey().ifPresent(people::add);
        return people;
    }
}
