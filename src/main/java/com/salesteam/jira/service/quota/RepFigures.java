package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.RepAttainment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a rep's attainment is computed from: the calendar, the rep's quotas of every period and metric, the
 * rep's monthly sums and who may see them. Cached per rep, so one change of the rep forgets one entry on every
 * node, and any deal's close date is answered from memory.
 */
public final class RepFigures {

    /** A quarter's quota first, then the month's, then the year's. */
    private static final List<PeriodType> PREFERENCE = List.of(PeriodType.QUARTER, PeriodType.MONTH, PeriodType.YEAR);

    private final String repKey;
    private final FiscalCalendar calendar;
    private final Map<String, Map<QuotaMetric, Quota>> quotasByPeriod;
    private final Map<YearMonth, Map<Currency, ForecastTotals>> months;
    private final Set<String> viewers;
    private final Clock clock;

    RepFigures(String repKey, FiscalCalendar calendar, Map<String, Map<QuotaMetric, Quota>> quotasByPeriod,
               Map<YearMonth, Map<Currency, ForecastTotals>> months, Set<String> viewers, Clock clock) {
        this.repKey = repKey;
        this.calendar = calendar;
        this.quotasByPeriod = Map.copyOf(quotasByPeriod);
        this.months = Map.copyOf(months);
        this.viewers = Set.copyOf(viewers);
        this.clock = clock;
    }

    /** The revenue attainment in the period containing {@code day} (a deal's close date), paced at today. */
    public RepAttainment on(LocalDate day) {
        for (PeriodType type : PREFERENCE) {
            Period period = calendar.periodContaining(type, day);
            Optional<RepAttainment> found = attainment(period, QuotaMetric.REVENUE_WON);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return none(calendar.periodContaining(PeriodType.QUARTER, day).key());
    }

    /**
     * The attainment of {@code metric} against the quota of exactly that period (a Sales Goal's). Nothing for a key
     * naming no period, for a week (the monthly sums cannot split one) and for new pipeline, not computed yet.
     */
    public RepAttainment on(String periodKey, QuotaMetric metric) {
        return Period.parse(periodKey.strip(), calendar)
                .filter(period -> period.type() != PeriodType.WEEK && metric != QuotaMetric.NEW_PIPELINE)
                .flatMap(period -> attainment(period, metric))
                .orElseGet(() -> none(periodKey));
    }

    private Optional<RepAttainment> attainment(Period period, QuotaMetric metric) {
        Quota quota = quotasByPeriod.getOrDefault(period.key(), Map.of()).get(metric);
        if (quota == null) {
            return Optional.empty();
        }
        List<Map<Currency, ForecastTotals>> inPeriod = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.start()); month.isBefore(YearMonth.from(period.end()));
             month = month.plusMonths(1)) {
            inPeriod.add(months.getOrDefault(month, Map.of()));
        }
        return Optional.of(new RepAttainment(repKey, period.key(),
                Optional.of(AttainmentMath.of(quota, ForecastTotals.sum(inPeriod), period, calendar.today(clock))),
                quota.amount().map(money -> money.currency().getCurrencyCode()), viewers));
    }

    private RepAttainment none(String periodKey) {
        return new RepAttainment(repKey, periodKey, Optional.empty(), Optional.empty(), viewers);
    }
}
