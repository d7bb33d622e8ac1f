package com.salesteam.jira.jira;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraStageNamesTest {

    @Test
    public void everyStatusIsNamedById() {
        StatusManager statusManager = mock(StatusManager.class);
        Status proposal = mock(Status.class);
        Status won = mock(Status.class);
        when(proposal.getId()).thenReturn("10002");
        when(proposal.getName()).thenReturn("Proposal");
        when(won.getId()).thenReturn("10004");
        when(won.getName()).thenReturn("Closed Won");
        when(statusManager.getStatuses()).thenReturn(List.of(proposal, won));

        assertEquals(Map.of("10002", "Proposal", "10004", "Closed Won"), new JiraStageNames(statusManager).byId());
    }
}
