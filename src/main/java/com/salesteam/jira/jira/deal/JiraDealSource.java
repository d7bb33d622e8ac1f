package com.salesteam.jira.jira.deal;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import com.salesteam.jira.model.DealSnapshot;
import com.salesteam.jira.model.setup.DealBlueprint;
import com.salesteam.jira.service.DealSource;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Deal issues from Jira's search index, ordered by key so pages are stable, with issue security overridden: the
 * ledger must hold every deal, and who may see what is decided when figures are read.
 */
public class JiraDealSource implements DealSource {

    static final String DEALS_JQL = "issuetype = \"" + DealBlueprint.ISSUE_TYPE + "\" ORDER BY key ASC";

    private final SearchService searchService;
    private final IssueManager issueManager;
    private final DealIssueReader reader;

    public JiraDealSource(SearchService searchService, IssueManager issueManager, DealIssueReader reader) {
        this.searchService = searchService;
        this.issueManager = issueManager;
        this.reader = reader;
    }

    @Override
    public boolean isDeal(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        return issue != null && reader.isDeal(issue);
    }

    @Override
    public DealPage page(int startAt, int maxResults) {
        SearchService.ParseResult parsed = searchService.parseQuery(null, DEALS_JQL);
        if (!parsed.isValid()) {
            // no Deal issue type yet (the project setup has not run): nothing to reconcile
            return new DealPage(List.of(), 0);
        }
        try {
            SearchResults<Issue> results = searchService.searchOverrideSecurity(null, parsed.getQuery(),
                    new PagerFilter<>(startAt, maxResults));
            List<DealSnapshot> deals = new ArrayList<>();
            for (Issue issue : results.getResults()) {
                deals.add(reader.read(issue, DealIssueReader.lastChange(issue, new Date())));
            }
            return new DealPage(deals, results.getTotal());
        } catch (SearchException e) {
            throw new IllegalStateException("searching deal issues failed: " + e.getMessage(), e);
        }
    }
}
