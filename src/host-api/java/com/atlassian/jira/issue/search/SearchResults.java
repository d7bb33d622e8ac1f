package com.atlassian.jira.issue.search;

import java.util.List;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.issue.search.SearchResults}; see DESIGN.md. Verified against: greenhopper javadoc jira-software/10.6.0 + 11.1 (SearchResults&lt;Issue&gt;), cures-condec-jira MockSearchService (new SearchResults&lt;Issue&gt;(list, int, int, int), 8.8.1), Jira 8+ plugin call sites getResults()/getTotal(). */
public class SearchResults<T> {
    public SearchResults(List<T> issues, int totalIssueCount, int maxIssueCount, int startIndex) {
        throw new UnsupportedOperationException();
    }

    public List<T> getResults() {
        throw new UnsupportedOperationException();
    }

    public int getTotal() {
        throw new UnsupportedOperationException();
    }
}
