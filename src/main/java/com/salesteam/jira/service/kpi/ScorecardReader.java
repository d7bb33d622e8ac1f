package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.KpiRepository;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores many people over one period from two reads at most whatever their number: everyone's logged values of
 * every KPI and everyone's deal sums (the monthly rows; a week, not a whole month, reads the raw ledger). When new
 * pipeline is weighted, the deal sums and the new pipeline both come from the period's day sums cache entry instead
 * (everyone's forecast and created sums of those days, shared across the cluster): reading just these people's new
 * pipeline cost one more statement per thousand of them. Manual KPIs count what was logged (nothing logged is 0);
 * revenue won and new pipeline count amounts in the default currency, the one benchmarks are typed in (other
 * currencies never add in); deals won counts every currency. JQL counts and coaching completions are daily entries
 * too (the hourly job and the coaching store write them), read with the logged values.
 */
final class ScorecardReader {

    private final KpiRepository kpis;
    private final DealLedger ledger;
    private final DaySumsCache daySums;

    ScorecardReader(KpiRepository kpis, DealLedger ledger, DaySumsCache daySums) {
        this.kpis = kpis;
        this.ledger = ledger;
        this.daySums = daySums;
    }

    /** A manager of any team is scored against the manager benchmarks, everyone else as a rep. */
    static KpiRole roleOf(String userKey, TeamHierarchy hierarchy) {
        return hierarchy.managesAny(userKey) ? KpiRole.MANAGER : KpiRole.REP;
    }

    /** The person and every manager of a team they are in, or of a team above it. */
    static Set<String> viewers(String userKey, TeamHierarchy hierarchy) {
        Set<String> viewers = new LinkedHashSet<>();
        viewers.add(userKey);
        for (Team team : hierarchy.all()) {
            team.managerKey().filter(manager -> hierarchy.managesPerson(manager, userKey)).ifPresent(viewers::add);
        }
        return viewers;
    }

    /** Each person's scorecard in the period, in the order given. */
    Map<String, ScorecardScore> scores(Collection<String> people, TeamHierarchy hierarchy, ScorecardRules rules,
                                       Period period, Currency currency) {
        Map<String, KpiRole> roles = roles(people, hierarchy);
        Set<KpiSource> sources = sources(roles, rules);
        // each read only when a weighted KPI needs it
        Map<String, Map<String, BigDecimal>> logged = sources.stream().anyMatch(ScorecardReader::stored)
                ? kpis.sumsOfEveryKpi(roles.keySet(), period.start(), period.end()) : Map.of();
        Map<String, DealSums> deals = sources.stream().anyMatch(ScorecardReader::fromDaySums)
                ? daySums.byRange(List.of(DateRange.of(period))).getOrDefault(DateRange.of(period), Map.of())
                : sources.stream().anyMatch(ScorecardReader::fromPeriodSums)
                ? DealSums.byOwner(dealSums(roles.keySet(), period)) : Map.of();
        return score(roles, rules, period.type(), currency, logged, deals);
    }

    static Map<String, KpiRole> roles(Collection<String> people, TeamHierarchy hierarchy) {
        Map<String, KpiRole> roles = new LinkedHashMap<>();
        people.forEach(person -> roles.put(person, roleOf(person, hierarchy)));
        return roles;
    }

    /** Where the values of the active KPIs weighted for these roles come from. */
    static Set<KpiSource> sources(Map<String, KpiRole> roles, ScorecardRules rules) {
        Set<KpiSource> sources = new HashSet<>();
        for (KpiRole role : new LinkedHashSet<>(roles.values())) {
            for (ScorecardWeight weight : rules.scorecard(role).weights()) {
                KpiDefinition kpi = rules.kpis().get(weight.kpiKey());
                if (kpi != null && kpi.active()) {
                    sources.add(kpi.source());
                }
            }
        }
        return sources;
    }

    /** Each person's scorecard from values already read: logged per person and KPI, deal sums per person. */
    static Map<String, ScorecardScore> score(Map<String, KpiRole> roles, ScorecardRules rules, PeriodType type,
                                             Currency currency, Map<String, Map<String, BigDecimal>> logged,
                                             Map<String, DealSums> deals) {
        Map<String, ScorecardScore> scores = new LinkedHashMap<>();
        roles.forEach((person, role) -> {
            Map<String, BigDecimal> actuals = new HashMap<>();
            for (ScorecardWeight weight : rules.scorecard(role).weights()) {
                KpiDefinition kpi = rules.kpis().get(weight.kpiKey());
                if (kpi != null) {
                    actual(kpi, logged.getOrDefault(person, Map.of()), deals.getOrDefault(person, DealSums.EMPTY),
                            currency)
                            .ifPresent(value -> actuals.put(kpi.key(), value));
                }
            }
            scores.put(person, rules.score(role, actuals, type));
        });
        return scores;
    }

    /** Values kept as daily entries: logged by hand, counted by the hourly JQL job or by the coaching store. */
    static boolean stored(KpiSource source) {
        return source instanceof KpiSource.Manual || source instanceof KpiSource.JqlCount
                || source instanceof KpiSource.CoachingCompletion;
    }

    /** Revenue and deals won: the forecast sums of the period. */
    static boolean fromPeriodSums(KpiSource source) {
        return source instanceof KpiSource.DealMetric deal && deal.metric() != QuotaMetric.NEW_PIPELINE;
    }

    /** New pipeline: the day sums by creation day, which the period rows do not keep. */
    static boolean fromDaySums(KpiSource source) {
        return source instanceof KpiSource.DealMetric deal && deal.metric() == QuotaMetric.NEW_PIPELINE;
    }

    private Map<String, Map<Currency, ForecastTotals>> dealSums(Set<String> people, Period period) {
        return period.type() == PeriodType.WEEK
                ? ledger.ledgerTotalsByOwner(people, period.start(), period.end())
                : ledger.monthSums(people, YearMonth.from(period.start()), YearMonth.from(period.end())).byOwner();
    }

    private static Optional<BigDecimal> actual(KpiDefinition kpi, Map<String, BigDecimal> logged,
                                                         DealSums deals, Currency currency) {
        if (stored(kpi.source())) {
            // nothing logged is 0 calls, but for a lower-is-better KPI it would be a perfect score: not measured then
            return Optional.ofNullable(logged.get(kpi.key())).or(() -> kpi.direction() == KpiDirection.HIGHER_IS_BETTER
                    ? Optional.of(BigDecimal.ZERO) : Optional.empty());
        }
        if (kpi.source() instanceof KpiSource.DealMetric deal && deal.metric() == QuotaMetric.REVENUE_WON) {
            long won = deals.totals().getOrDefault(currency, ForecastTotals.zero(currency)).wonMinor();
            return Optional.of(BigDecimal.valueOf(won, currency.getDefaultFractionDigits()));
        }
        if (kpi.source() instanceof KpiSource.DealMetric deal && deal.metric() == QuotaMetric.DEALS_WON) {
            return Optional.of(BigDecimal.valueOf(deals.totals().values().stream()
                    .mapToLong(ForecastTotals::wonCount).sum()));
        }
        if (fromDaySums(kpi.source())) {
            return Optional.of(BigDecimal.valueOf(deals.created(currency).amountMinor(),
                    currency.getDefaultFractionDigits()));
        }
        return Optional.empty();
    }
}
