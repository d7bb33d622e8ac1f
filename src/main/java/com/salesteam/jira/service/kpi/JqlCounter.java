package com.salesteam.jira.service.kpi;

import java.util.OptionalLong;

/** Counts the issues a JQL query finds as one person searching: what they may see, {@code currentUser()} = them. */
public interface JqlCounter {

    /** Empty when the person is unknown or inactive, or the query does not parse. */
    OptionalLong count(String userKey, String jql);
}
