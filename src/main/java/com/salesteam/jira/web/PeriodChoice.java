package com.salesteam.jira.web;

import com.salesteam.jira.model.Period;
import com.salesteam.jira.service.PeriodService;

/**
 * A gadget's period picked relative to today (this week, last quarter, ...). A gadget saves the choice, not the
 * period's key, and the choice is resolved to a key each time the gadget loads: a board set to "this week" still
 * shows the current week after the next Monday, where a saved key would have left the picker's list.
 */
enum PeriodChoice {

    THIS_WEEK("this-week", "week", 0),
    LAST_WEEK("last-week", "week", -1),
    THIS_MONTH("this-month", "month", 0),
    LAST_MONTH("last-month", "month", -1),
    THIS_QUARTER("this-quarter", "quarter", 0),
    LAST_QUARTER("last-quarter", "quarter", -1),
    NEXT_QUARTER("next-quarter", "quarter", 1),
    THIS_YEAR("this-year", "year", 0),
    LAST_YEAR("last-year", "year", -1);

    private final String key;
    private final String type;
    private final int offset;

    PeriodChoice(String key, String type, int offset) {
        this.key = key;
        this.type = type;
        this.offset = offset;
    }

    /** What a gadget saves, e.g. {@code last-quarter}. */
    String key() {
        return key;
    }

    /** The period this choice names today, on the configured fiscal calendar. */
    Period resolve(PeriodService periods) {
        Period period = periods.containing(type, "");
        return offset < 0 ? period.previous() : offset > 0 ? period.next() : period;
    }
}
