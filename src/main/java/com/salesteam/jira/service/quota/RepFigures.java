package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.RepAttainment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything a rep's attainment is computed from: the calendar, the rep's quotas of every period and metric, the
 * rep's day sums (forecast sums by forecast day, new pipeline by creation day) and who may see them. Cached per rep, so one change of the rep forgets one entry on every
 * node, and any deal's close date is answered from memory.
 */
public final class RepFigures {

    /** A quarter's quota first, then the month's, then the year's. */
    private static final List<PeriodType> PREFERENCE = List.of(PeriodType.QUARTER, PeriodType.MONTH, PeriodType.YEAR);

    private final String repKey;
    private final FiscalCalendar calendar;
    private final Map<String, Map<QuotaMetric, Quota>> quotasByPeriod;
    private final NavigableMap<LocalDate, DealSums> days;
    private final Set<String> viewers;
    private final Clock clock;

    RepFigures(String repKey, FiscalCalendar calendar, Map<String, Map<QuotaMetric, Quota>> quotasByPeriod,
               NavigableMap<LocalDate, DealSums> days, Set<String> viewers, Clock clock) {
        this.repKey = repKey;
        this.calendar = calendar;
        this.quotasByPeriod = Map.copyOf(quotasByPeriod);
        this.days = Collections.unmodifiableNavigableMap(new TreeMap<>(days));
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
     * naming no period.
     */
    public RepAttainment on(String periodKey, QuotaMetric metric) {
        return Period.parse(periodKey.strip(), calendar)
                .flatMap(period -> attainment(period, metric))
                .orElseGet(() -> none(periodKey));
    }

    private Optional<RepAttainment> attainment(Period period, QuotaMetric metric) {
        Quota quota = quotasByPeriod.getOrDefault(period.key(), Map.of()).get(metric);
        if (quota == null) {
            return Optional.empty();
        }
        DealSums inPeriod = DealSums.sum(days.subMap(period.start(), period.end()).values());
        return Optional.of(new RepAttainment(repKey, period.key(),
                Optional.of(AttainmentMath.of(quota, inPeriod, period, calendar.today(clock))),
                quota.amount().map(money -> money.currency().getCurrencyCode()), viewers));
    }

    private RepAttainment none(String periodKey) {
        return new RepAttainment(repKey, periodKey, Optional.empty(), Optional.empty(), viewers);
    }
}
