package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_COMPETITION: a competition's terms, its roster (user keys, one a line) as resolved when saved, and
 * when its standings were frozen (0: not yet). Lists are text: they are never filtered, sorted or grouped on. METRIC
 * holds a deal metric's name ("REVENUE_WON") or a KPI's "kpi:calls", as the quota tables do; LOWER_BETTER the KPI's
 * direction when saved (added without an upgrade task: rows from before it are deal metrics, where it is false).
 */
@Preload
@Table("Competition")
public interface CompEntity extends Entity {

    @NotNull
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    String getMetric();

    void setMetric(String metric);

    @NotNull
    String getScoring();

    void setScoring(String scoring);

    /** ISO date, the first day. */
    @NotNull
    String getStartDate();

    void setStartDate(String startDate);

    /** ISO date, the last day (inclusive). */
    @NotNull
    String getEndDate();

    void setEndDate(String endDate);

    /** Team ids, one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getTeamIds();

    void setTeamIds(String teamIds);

    /** User keys of the people named, one a line. */
    @StringLength(StringLength.UNLIMITED)
    String getPeople();

    void setPeople(String people);

    @StringLength(StringLength.UNLIMITED)
    String getRoster();

    void setRoster(String roster);

    /** Prize lines, one a line, first place first. */
    @StringLength(StringLength.UNLIMITED)
    String getPrizes();

    void setPrizes(String prizes);

    @NotNull
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    long getFrozenAt();

    void setFrozenAt(long frozenAt);

    boolean isLowerBetter();

    void setLowerBetter(boolean lowerBetter);
}
