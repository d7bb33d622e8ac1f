package org.ofbiz.core.entity;

/** Mirror of Jira 10.3 {@code org.ofbiz.core.entity.GenericValue}; see DESIGN.md. Verified against: jira-api IssueEvent.java/IssueManager.java imports (code corpus), docs.atlassian.com/jira/server IssueEvent.html. Forced type only: no members mirrored (real class extends GenericEntity). */
public class GenericValue {
}
