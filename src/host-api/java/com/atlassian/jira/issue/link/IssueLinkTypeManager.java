package com.atlassian.jira.issue.link;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.link.IssueLinkTypeManager}; see DESIGN.md. Verified against: jira-api IssueLinkTypeManager.java source (code corpus: Collection&lt;IssueLinkType&gt; getIssueLinkTypesByName(String name)). */
public interface IssueLinkTypeManager {
    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
