package com.salesteam.jira.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.salesteam.jira.service.cadence.DealTitles;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraDealTitlesTest {

    @Test
    public void namesTheDealsThatStillExistAndLeavesOutTheOthers() {
        IssueManager issues = mock(IssueManager.class);
        MutableIssue acme = mock(MutableIssue.class);
        when(acme.getKey()).thenReturn("SALES-1");
        when(acme.getSummary()).thenReturn("Acme renewal");
        MutableIssue untitled = mock(MutableIssue.class);
        when(untitled.getKey()).thenReturn("SALES-3");
        when(issues.getIssueObject(1L)).thenReturn(acme);
        when(issues.getIssueObject(3L)).thenReturn(untitled);

        Map<Long, DealTitles.Title> titles = new JiraDealTitles(issues).titles(List.of(1L, 2L, 3L));

        assertEquals(Map.of(1L, new DealTitles.Title("SALES-1", "Acme renewal"), 3L,
                new DealTitles.Title("SALES-3", "")), titles);
    }
}
