package com.salesteam.jira.jira.review;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.salesteam.jira.service.review.CoachingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the coaching store in step with Coaching Action issues: create, edit, assign, transition, move and delete
 * all arrive as issue events. An issue moved or edited into another type leaves the store. A failure is logged
 * and the event dropped; the next change of the action records it again.
 */
public class CoachingListener implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(CoachingListener.class);

    private final EventPublisher eventPublisher;
    private final CoachingIssueReader reader;
    private final CoachingService coaching;

    public CoachingListener(EventPublisher eventPublisher, CoachingIssueReader reader, CoachingService coaching) {
        this.eventPublisher = eventPublisher;
        this.reader = reader;
        this.coaching = coaching;
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
        boolean action = reader.isCoachingAction(issue);
        if (!action && !changesIssueType(event)) {
            return;
        }
        try {
            if (!action || EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
                coaching.delete(issue.getId());
            } else {
                coaching.record(reader.read(issue));
            }
        } catch (RuntimeException e) {
            LOG.warn("Coaching action {} not recorded: {}", issue.getKey(), e.toString());
        }
    }

    private static boolean changesIssueType(IssueEvent event) {
        return EventType.ISSUE_MOVED_ID.equals(event.getEventTypeId())
                || EventType.ISSUE_UPDATED_ID.equals(event.getEventTypeId());
    }
}
