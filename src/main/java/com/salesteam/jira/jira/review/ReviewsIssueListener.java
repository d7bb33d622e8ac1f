package com.salesteam.jira.jira.review;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.salesteam.jira.service.cadence.MeetingRecords;
import com.salesteam.jira.service.review.CoachingService;
import com.salesteam.jira.service.review.ReviewRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the coaching store and the reviews store in step with Coaching Action and Performance Review issues, and
 * the 1:1 store (and each rep's last 1:1) with 1:1 Meeting issues: create, edit, assign, transition, move and delete
 * all arrive as issue events; a meeting's Hold (resolution set) is when it was held, and a deleted one no longer
 * counts as held. An issue moved or edited into another type leaves both stores. A failure is logged and the event
 * dropped; the issue's next change records it.
 */
public class ReviewsIssueListener implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewsIssueListener.class);

    private final EventPublisher eventPublisher;
    private final CoachingIssueReader coachingReader;
    private final CoachingService coaching;
    private final ReviewIssueReader reviewReader;
    private final ReviewRecords reviews;
    private final MeetingIssueReader meetingReader;
    private final MeetingRecords meetings;

    public ReviewsIssueListener(EventPublisher eventPublisher, CoachingIssueReader coachingReader,
                                CoachingService coaching, ReviewIssueReader reviewReader, ReviewRecords reviews,
                                MeetingIssueReader meetingReader, MeetingRecords meetings) {
        this.eventPublisher = eventPublisher;
        this.coachingReader = coachingReader;
        this.coaching = coaching;
        this.reviewReader = reviewReader;
        this.reviews = reviews;
        this.meetingReader = meetingReader;
        this.meetings = meetings;
    }

    @Override
    public void onStart() {
        eventPublisher.register(this);
    }

    @Override
    public void onStop() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null) {
            return;
        }
        boolean action = coachingReader.isCoachingAction(issue);
        boolean review = reviewReader.isReview(issue);
        boolean retyped = changesIssueType(event);
        boolean deleted = EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId());
        try {
            if (action && !deleted) {
                coaching.record(coachingReader.read(issue));
            } else if (action || retyped) {
                coaching.delete(issue.getId());
            }
            if (review && !deleted) {
                reviews.record(reviewReader.read(issue));
            } else if (review || retyped) {
                reviews.delete(issue.getId());
            }
            if (meetingReader.isMeeting(issue)) {
                if (deleted) {
                    meetings.delete(issue.getId());
                } else {
                    meetings.record(meetingReader.read(issue));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Coaching action or review {} not recorded: {}", issue.getKey(), e.toString());
        }
    }

    private static boolean changesIssueType(IssueEvent event) {
        return EventType.ISSUE_MOVED_ID.equals(event.getEventTypeId())
                || EventType.ISSUE_UPDATED_ID.equals(event.getEventTypeId());
    }
}
