package com.atlassian.jira.issue.fields.screen.issuetype;

import java.util.Collection;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme}; see DESIGN.md. Verified against: jira-api IssueTypeScreenScheme.java source (6.x, turgaycelik/mysource, @PublicApi; getEffectiveFieldScreenScheme since 6.2), blackducksoftware/blackduck-jira IssueTypeScreenSchemeMock (@Override, 2019). getProjects() (Collection&lt;GenericValue&gt;) deliberately omitted. */
public interface IssueTypeScreenScheme {
    Long getId();

    String getName();

    void setName(String name);

    void setDescription(String description);

    void store();

    boolean isDefault();

    Collection<IssueTypeScreenSchemeEntity> getEntities();

    void addEntity(IssueTypeScreenSchemeEntity issueTypeScreenSchemeEntity);
}
