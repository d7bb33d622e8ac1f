package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.avatar.AvatarManager}; see DESIGN.md. Verified against: a Jira 10 app (jakarta.inject, IssueTypeManager.createIssueType(name, description, avatarId)) calling {@code Long getDefaultAvatarId(IconType)}; IssueTypeManager javadoc ("avatarId ... Cannot be null"). Only the method the app uses. */
public interface AvatarManager {
    Long getDefaultAvatarId(IconType iconType);
}
