package com.atlassian.sal.api;

import java.util.Date;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.ApplicationProperties}; see DESIGN.md. Verified against: decompiled sal-api (CFR 0.152, code corpus) ApplicationProperties (with PLATFORM_* constants). Subset; deprecated getBaseUrl()/getHomeDirectory()/getPropertyValue and the home-directory Optional<Path> methods left out. */
public interface ApplicationProperties {
    String PLATFORM_JIRA = "jira";

    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();

    String getPlatformId();

    String getVersion();

    Date getBuildDate();

    String getBuildNumber();

    String getApplicationFileEncoding();
}
