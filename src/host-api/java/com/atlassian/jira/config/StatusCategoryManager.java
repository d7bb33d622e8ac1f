package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.category.StatusCategory;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.config.StatusCategoryManager}; see DESIGN.md. Verified against: jira-api StatusCategoryManager.java source (since 6.1, turgaycelik/mysource), Jira's own call sites getStatusCategoryByKey(StatusCategory.TO_DO / IN_PROGRESS / COMPLETE). */
public interface StatusCategoryManager {
    StatusCategory getStatusCategoryByKey(String key);
}
