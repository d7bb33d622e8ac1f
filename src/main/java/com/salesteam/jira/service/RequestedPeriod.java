package com.salesteam.jira.service;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;

import java.time.Clock;

/** The period a request names by key, or the current quarter when it names none; a bad key is a field error. */
public final class RequestedPeriod {

    private RequestedPeriod() {
    }

    public static Period resolve(FiscalCalendar calendar, String periodKey, Clock clock) {
        if (periodKey.isBlank()) {
            return calendar.periodContaining(PeriodType.QUARTER, calendar.today(clock));
        }
        return Period.parse(periodKey.strip(), calendar).orElseThrow(() -> ServiceException.invalid(
                FieldError.of("period", "salesteam.error.period.key.malformed", periodKey)));
    }
}
