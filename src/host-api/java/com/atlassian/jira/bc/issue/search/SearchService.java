package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.bc.issue.search.SearchService}; see DESIGN.md. Verified against: cures-condec-jira MockSearchService (implements SearchService, jira-api 8.8.1: SearchResults&lt;Issue&gt; search(...), long searchCount(...), ParseResult parseQuery(...)), jira-api SearchService.java source (ParseResult), greenhopper 10.6 javadoc (SearchResults&lt;Issue&gt;). */
public interface SearchService {
    @SuppressWarnings("rawtypes")
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    long searchCount(ApplicationUser searcher, Query query) throws SearchException;

    /** Verified against: public Jira 8.x MockSearchService implementations (same signature as search). */
    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** Mirror of Jira 10.3 {@code SearchService.ParseResult}; real constructor and accessor behaviour. */
    final class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            if (errors == null) {
                throw new IllegalArgumentException("errors should not be null!");
            }
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public MessageSet getErrors() {
            return errors;
        }

        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}
