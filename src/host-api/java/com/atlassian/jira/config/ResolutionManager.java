package com.atlassian.jira.config;

import com.atlassian.jira.issue.resolution.Resolution;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.config.ResolutionManager}; see DESIGN.md. Verified against: jira-api ResolutionManager.java source (since 5.0, turgaycelik/mysource, @PublicApi: getResolutions() returns List), plugin call sites createResolution(name, description).getId(). */
public interface ResolutionManager {
    Resolution createResolution(String name, String description);

    List<Resolution> getResolutions();
}
