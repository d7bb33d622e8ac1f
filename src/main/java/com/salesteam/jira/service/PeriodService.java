package com.salesteam.jira.service;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;

import java.util.List;

/** Fiscal periods on the configured calendar, for any logged-in user. */
public interface PeriodService {

    FiscalCalendar calendar();

    /** The week, month, quarter and year that contain today in the calendar's time zone. */
    List<Period> current();

    /**
     * The period of {@code type} (week, month, quarter, year) containing {@code date} (ISO yyyy-MM-dd);
     * an empty date means today.
     */
    Period containing(String type, String date);

    /** The period named by a key such as {@code FY2027-Q1} or {@code 2026-W53}. */
    Period byKey(String key);
}
