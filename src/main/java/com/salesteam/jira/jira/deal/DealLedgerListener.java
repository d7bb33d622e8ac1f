package com.salesteam.jira.jira.deal;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.salesteam.jira.service.DealLedgerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Date;

/**
 * Records every change of a deal issue in the ledger: create, edit, assign, transition, move and delete all
 * arrive as issue events. A failure is logged and the event dropped; the reconciliation job repairs the ledger.
 */
public class DealLedgerListener implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(DealLedgerListener.class);

    private final EventPublisher eventPublisher;
    private final DealIssueReader reader;
    private final DealLedgerService ledger;

    public DealLedgerListener(EventPublisher eventPublisher, DealIssueReader reader, DealLedgerService ledger) {
        this.eventPublisher = eventPublisher;
        this.reader = reader;
        this.ledger = ledger;
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
        Date time = event.getTime() == null ? new Date() : event.getTime();
        boolean deal = reader.isDeal(issue);
        if (!deal && !changesIssueType(event)) {
            return;
        }
        try {
            if (!deal || EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
                ledger.delete(issue.getId(), time.getTime());
            } else {
                ledger.record(reader.read(issue, DealIssueReader.lastChange(issue, time)));
            }
        } catch (RuntimeException e) {
            LOG.warn("Deal {} not recorded in the ledger (reconciliation will retry): {}", issue.getKey(), e.toString());
        }
    }

    /** A move or an edit may turn a deal into another issue type: it then leaves the ledger. */
    private static boolean changesIssueType(IssueEvent event) {
        return EventType.ISSUE_MOVED_ID.equals(event.getEventTypeId())
                || EventType.ISSUE_UPDATED_ID.equals(event.getEventTypeId());
    }
}
