package com.salesteam.jira.jira;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.service.GroupDirectory;

import java.util.List;
import java.util.Optional;

/**
 * Groups from Jira's group manager. A group's users are read once ({@code getUsersInGroup(Group)}, nested groups
 * included, from Jira's membership cache); inactive users are dropped here, so no caller sees them.
 */
public class JiraGroupDirectory implements GroupDirectory {

    private final GroupManager groupManager;

    public JiraGroupDirectory(GroupManager groupManager) {
        this.groupManager = groupManager;
    }

    @Override
    public boolean exists(String groupName) {
        return groupManager.getGroup(groupName) != null;
    }

    @Override
    public Optional<List<String>> activeMemberKeys(String groupName) {
        // getUsersInGroup(Group) throws on a null group, so the lookup comes first
        Group group = groupManager.getGroup(groupName);
        if (group == null) {
            return Optional.empty();
        }
        return Optional.of(groupManager.getUsersInGroup(group).stream()
                .filter(ApplicationUser::isActive)
                .map(ApplicationUser::getKey)
                .distinct()
                .toList());
    }
}
