package com.atlassian.jira.issue.context;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.context.JiraContextNode}; see DESIGN.md. Verified against: jira-api JiraContextNode.java source (6.x, turgaycelik/mysource, @PublicApi); List&lt;JiraContextNode&gt; in CustomFieldManager/FieldConfigSchemeManager signatures (7.1 DAC javadoc, 8.13 call sites). Supertypes (BandanaContext, IssueContext, Comparable) and members omitted. */
public interface JiraContextNode {
}
