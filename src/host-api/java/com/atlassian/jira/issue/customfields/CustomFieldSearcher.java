package com.atlassian.jira.issue.customfields;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.customfields.CustomFieldSearcher}; see DESIGN.md. Verified against: CustomFieldManager.getCustomFieldSearcher/createCustomField signatures (7.1 DAC javadoc), import and call sites in M-Whitaker/jira-agile-extended (jira 8.13.8). Supertype IssueSearcher&lt;CustomField&gt; and members omitted. */
public interface CustomFieldSearcher {
}
