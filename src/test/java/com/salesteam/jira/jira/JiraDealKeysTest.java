package com.salesteam.jira.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
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
}
