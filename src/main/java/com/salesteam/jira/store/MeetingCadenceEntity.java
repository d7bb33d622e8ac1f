package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_MEETING_CADENCE: one Sales Meeting cadence per team; FREQUENCIES holds the frequency names
 * separated by commas (e.g. "WEEKLY,QUARTERLY").
 */
@Preload
@Table("MeetingCadence")
public interface MeetingCadenceEntity extends Entity {

    @Indexed
    long getTeamId();

    void setTeamId(long teamId);

    @NotNull
    String getFrequencies();

    void setFrequencies(String frequencies);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    int getLeaderboardTop();

    void setLeaderboardTop(int leaderboardTop);
}
