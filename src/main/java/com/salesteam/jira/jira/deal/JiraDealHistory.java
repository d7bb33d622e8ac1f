package com.salesteam.jira.jira.deal;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.salesteam.jira.model.DealChange;
import com.salesteam.jira.model.DealTimeline;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.MoneyText;
import com.salesteam.jira.model.setup.DealBlueprint;
import com.salesteam.jira.service.DealHistorySource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deal timelines from Jira's change history. Jira writes a status change with the status ids in from/to, a date
 * picker change as ISO dates in from/to, and a text-stored field such as the money field in fromString/toString
 * (its from/to stay empty). Unreadable values count as absent rather than failing the whole forecast.
 */
public class JiraDealHistory implements DealHistorySource {

    static final String STATUS = "status";

    private final IssueManager issueManager;
    private final ChangeHistoryManager changeHistoryManager;

    public JiraDealHistory(IssueManager issueManager, ChangeHistoryManager changeHistoryManager) {
        this.issueManager = issueManager;
        this.changeHistoryManager = changeHistoryManager;
    }

    @Override
    public Map<Long, DealTimeline> timelines(Collection<Long> issueIds) {
        Map<Long, DealTimeline> timelines = new HashMap<>();
        for (long issueId : issueIds) {
            Issue issue = issueManager.getIssueObject(issueId);
            if (issue == null || issue.getCreated() == null) {
                continue;
            }
            List<DealChange> changes = new ArrayList<>();
            for (ChangeItemBean item : changeHistoryManager.getChangeItemsForField(issue, STATUS)) {
                changes.add(new DealChange.Stage(item.getCreated().toInstant(), text(item.getFrom()), text(item.getTo())));
            }
            for (ChangeItemBean item : changeHistoryManager.getChangeItemsForField(issue, DealBlueprint.AMOUNT_FIELD)) {
                changes.add(new DealChange.Amount(item.getCreated().toInstant(), money(item.getFromString()),
                        money(item.getToString())));
            }
            for (ChangeItemBean item : changeHistoryManager.getChangeItemsForField(issue, DealBlueprint.EXPECTED_CLOSE_FIELD)) {
                changes.add(new DealChange.ExpectedClose(item.getCreated().toInstant(), date(item.getFrom()),
                        date(item.getTo())));
            }
            timelines.put(issueId, new DealTimeline(issue.getCreated().toInstant(), changes));
        }
        return timelines;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Optional<Money> money(String canonical) {
        if (canonical == null || canonical.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MoneyText.readCanonical(canonical.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso.strip().substring(0, Math.min(10, iso.strip().length()))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
