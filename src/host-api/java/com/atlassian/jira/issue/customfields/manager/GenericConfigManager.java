package com.atlassian.jira.issue.customfields.manager;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.manager.GenericConfigManager}; see DESIGN.md. Verified against: jira-api GenericConfigManager.java source (code corpus); AbstractSingleFieldType / GenericTextCFType constructor parameter (docs.atlassian.com/jira/latest). Forced type only: no members mirrored. */
public interface GenericConfigManager {
}
