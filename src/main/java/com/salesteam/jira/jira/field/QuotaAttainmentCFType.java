package com.salesteam.jira.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.jira.deal.DealIssueReader;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.service.AttainmentCache;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.Translator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Quota Attainment, calculated: on a Deal, its owner's revenue attainment in the period of its expected close date.
 * It reads the attainment cache only (no search, no query once warm) and has no searcher, so indexing never computes
 * it. The figure is shown to the owner, the owner's managers and admins; to anyone else the field is empty.
 */
public class QuotaAttainmentCFType extends CalculatedCFType<RepAttainment, RepAttainment> {

    /** The name under which the view template finds its {@link QuotaAttainmentView}. */
    static final String VIEW_PARAM = "attainmentField";

    private final DealIssueReader deals;
    private final AttainmentCache attainments;
    private final CurrentUser currentUser;
    private final Translator translator;

    public QuotaAttainmentCFType(DealIssueReader deals, AttainmentCache attainments, CurrentUser currentUser,
                                 Translator translator) {
        this.deals = deals;
        this.attainments = attainments;
        this.currentUser = currentUser;
        this.translator = translator;
    }

    @Override
    public RepAttainment getValueFromIssue(CustomField field, Issue issue) {
        if (issue == null || !deals.isDeal(issue)) {
            return null;
        }
        Optional<String> owner = Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getKey);
        Optional<Caller> viewer = currentUser.caller();
        Optional<LocalDate> day = owner.isPresent() && viewer.isPresent() ? deals.expectedClose(issue) : Optional.empty();
        if (day.isEmpty()) {
            return null;
        }
        RepAttainment value = attainments.get(owner.get(), day.get());
        return value.attainment().isPresent() && value.visibleTo(viewer.get().userKey(), viewer.get().admin())
                ? value : null;
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
        parameters.put(VIEW_PARAM, new QuotaAttainmentView(translator));
        return parameters;
    }
}
