package com.atlassian.jira.issue.context;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.context.GlobalIssueContext}; see DESIGN.md. Verified against: jira-api GlobalIssueContext.java source (6.1+: private constructor, static JiraContextNode getInstance()), call sites adding getInstance() to List&lt;JiraContextNode&gt; for createCustomField. Real superclass AbstractJiraContext reduced to JiraContextNode; getInstance keeps its trivial real behaviour (a singleton). */
public class GlobalIssueContext implements JiraContextNode {
    private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

    private GlobalIssueContext() {
    }

    public static JiraContextNode getInstance() {
        return INSTANCE;
    }
}
