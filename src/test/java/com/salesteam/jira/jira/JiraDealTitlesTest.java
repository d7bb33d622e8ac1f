package com.salesteam.jira.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.Issue;
import com.salesteam.jira.service.cadence.DealTitles;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraDealTitlesTest {

    @Test
    public void namesTheDealsThatStillExistAndLeavesOutTheOthers() {
        IssueManager issues = mock(IssueManager.class);
        Issue acme = mock(Issue.class);
        when(acme.getId()).thenReturn(1L);
        when(acme.getKey()).thenReturn("SALES-1");
        when(acme.getSummary()).thenReturn("Acme renewal");
        Issue untitled = mock(Issue.class);
        when(untitled.getId()).thenReturn(3L);
        when(untitled.getKey()).thenReturn("SALES-3");
        when(issues.getIssueObjects(List.of(1L, 2L, 3L))).thenReturn(List.of(acme, untitled));

        Map<Long, DealTitles.Title> titles = new JiraDealTitles(issues).titles(List.of(1L, 2L, 3L));

        assertEquals(Map.of(1L, new DealTitles.Title("SALES-1", "Acme renewal"), 3L,
                new DealTitles.Title("SALES-3", "")), titles);
        verify(issues, never()).getIssueObject(anyLong());
        assertEquals(Map.of(), new JiraDealTitles(issues).titles(List.of()));
    }
}
