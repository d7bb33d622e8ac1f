package com.salesteam.jira.service;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealSums;

import java.util.Collection;
import java.util.Map;

/**
 * Every rep's day sums of a day, or added up over a week or a fiscal month, quarter or year (forecast sums and new
 * pipeline, per owner), kept in a bounded cache that every node forgets for a range when a deal counted in it changes. Weeks and
 * new pipeline are read from here as the fiscal periods' sums are read from {@link PeriodSumsCache}, and custom
 * ranges are added up from the weeks, periods and single days inside them ({@code RangeCover}). Only days, weeks and
 * fiscal periods may be asked for: they are the ranges a deal change forgets.
 */
public interface DaySumsCache {

    /** Per range (each one asked for) and owner; the misses are read in one statement. */
    Map<DateRange, Map<String, DealSums>> byRange(Collection<DateRange> ranges);

    /** A deal counted (or stopped counting) in these ranges ({@link DateRange#key()}s). */
    void forgetRanges(Collection<String> rangeKeys);

    /** Every day row was rebuilt (reconciliation, a new fiscal calendar). */
    void forgetAll();
}
