package com.salesteam.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraDealKeysTest {

    @Test
    public void theKeyOfAnExistingIssueAndNothingForAGoneOne() {
        IssueManager issues = mock(IssueManager.class);
        MutableIssue deal = mock(MutableIssue.class);
        when(deal.getKey()).thenReturn("DEAL-7");
        when(issues.getIssueObject(10007L)).thenReturn(deal);

        JiraDealKeys keys = new JiraDealKeys(issues);

        assertEquals(Optional.of("DEAL-7"), keys.keyOf(10007L));
        assertEquals(Optional.empty(), keys.keyOf(10008L));
    }

    @Test
    public void theProjectsOfTheDealsThatStillExistInOneBatch() {
        IssueManager issues = mock(IssueManager.class);
        Issue sales = mock(Issue.class);
        when(sales.getId()).thenReturn(10007L);
        when(sales.getProjectId()).thenReturn(10100L);
        Issue secret = mock(Issue.class);
        when(secret.getId()).thenReturn(10009L);
        when(secret.getProjectId()).thenReturn(10200L);
        when(issues.getIssueObjects(List.of(10007L, 10008L, 10009L))).thenReturn(List.of(sales, secret));

        JiraDealKeys keys = new JiraDealKeys(issues);

        assertEquals(Map.of(10007L, 10100L, 10009L, 10200L), keys.projectsOf(List.of(10007L, 10008L, 10009L)));
        assertEquals(Map.of(), keys.projectsOf(List.of()));
        verify(issues, times(1)).getIssueObjects(any());
    }
}
