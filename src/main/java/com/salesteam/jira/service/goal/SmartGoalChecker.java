package com.salesteam.jira.service.goal;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.goal.GoalDraft;
import com.salesteam.jira.model.goal.SmartCheck;
import com.salesteam.jira.model.goal.SmartResult;
import com.salesteam.jira.model.goal.SmartRules;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.store.DealLedger;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the SMART check on a goal with what it needs from the app's data: the fiscal calendar, whether the owner is
 * on a sales team, and the owner's monthly figures for the goal's metric from the pre-aggregated month sums (one
 * read for all four earlier periods, none when A is not judged). Revenue counts in the app's default currency, the
 * currency a goal's plain-number target is in. Not a use case of its own: Jira calls it from a workflow validator,
 * which has already decided that the transition's caller may try.
 */
public class SmartGoalChecker {

    private final AppSettings settings;
    private final TeamLookup teams;
    private final DealLedger ledger;

    public SmartGoalChecker(AppSettings settings, TeamLookup teams, DealLedger ledger) {
        this.settings = settings;
        this.teams = teams;
        this.ledger = ledger;
    }

    public SmartResult check(GoalDraft goal, SmartRules rules) {
        FiscalCalendar calendar = settings.fiscalCalendar();
        SmartCheck check = new SmartCheck(rules, calendar);
        boolean onTeam = goal.ownerKey().map(this::onTeam).orElse(false);
        Map<YearMonth, BigDecimal> monthly = new HashMap<>();
        Optional<SmartCheck.Months> months = goal.ownerKey().isPresent() ? check.historyMonths(goal) : Optional.empty();
        if (months.isPresent()) {
            QuotaMetric metric = SmartCheck.metric(goal).orElseThrow();
            Currency currency = settings.defaultCurrency();
            ledger.monthSumsByMonth(goal.ownerKey().get(), months.get().from(), months.get().toExclusive())
                    .forEach((month, sums) -> monthly.put(month, figure(metric, currency, sums)));
        }
        return check.check(goal, onTeam, monthly);
    }

    private boolean onTeam(String userKey) {
        TeamHierarchy hierarchy = teams.hierarchy();
        return hierarchy.all().stream().anyMatch(team -> team.memberKeys().contains(userKey)
                || team.managerKey().filter(userKey::equals).isPresent());
    }

    /** Deals won count in every currency; revenue only in the goal's. */
    private static BigDecimal figure(QuotaMetric metric, Currency currency, Map<Currency, ForecastTotals> sums) {
        if (metric == QuotaMetric.DEALS_WON) {
            return BigDecimal.valueOf(sums.values().stream().mapToLong(ForecastTotals::wonCount).sum());
        }
        return Optional.ofNullable(sums.get(currency))
                .map(total -> BigDecimal.valueOf(total.wonMinor(), currency.getDefaultFractionDigits()))
                .orElse(BigDecimal.ZERO);
    }
}
