package com.atlassian.jira.icon;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.icon.IconType}; see DESIGN.md. Verified against: docs.atlassian.com/jira/latest IconType.html (@ExperimentalApi public class; static ISSUE_TYPE_ICON_TYPE, PROJECT_ICON_TYPE, USER_ICON_TYPE; getKey(); of(String)); a Jira 10 app (jakarta.inject) passing IconType.ISSUE_TYPE_ICON_TYPE to AvatarManager.getDefaultAvatarId. Only the constant the app uses; no public constructor in the javadoc. */
public class IconType {
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType("issuetype");

    private final String key;

    private IconType(final String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
