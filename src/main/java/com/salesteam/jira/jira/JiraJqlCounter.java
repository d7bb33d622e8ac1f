package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.salesteam.jira.service.kpi.JqlCounter;

import java.util.OptionalLong;

/** Counts with Jira's search as the person: their browse permissions apply and {@code currentUser()} is them. */
public class JiraJqlCounter implements JqlCounter {

    private final SearchService searchService;
    private final UserManager userManager;

    public JiraJqlCounter(SearchService searchService, UserManager userManager) {
        this.searchService = searchService;
        this.userManager = userManager;
    }

    @Override
    public OptionalLong count(String userKey, String jql) {
        ApplicationUser user = userManager.getUserByKey(userKey);
        if (user == null || !user.isActive()) {
            return OptionalLong.empty();
        }
        SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
        if (!parsed.isValid()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(searchService.searchCount(user, parsed.getQuery()));
        } catch (SearchException e) {
            throw new IllegalStateException("Jira could not count " + jql + " for " + userKey, e);
        }
    }
}
