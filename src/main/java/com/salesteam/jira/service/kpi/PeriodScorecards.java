package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.store.KpiRepository;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Many people's scorecards in a few fiscal months, quarters or years at once, for a leaderboard of scorecards with
 * movement: one read of everyone's logged values over all the periods, and the deal sums from the period sums cache
 * (the same sums a board of revenue reads), or, when new pipeline is weighted, both the deal sums and the new pipeline
 * from the period's day sums entry (one read, not two: a board after a team change reads the teams too), each only
 * when a weighted KPI needs it. Scored exactly as a scorecard page scores each person.
 */
public class PeriodScorecards {

    private final KpiRepository kpis;
    private final PeriodSumsCache periodSums;
    private final DaySumsCache daySums;

    public PeriodScorecards(KpiRepository kpis, PeriodSumsCache periodSums, DaySumsCache daySums) {
        this.kpis = kpis;
        this.periodSums = periodSums;
        this.daySums = daySums;
    }

    /** Per period key, each person's scorecard; the periods are months, quarters or years (the cached sums). */
    public Map<String, Map<String, ScorecardScore>> scores(Collection<String> people, TeamHierarchy hierarchy,
                                                           ScorecardRules rules, List<Period> periods,
                                                           Currency currency) {
        if (periods.stream().anyMatch(period -> period.type() == PeriodType.WEEK)) {
            throw new IllegalArgumentException("weeks have no period sums");
        }
        Map<String, KpiRole> roles = ScorecardReader.roles(people, hierarchy);
        Set<KpiSource> sources = ScorecardReader.sources(roles, rules);
        Map<String, Map<String, Map<String, BigDecimal>>> logged = sources.stream().anyMatch(ScorecardReader::stored)
                ? kpis.sumsOfEveryKpi(roles.keySet(), periods) : Map.of();
        // a period's day sums hold its forecast sums too: with new pipeline weighted they are all read from there
        boolean created = sources.stream().anyMatch(ScorecardReader::fromDaySums);
        Map<DateRange, Map<String, DealSums>> days = created
                ? daySums.byRange(periods.stream().map(DateRange::of).toList()) : Map.of();
        Map<String, Map<String, Map<Currency, ForecastTotals>>> deals = !created && sources.stream()
                .anyMatch(ScorecardReader::fromPeriodSums)
                ? periodSums.byPeriod(periods.stream().map(Period::key).toList()) : Map.of();
        Map<String, Map<String, ScorecardScore>> scores = new LinkedHashMap<>();
        for (Period period : periods) {
            Map<String, DealSums> byOwner = created ? days.getOrDefault(DateRange.of(period), Map.of())
                    : DealSums.byOwner(deals.getOrDefault(period.key(), Map.of()));
            scores.put(period.key(), ScorecardReader.score(roles, rules, period.type(), currency,
                    logged.getOrDefault(period.key(), Map.of()), byOwner));
        }
        return scores;
    }
}
