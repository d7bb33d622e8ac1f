package com.salesteam.jira.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.jira.deal.DealIssueReader;
import com.salesteam.jira.jira.goal.GoalIssueReader;
import com.salesteam.jira.jira.review.ReviewIssueReader;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.AttainmentCache;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.Translator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Quota Attainment, calculated: on a Deal, its owner's revenue attainment in the period of its expected close date;
 * on a Sales Goal, its owner's (the Goal Owner, else the assignee) attainment of the goal's metric in the goal's
 * period; on a Performance Review, the Reviewee's revenue attainment in the Review Period.
 * It reads the attainment cache only (no search, no query once warm) and has no searcher, so indexing never computes
 * it. The figure is shown to the owner, the owner's managers and admins; to anyone else the field is empty.
 */
public class QuotaAttainmentCFType extends CalculatedCFType<RepAttainment, RepAttainment> {

    /** The name under which the view template finds its {@link QuotaAttainmentView}. */
    static final String VIEW_PARAM = "attainmentField";

    /** Period keys are letters, digits and hyphens: anything else names no period and never reaches the cache. */
    private static final Pattern PERIOD_KEY = Pattern.compile("[A-Z0-9-]+");

    private final DealIssueReader deals;
    private final GoalIssueReader goals;
    private final ReviewIssueReader reviews;
    private final AttainmentCache attainments;
    private final CurrentUser currentUser;
    private final Translator translator;
    private final DealAmountAccess amounts;

    public QuotaAttainmentCFType(DealIssueReader deals, GoalIssueReader goals, ReviewIssueReader reviews,
                                 AttainmentCache attainments,
                                 CurrentUser currentUser, Translator translator, DealAmountAccess amounts) {
        this.amounts = amounts;
        this.deals = deals;
        this.goals = goals;
        this.reviews = reviews;
        this.attainments = attainments;
        this.currentUser = currentUser;
        this.translator = translator;
    }

    @Override
    public RepAttainment getValueFromIssue(CustomField field, Issue issue) {
        Optional<Caller> viewer = currentUser.caller();
        if (issue == null || viewer.isEmpty()) {
            return null;
        }
        Optional<RepAttainment> found = deals.isDeal(issue) ? ofDeal(issue)
                : goals.isGoal(issue) ? ofGoal(issue)
                : reviews.isReview(issue) ? ofReview(issue) : Optional.empty();
        return found.filter(value -> value.attainment().isPresent())
                .filter(value -> value.visibleTo(viewer.get().userKey(), viewer.get().admin()))
                .orElse(null);
    }

    private Optional<RepAttainment> ofDeal(Issue issue) {
        Optional<String> owner = Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getKey);
        Optional<LocalDate> day = owner.isPresent() ? deals.expectedClose(issue) : Optional.empty();
        return day.map(close -> attainments.get(owner.get(), close));
    }

    private Optional<RepAttainment> ofGoal(Issue issue) {
        Optional<String> owner = goals.ownerKey(issue);
        Optional<String> period = goals.periodKey(issue).filter(key -> PERIOD_KEY.matcher(key).matches());
        Optional<QuotaMetric> metric = goals.metric(issue);
        if (owner.isEmpty() || period.isEmpty() || metric.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(attainments.get(owner.get(), period.get(), metric.get()));
    }

    /** A review judges the reviewee's selling, so revenue won, as the review snapshot takes. */
    private Optional<RepAttainment> ofReview(Issue issue) {
        Optional<String> reviewee = reviews.revieweeKey(issue);
        Optional<String> period = reviews.periodKey(issue).filter(key -> PERIOD_KEY.matcher(key).matches());
        if (reviewee.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(attainments.get(reviewee.get(), period.get(), QuotaMetric.REVENUE_WON));
    }

    /** The percentage as plain text, e.g. "72.5", for exports and the REST API. */
    @Override
    public String getStringFromSingularObject(RepAttainment value) {
        return value == null ? null : value.attainment().flatMap(Attainment::percent).map(Object::toString).orElse(null);
    }

    /** Nothing is ever typed into a calculated field. */
    @Override
    public RepAttainment getSingularObjectFromString(String text) {
        return null;
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> parameters = new HashMap<>();
        // the amounts behind the percentage only for a viewer who may open every deal they sum
        boolean amountsShown = currentUser.caller().map(amounts::browsesEveryProject).orElse(false);
        parameters.put(VIEW_PARAM, new QuotaAttainmentView(translator, amountsShown));
        return parameters;
    }
}
