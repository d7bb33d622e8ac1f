package com.salesteam.jira.model.automation;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.PeriodType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Close-date slips: a deal is alarming once its expected close left the fiscal period of its baseline (the first
 * expected close the automation saw) or moved later more than the allowed number of times.
 */
public final class SlipRule {

    private SlipRule() {
    }

    public static Optional<SlipAlert> decide(long issueId, LocalDate baseline, LocalDate expectedClose, int slipCount,
                                             int maxSlips, FiscalCalendar calendar, PeriodType periodType) {
        Set<SlipReason> reasons = EnumSet.noneOf(SlipReason.class);
        // end() is the first day after the period
        if (!expectedClose.isBefore(calendar.periodContaining(periodType, baseline).end())) {
            reasons.add(SlipReason.LEFT_PERIOD);
        }
        if (slipCount > maxSlips) {
            reasons.add(SlipReason.TOO_MANY_SLIPS);
        }
        return reasons.isEmpty() ? Optional.empty()
                : Optional.of(new SlipAlert(issueId, baseline, expectedClose, slipCount, reasons));
    }
}
