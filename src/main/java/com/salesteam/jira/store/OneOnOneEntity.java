package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_ONE_ON_ONE: each rep's 1:1 schedule, at most one per rep (the unique rep key). FIRST_DAY is the
 * first meeting's epoch day; FREQUENCY the {@code MeetingFrequency} name. Read whole by the job, by rep otherwise.
 */
@Preload
@Table("OneOnOne")
public interface OneOnOneEntity extends Entity {

    @NotNull
    @Unique
    String getRepKey();

    void setRepKey(String repKey);

    @NotNull
    String getManagerKey();

    void setManagerKey(String managerKey);

    @NotNull
    String getFrequency();

    void setFrequency(String frequency);

    long getFirstDay();

    void setFirstDay(long firstDay);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);
}
