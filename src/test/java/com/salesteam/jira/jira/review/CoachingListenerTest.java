package com.salesteam.jira.jira.review;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import com.salesteam.jira.service.review.CoachingService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class CoachingListenerTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private EventPublisher publisher;
    @Mock
    private CoachingIssueReader reader;
    @Mock
    private CoachingService coaching;
    @Mock
    private Issue issue;

    private CoachingListener listener;
    private final CoachingAction read = new CoachingAction(7, "SALES-7", "x", Optional.of("li.wei"), Optional.empty(),
            "", CoachingState.DONE, Optional.empty(), Optional.empty());

    @Before
    public void setUp() {
        listener = new CoachingListener(publisher, reader, coaching);
        when(issue.getId()).thenReturn(7L);
        when(reader.read(issue)).thenReturn(read);
    }

    private void fire(Long type) {
        listener.onIssueEvent(new IssueEvent(issue, null, null, type));
    }

    @Test
    public void registersWhileTheAppRuns() {
        listener.onStart();
        verify(publisher).register(listener);
        listener.onStop();
        verify(publisher).unregister(listener);
    }

    @Test
    public void aCoachingActionIsRecordedOnEveryChangeAndForgottenWhenDeleted() {
        when(reader.isCoachingAction(issue)).thenReturn(true);
        fire(EventType.ISSUE_UPDATED_ID);
        verify(coaching).record(read);
        fire(EventType.ISSUE_DELETED_ID);
        verify(coaching).delete(7L);
    }

    @Test
    public void anIssueRetypedAwayLeavesTheStoreAndOtherIssuesAreIgnored() {
        when(reader.isCoachingAction(issue)).thenReturn(false);
        fire(EventType.ISSUE_CREATED_ID);
        verify(coaching, never()).delete(anyLong());
        fire(EventType.ISSUE_MOVED_ID);
        verify(coaching).delete(7L);
        verify(coaching, never()).record(any());
    }

    @Test
    public void aFailureIsLoggedNotThrown() {
        when(reader.isCoachingAction(issue)).thenReturn(true);
        doThrow(new IllegalStateException("db down")).when(coaching).record(read);
        fire(EventType.ISSUE_RESOLVED_ID);
        verify(coaching).record(read);
    }
}
