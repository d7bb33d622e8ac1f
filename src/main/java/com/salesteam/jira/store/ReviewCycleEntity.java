package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_REVIEW_CYCLE: one review cycle per team (cadence, due day, project, assignee). */
@Preload
@Table("ReviewCycle")
public interface ReviewCycleEntity extends Entity {

    @Indexed
    long getTeamId();

    void setTeamId(long teamId);

    @NotNull
    String getCadence();

    void setCadence(String cadence);

    int getDueDay();

    void setDueDay(int dueDay);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getAssignee();

    void setAssignee(String assignee);
}
