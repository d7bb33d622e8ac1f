package com.salesteam.jira.model.competition;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's target for a competition window from their quotas of the competition's metric. Each fiscal month of
 * the window counts with the narrowest quota that covers it: the month's own quota, else its quarter's, else its
 * year's, each prorated by the days of the month inside the window over the days of the quota's period. A month no
 * quota covers leaves the person without a target (they are not ranked rather than ranked on part of the window).
 */
public final class TargetProration {

    private static final List<PeriodType> NARROWEST_FIRST = List.of(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR);

    private TargetProration() {
    }

    /** The period keys whose quotas {@link #target} may need: every month, quarter and year the window touches. */
    public static Set<String> periodKeys(LocalDate start, LocalDate endInclusive, FiscalCalendar calendar) {
        Set<String> keys = new LinkedHashSet<>();
        for (Period month : months(start, endInclusive, calendar)) {
            for (PeriodType type : NARROWEST_FIRST) {
                keys.add(calendar.periodContaining(type, month.start()).key());
            }
        }
        return keys;
    }

    /**
     * @param quotas the person's quota units (minor units or a count) by period key
     * @return the target in the same units, four decimals; empty when a month of the window has no quota
     */
    public static Optional<BigDecimal> target(LocalDate start, LocalDate endInclusive, FiscalCalendar calendar,
                                              Map<String, Long> quotas) {
        // days are added up per quota period first, so a whole quarter takes its quota exactly
        Map<Period, Long> daysByQuota = new LinkedHashMap<>();
        for (Period month : months(start, endInclusive, calendar)) {
            LocalDate from = month.start().isBefore(start) ? start : month.start();
            LocalDate to = month.end().isAfter(endInclusive) ? endInclusive.plusDays(1) : month.end();
            Optional<Period> covering = NARROWEST_FIRST.stream()
                    .map(type -> calendar.periodContaining(type, month.start()))
                    .filter(period -> quotas.containsKey(period.key())).findFirst();
            if (covering.isEmpty()) {
                return Optional.empty();
            }
            daysByQuota.merge(covering.get(), to.toEpochDay() - from.toEpochDay(), Long::sum);
        }
        BigDecimal total = BigDecimal.ZERO.setScale(4);
        for (Map.Entry<Period, Long> share : daysByQuota.entrySet()) {
            total = total.add(BigDecimal.valueOf(quotas.get(share.getKey().key()))
                    .multiply(BigDecimal.valueOf(share.getValue()))
                    .divide(BigDecimal.valueOf(share.getKey().lengthInDays()), 4, RoundingMode.HALF_UP));
        }
        return Optional.of(total);
    }

    private static List<Period> months(LocalDate start, LocalDate endInclusive, FiscalCalendar calendar) {
        List<Period> months = new ArrayList<>();
        Period month = calendar.periodContaining(PeriodType.MONTH, start);
        while (!month.start().isAfter(endInclusive)) {
            months.add(month);
            month = month.next();
        }
        return months;
    }
}
