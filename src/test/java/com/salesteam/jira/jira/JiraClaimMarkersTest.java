package com.salesteam.jira.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.salesteam.jira.service.cadence.ClaimMarkers;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Claim markers are labels: added quietly, found in one security-free search, mapped back by label. */
public class JiraClaimMarkersTest {

    private static final String FIRST = "salesteam-claim-r-000000000000000000000001";
    private static final String SECOND = "salesteam-claim-r-000000000000000000000002";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private LabelManager labelManager;
    @Mock
    private SearchService searchService;
    @Mock
    private UserManager userManager;
    @Mock
    private ApplicationUser boss;
    @Mock
    private Query query;

    private JiraClaimMarkers markers;

    @Before
    public void setUp() {
        when(userManager.getUserByKey("boss")).thenReturn(boss);
        when(searchService.parseQuery(isNull(), anyString()))
                .thenReturn(new SearchService.ParseResult(query, new MessageSetImpl()));
        markers = new JiraClaimMarkers(labelManager, searchService, userManager);
    }

    @Test
    public void aMarkIsALabelAddedAsTheCreatorWithoutNotification() {
        markers.mark("boss", 10001L, FIRST);

        verify(labelManager).addLabel(boss, 10001L, FIRST, false);
    }

    @Test
    public void anIssueTheCreateCallAlreadyLabelledIsLeftAsItIs() {
        issue(10001L, "SALES-1", "customer", FIRST);

        markers.mark("boss", 10001L, FIRST);

        verify(labelManager, never()).addLabel(any(), any(), any(), anyBoolean());
    }

    @Test
    public void onlyMarkersTheAppMadeGoIntoJql() {
        assertThrows(IllegalArgumentException.class, () -> markers.mark("boss", 1L, "x\") OR project = \"A"));
        assertThrows(IllegalArgumentException.class, () -> markers.find(List.of("a b")));
        verifyNoInteractions(labelManager, searchService);
    }

    @Test
    public void oneSearchFindsEveryMarkedIssueByItsLabel() throws SearchException {
        Issue marked = issue(20001L, "SALES-7", FIRST, "customer");
        Issue other = issue(20002L, "SALES-8", "unrelated");
        results(List.of(marked, other));

        Map<String, ClaimMarkers.Found> found = markers.find(List.of(FIRST, SECOND));

        assertEquals(Map.of(FIRST, new ClaimMarkers.Found(20001L, "SALES-7", false)), found);
        ArgumentCaptor<String> jql = ArgumentCaptor.forClass(String.class);
        verify(searchService).parseQuery(isNull(), jql.capture());
        assertEquals("labels in (\"" + FIRST + "\", \"" + SECOND + "\") ORDER BY created ASC", jql.getValue());
    }

    @Test
    public void aMarkerCopiedOntoALaterIssueStillNamesTheFirst() throws SearchException {
        results(List.of(issue(20001L, "SALES-7", FIRST), issue(20009L, "SALES-9", FIRST)));

        assertEquals(new ClaimMarkers.Found(20001L, "SALES-7", false), markers.find(List.of(FIRST)).get(FIRST));
    }

    @Test
    public void aFoundIssueInADoneStatusIsCompleted() throws SearchException {
        Issue done = issue(20001L, "SALES-7", FIRST);
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(StatusCategory.COMPLETE);
        when(status.getStatusCategory()).thenReturn(category);
        when(done.getStatus()).thenReturn(status);
        results(List.of(done));

        assertEquals(new ClaimMarkers.Found(20001L, "SALES-7", true), markers.find(List.of(FIRST)).get(FIRST));
    }

    @Test
    public void noMarkersNoSearch() {
        assertTrue(markers.find(List.of()).isEmpty());
        verifyNoInteractions(searchService);
    }

    @Test
    public void aSearchJiraCannotRunIsAnError() throws SearchException {
        when(searchService.searchOverrideSecurity(isNull(), eq(query), any())).thenThrow(new SearchException("index"));

        assertThrows(IllegalStateException.class, () -> markers.find(List.of(FIRST)));
    }

    @SuppressWarnings("unchecked")
    private void results(List<Issue> issues) throws SearchException {
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(issues);
        when(searchService.searchOverrideSecurity(isNull(), eq(query), any(PagerFilter.class))).thenReturn(results);
    }

    private Issue issue(long id, String key, String... labels) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        Set<Label> set = new java.util.HashSet<>();
        for (String text : labels) {
            Label label = mock(Label.class);
            when(label.getLabel()).thenReturn(text);
            set.add(label);
        }
        when(labelManager.getLabels(id)).thenReturn(set);
        return issue;
    }
}
