package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_TEAM_MEMBER: one row per person in a team. */
@Preload
@Table("TeamMember")
public interface TeamMemberEntity extends Entity {

    @Indexed
    long getTeamId();

    void setTeamId(long teamId);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);
}
