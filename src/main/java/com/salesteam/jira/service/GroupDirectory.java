package com.salesteam.jira.service;

import java.util.List;
import java.util.Optional;

/** Jira groups as a team sync needs them. Implemented over Jira's group manager. */
public interface GroupDirectory {

    /** True when Jira has a group of this name. */
    boolean exists(String groupName);

    /**
     * The keys of the group's active users, nested groups included, read once; empty when there is no such group.
     * Inactive users are not members.
     */
    Optional<List<String>> activeMemberKeys(String groupName);
}
