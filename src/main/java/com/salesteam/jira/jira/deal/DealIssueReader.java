package com.salesteam.jira.jira.deal;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.model.DealSnapshot;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.setup.DealBlueprint;
import com.salesteam.jira.service.AppSettings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a deal issue into a {@link DealSnapshot}: the app's fields are found by the names the project setup
 * gives them. Values of other types than expected are treated as absent rather than failing the event.
 */
public class DealIssueReader {

    private final CustomFieldManager customFieldManager;
    private final AppSettings settings;

    public DealIssueReader(CustomFieldManager customFieldManager, AppSettings settings) {
        this.customFieldManager = customFieldManager;
        this.settings = settings;
    }

    /**
     * The version of what an issue holds: its last update time, the same whether an event or the reconciliation
     * reads it, so either may correct the other. {@code fallback} when Jira gives none.
     */
    public static Date lastChange(Issue issue, Date fallback) {
        if (issue.getUpdated() != null) {
            return issue.getUpdated();
        }
        return issue.getCreated() != null ? issue.getCreated() : fallback;
    }

    public boolean isDeal(Issue issue) {
        return issue.getIssueType() != null && DealBlueprint.ISSUE_TYPE.equals(issue.getIssueType().getName());
    }

    public DealSnapshot read(Issue issue, Date eventTime) {
        ZoneId zone = settings.fiscalCalendar().zone();
        ApplicationUser assignee = issue.getAssignee();
        return new DealSnapshot(issue.getId(), issue.getProjectId(),
                Optional.ofNullable(assignee).map(ApplicationUser::getKey),
                issue.getStatus() == null ? "" : issue.getStatus().getId(),
                value(issue, DealBlueprint.AMOUNT_FIELD).flatMap(this::money),
                value(issue, DealBlueprint.PROBABILITY_FIELD).flatMap(DealIssueReader::probability),
                value(issue, DealBlueprint.CATEGORY_FIELD).flatMap(DealIssueReader::category),
                expectedClose(issue),
                Optional.ofNullable(issue.getResolutionDate()).flatMap(raw -> date(raw, zone)),
                LocalDate.ofInstant(eventTime.toInstant(), zone),
                eventTime.getTime(),
                Optional.ofNullable(issue.getCreated()).flatMap(raw -> date(raw, zone)));
    }

    /** The deal's expected close date, read as {@link #read} reads it. */
    public Optional<LocalDate> expectedClose(Issue issue) {
        return value(issue, DealBlueprint.EXPECTED_CLOSE_FIELD).flatMap(raw -> date(raw, ZoneId.systemDefault()));
    }

    private Optional<Object> value(Issue issue, String fieldName) {
        Collection<CustomField> fields = customFieldManager.getCustomFieldObjectsByName(fieldName);
        if (fields == null || fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(issue.getCustomFieldValue(fields.iterator().next()));
    }

    /** The app's money field gives Money; a plain Jira number field gives a number in the default currency. */
    private Optional<Money> money(Object raw) {
        if (raw instanceof Money money) {
            return Optional.of(money);
        }
        if (raw instanceof Number number) {
            BigDecimal amount = number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
            if (amount.signum() < 0) {
                return Optional.empty();
            }
            java.util.Currency currency = settings.defaultCurrency();
            return Optional.of(Money.of(amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP), currency));
        }
        return Optional.empty();
    }

    private static Optional<Integer> probability(Object raw) {
        if (raw instanceof Number number) {
            int value = (int) Math.round(number.doubleValue());
            return value >= 0 && value <= 100 ? Optional.of(value) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A select option or text naming the category, e.g. "Best Case" or "best-case". */
    private static Optional<ForecastCategory> category(Object raw) {
        String text = raw.toString().strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return ForecastCategory.fromKey(text);
    }

    /**
     * Date-picker values are midnight in Jira's own (JVM) zone, so they are read in that zone; instants such as
     * the resolution date are read in the fiscal calendar's zone.
     */
    private static Optional<LocalDate> date(Object raw, ZoneId zone) {
        if (raw instanceof Date date) {
            return Optional.of(LocalDate.ofInstant(date.toInstant(), zone));
        }
        if (raw instanceof LocalDate date) {
            return Optional.of(date);
        }
        return Optional.empty();
    }
}
