package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Mirror of Jira 10.3 {@code com.atlassian.jira.security.groups.GroupManager}; see DESIGN.md. Only the two methods the
 * app calls. Verified against: docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html
 * and docs.atlassian.com/DAC/javadoc/jira/7.1.0-m01/.../GroupManager.html ({@code Group getGroup(String)}, null when
 * there is no such group; user-returning methods typed {@code ApplicationUser} since 7.0), and the jira-api source
 * of 6.x (code corpus: {@code getUsersInGroup(Group)} "will include nested group members", throws
 * NullPointerException for a null group; it returned crowd {@code User} before 7.0). Scripts for Jira 8.x and 9.x
 * (code corpus) call {@code Collection<ApplicationUser> getUsersInGroup(Group)}.
 */
public interface GroupManager {

    Group getGroup(String groupName);

    Collection<ApplicationUser> getUsersInGroup(Group group);
}
