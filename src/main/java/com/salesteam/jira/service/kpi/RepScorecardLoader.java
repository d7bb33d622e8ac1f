package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.service.RepScorecard;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.ScorecardRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes what {@link ScorecardCache} keeps. The rules: the KPI definitions and the weights (two statements). A
 * person's scorecard in the quarter around a day: the teams, the calendar with the currency, their logged values
 * and their deal sums (five statements at most). Not a use case of its own: no caller check, the cache's reader
 * decides.
 */
public class RepScorecardLoader {

    private final KpiRepository kpis;
    private final ScorecardRepository weights;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final ScorecardReader reader;

    public RepScorecardLoader(KpiRepository kpis, ScorecardRepository weights, DealLedger ledger,
                              DaySumsCache daySums, TeamRepository teams, SettingsRepository settings) {
        this.kpis = kpis;
        this.weights = weights;
        this.teams = teams;
        this.settings = settings;
        this.reader = new ScorecardReader(kpis, ledger, daySums);
    }

    public ScorecardRules rules() {
        Map<String, KpiDefinition> definitions = kpis.definitions().stream()
                .collect(Collectors.toMap(KpiDefinition::key, Function.identity()));
        return new ScorecardRules(definitions, weights.scorecards());
    }

    /** The fiscal calendar, which says which quarter a day's scorecard is of. */
    public FiscalCalendar calendar() {
        return settings.fiscalCalendar();
    }

    public RepScorecard load(String userKey, LocalDate day, ScorecardRules rules) {
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        SettingsRepository.CalendarAndCurrency basics = settings.calendarAndCurrency();
        Period quarter = basics.calendar().periodContaining(PeriodType.QUARTER, day);
        return new RepScorecard(userKey, quarter.key(),
                reader.scores(List.of(userKey), hierarchy, rules, quarter, basics.currency()).get(userKey),
                ScorecardReader.viewers(userKey, hierarchy));
    }

    /**
     * Many people's scorecards in the quarter around a day, in three reads whatever their number (the calendar with
     * the currency, everyone's logged values, everyone's deal sums): the 1:1 agendas' KPIs below benchmark.
     */
    public Map<String, ScorecardScore> quarterScores(Collection<String> people, TeamHierarchy hierarchy,
                                                     LocalDate day, ScorecardRules rules) {
        SettingsRepository.CalendarAndCurrency basics = settings.calendarAndCurrency();
        Period quarter = basics.calendar().periodContaining(PeriodType.QUARTER, day);
        return reader.scores(people, hierarchy, rules, quarter, basics.currency());
    }

    /** The person's scorecard over any fiscal period (a review's), read as {@link #load} reads a quarter. */
    public RepScorecard loadPeriod(String userKey, Period period, ScorecardRules rules) {
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        SettingsRepository.CalendarAndCurrency basics = settings.calendarAndCurrency();
        return new RepScorecard(userKey, period.key(),
                reader.scores(List.of(userKey), hierarchy, rules, period, basics.currency()).get(userKey),
                ScorecardReader.viewers(userKey, hierarchy));
    }
}
