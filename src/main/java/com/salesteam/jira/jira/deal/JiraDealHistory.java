package com.salesteam.jira.jira.deal;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.salesteam.jira.model.DealChange;
import com.salesteam.jira.model.DealTimeline;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.MoneyText;
import com.salesteam.jira.model.setup.DealBlueprint;
import com.salesteam.jira.service.DealHistorySource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Deal timelines from Jira's change history, one read per deal. Jira writes a status change with the status ids
 * in from/to, a date picker change as ISO dates in from/to, a select list change with the option's value in
 * fromString/toString, and a text-stored field such as the money field in fromString/toString (its from/to stay
 * empty). Unreadable values count as absent rather than failing the whole forecast.
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
            for (ChangeHistory group : changeHistoryManager.getChangeHistories(issue)) {
                for (ChangeItemBean item : group.getChangeItemBeans()) {
                    change(item, group.getTimePerformed().toInstant()).ifPresent(changes::add);
                }
            }
            timelines.put(issueId, new DealTimeline(issue.getCreated().toInstant(), changes));
        }
        return timelines;
    }

    /** The change an item records, if it is one of the fields the forecast rests on. */
    private static Optional<DealChange> change(ChangeItemBean item, Instant at) {
        String field = item.getField() == null ? "" : item.getField();
        return switch (field) {
            case STATUS -> Optional.of(new DealChange.Stage(at, text(item.getFrom()), text(item.getTo())));
            case DealBlueprint.AMOUNT_FIELD -> Optional.of(new DealChange.Amount(at, money(item.getFromString()),
                    money(item.getToString())));
            case DealBlueprint.EXPECTED_CLOSE_FIELD -> Optional.of(new DealChange.ExpectedClose(at, date(item.getFrom()),
                    date(item.getTo())));
            case DealBlueprint.CATEGORY_FIELD -> Optional.of(new DealChange.Category(at, category(item.getFromString()),
                    category(item.getToString())));
            case DealBlueprint.PROBABILITY_FIELD -> Optional.of(new DealChange.Probability(at,
                    probability(item.getFrom(), item.getFromString()), probability(item.getTo(), item.getToString())));
            default -> Optional.empty();
        };
    }

    /** A select option's value, e.g. "Best Case". */
    private static Optional<ForecastCategory> category(String value) {
        return value == null ? Optional.empty()
                : ForecastCategory.fromKey(value.strip().toLowerCase(Locale.ROOT).replace(' ', '-'));
    }

    /** A number field's value, in whichever slot Jira put it ("75" or "75.0"); 0–100 only. */
    private static Optional<Integer> probability(String value, String display) {
        for (String text : new String[]{value, display}) {
            if (text != null && !text.isBlank()) {
                try {
                    long rounded = Math.round(Double.parseDouble(text.strip()));
                    return rounded >= 0 && rounded <= 100 ? Optional.of((int) rounded) : Optional.empty();
                } catch (NumberFormatException e) {
                    // not a number in this slot: try the other
                }
            }
        }
        return Optional.empty();
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
