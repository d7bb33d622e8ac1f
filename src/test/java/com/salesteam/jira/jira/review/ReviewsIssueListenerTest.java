package com.salesteam.jira.jira.review;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.salesteam.jira.model.cadence.MeetingIssue;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import com.salesteam.jira.model.review.ReviewRecord;
import com.salesteam.jira.service.cadence.MeetingRecords;
import com.salesteam.jira.service.review.CoachingService;
import com.salesteam.jira.service.review.ReviewRecords;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.time.Instant;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ReviewsIssueListenerTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private EventPublisher publisher;
    @Mock
    private CoachingIssueReader coachingReader;
    @Mock
    private CoachingService coaching;
    @Mock
    private ReviewIssueReader reviewReader;
    @Mock
    private ReviewRecords reviews;
    @Mock
    private MeetingIssueReader meetingReader;
    @Mock
    private MeetingRecords meetings;
    @Mock
    private Issue issue;

    private ReviewsIssueListener listener;
    private final CoachingAction action = new CoachingAction(7, "SALES-7", "x", Optional.of("li.wei"), Optional.empty(),
            "", CoachingState.DONE, Optional.empty(), Optional.empty());
    private final ReviewRecord review = new ReviewRecord(7, "SALES-7", Optional.of("li.wei"), "FY2026-Q2",
            "Manager Review", false, Optional.empty());

    @Before
    public void setUp() {
        listener = new ReviewsIssueListener(publisher, coachingReader, coaching, reviewReader, reviews, meetingReader,
                meetings);
        when(issue.getId()).thenReturn(7L);
        when(coachingReader.read(issue)).thenReturn(action);
        when(reviewReader.read(issue)).thenReturn(review);
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
        when(coachingReader.isCoachingAction(issue)).thenReturn(true);
        fire(EventType.ISSUE_ASSIGNED_ID);
        verify(coaching).record(action);
        verify(reviews, never()).delete(anyLong());
        fire(EventType.ISSUE_DELETED_ID);
        verify(coaching).delete(7L);
    }

    @Test
    public void aReviewIsRecordedInTheReviewsStore() {
        when(reviewReader.isReview(issue)).thenReturn(true);
        fire(EventType.ISSUE_RESOLVED_ID);
        verify(reviews).record(review);
        verify(coaching, never()).record(any());
        fire(EventType.ISSUE_DELETED_ID);
        verify(reviews).delete(7L);
    }

    @Test
    public void anIssueRetypedAwayLeavesBothStoresAndOtherIssuesAreIgnored() {
        fire(EventType.ISSUE_CREATED_ID);
        verify(coaching, never()).delete(anyLong());
        verify(reviews, never()).delete(anyLong());
        fire(EventType.ISSUE_MOVED_ID);
        verify(coaching).delete(7L);
        verify(reviews).delete(7L);
        verify(coaching, never()).record(any());
        verify(reviews, never()).record(any());
    }

    @Test
    public void aMeetingIsRecordedOnEveryChangeAndForgottenAsHeldWhenDeleted() {
        MeetingIssue held = new MeetingIssue(7, "SALES-7", Optional.of("li.wei"),
                Optional.of(Instant.parse("2026-11-20T10:00:00Z")), "Call Acme");
        when(meetingReader.isMeeting(issue)).thenReturn(true);
        when(meetingReader.read(issue)).thenReturn(held);

        fire(EventType.ISSUE_RESOLVED_ID);
        fire(EventType.ISSUE_DELETED_ID);

        verify(meetings).record(held);
        verify(meetings).delete(7L);
        verify(coaching, never()).record(any());
        verify(reviews, never()).record(any());
    }

    @Test
    public void otherIssuesAreNotRecordedAsMeetings() {
        fire(EventType.ISSUE_RESOLVED_ID);
        verify(meetings, never()).record(any());
    }

    @Test
    public void aFailureIsLoggedNotThrown() {
        when(coachingReader.isCoachingAction(issue)).thenReturn(true);
        doThrow(new IllegalStateException("db down")).when(coaching).record(action);
        fire(EventType.ISSUE_RESOLVED_ID);
        verify(coaching).record(action);
    }
}
