package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_MEETING_CADENCE: one Sales Meeting cadence per team; FREQUENCIES holds the frequency names
 * separated by commas (e.g. "WEEKLY,QUARTERLY").
 */
@Preload
@Table("MeetingCadence")
public interface MeetingCadenceEntity extends Entity {

    /** Unique: two saves racing for a team must not leave it two cadences. */
    @Unique
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
