package com.opensymphony.module.propertyset;

/** Mirror of Jira 10.3 bundled propertyset {@code com.opensymphony.module.propertyset.PropertySet}; see DESIGN.md. Verified against: docs.atlassian.com/software/jira/docs/api/11.3.13 FunctionProvider.html (execute(Map, Map, com.opensymphony.module.propertyset.PropertySet)). Forced type only: no members mirrored. */
public interface PropertySet {
}
