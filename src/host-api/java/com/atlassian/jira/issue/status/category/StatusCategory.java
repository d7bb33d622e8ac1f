package com.atlassian.jira.issue.status.category;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.status.category.StatusCategory}; see DESIGN.md. Verified against: jira-api StatusCategory.java source (since 6.1, code corpus). Supertypes (Serializable, Comparable) omitted. */
public interface StatusCategory {
    String UNDEFINED = "undefined";
    String TO_DO = "new";
    String IN_PROGRESS = "indeterminate";
    String COMPLETE = "done";

    Long getId();

    String getKey();

    String getName();
}
