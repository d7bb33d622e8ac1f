package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.salesteam.jira.jira.review.CoachingIssueReader;
import com.salesteam.jira.service.cadence.ClaimMarkers;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Claim markers as Jira labels: the issue-creating adapters put them on in the create call; {@link #mark} checks
 * that one is there and otherwise adds it through the LabelManager (no screen needs the Labels field, nobody is
 * notified); they are found with one {@code labels in (...)} search that ignores issue security, as the job has no user.
 * The markers are the app's own digests (letters, digits and dashes), so they are quoted into the JQL as they are.
 */
public class JiraClaimMarkers implements ClaimMarkers {

    private final LabelManager labelManager;
    private final SearchService searchService;
    private final UserManager userManager;

    public JiraClaimMarkers(LabelManager labelManager, SearchService searchService, UserManager userManager) {
        this.labelManager = labelManager;
        this.searchService = searchService;
        this.userManager = userManager;
    }

    @Override
    public void mark(String userKey, long issueId, String marker) {
        checked(marker);
        Set<Label> labels = labelManager.getLabels(issueId);
        if (labels != null && labels.stream().anyMatch(label -> marker.equals(label.getLabel()))) {
            return;
        }
        labelManager.addLabel(userManager.getUserByKey(userKey), issueId, marker, false);
    }

    @Override
    public Map<String, Found> find(Collection<String> markers) {
        Set<String> wanted = new LinkedHashSet<>(markers);
        Map<String, Found> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        String jql = wanted.stream().map(marker -> "\"" + checked(marker) + "\"")
                .collect(Collectors.joining(", ", "labels in (", ") ORDER BY created ASC"));
        SearchService.ParseResult parsed = searchService.parseQuery(null, jql);
        if (!parsed.isValid()) {
            throw new IllegalStateException("Jira refused the claim search: " + parsed.getErrors().getErrorMessages());
        }
        SearchResults<Issue> results;
        try {
            // a marker is on one issue, unless someone copied the label by hand: twice as many leaves room for that
            results = searchService.searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(0,
                    wanted.size() * 2));
        } catch (SearchException e) {
            throw new IllegalStateException("Jira could not search the claim markers: " + e.getMessage(), e);
        }
        for (Issue issue : results.getResults()) {
            Set<Label> labels = labelManager.getLabels(issue.getId());
            for (Label label : labels == null ? Set.<Label>of() : labels) {
                if (wanted.contains(label.getLabel())) {
                    // the oldest issue (the search orders by creation) is the one the crashed run created
                    found.putIfAbsent(label.getLabel(), new Found(issue.getId(), issue.getKey(),
                            CoachingIssueReader.state(issue).completed()));
                }
            }
        }
        return found;
    }

    private static String checked(String marker) {
        if (!marker.matches("[a-z0-9-]{1,255}")) {
            throw new IllegalArgumentException("not a claim marker: " + marker);
        }
        return marker;
    }
}
