package com.salesteam.jira.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.jira.deal.DealIssueReader;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.RepScorecard;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.Translator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * KPI Scorecard, calculated: on a Deal, its owner's KPI score in the quarter of its expected close date (other
 * issues show nothing for now). It reads the scorecard cache only (no search, no query once warm) and has no
 * searcher, so indexing never computes it. Shown to the owner, the owner's managers and admins; to anyone else the
 * field is empty, as it is when the owner's role has no scorecard or nothing of it is measured.
 */
public class KpiScorecardCFType extends CalculatedCFType<RepScorecard, RepScorecard> {

    /** The name under which the view template finds its {@link KpiScorecardView}. */
    static final String VIEW_PARAM = "scorecardField";

    private final DealIssueReader deals;
    private final ScorecardCache scorecards;
    private final CurrentUser currentUser;
    private final Translator translator;

    public KpiScorecardCFType(DealIssueReader deals, ScorecardCache scorecards, CurrentUser currentUser,
                              Translator translator) {
        this.deals = deals;
        this.scorecards = scorecards;
        this.currentUser = currentUser;
        this.translator = translator;
    }

    @Override
    public RepScorecard getValueFromIssue(CustomField field, Issue issue) {
        if (issue == null || !deals.isDeal(issue)) {
            return null;
        }
        Optional<String> owner = Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getKey);
        Optional<Caller> viewer = currentUser.caller();
        Optional<LocalDate> day = owner.isPresent() && viewer.isPresent() ? deals.expectedClose(issue) : Optional.empty();
        if (day.isEmpty()) {
            return null;
        }
        RepScorecard value = scorecards.get(owner.get(), day.get());
        return value.score().score().isPresent() && value.visibleTo(viewer.get().userKey(), viewer.get().admin())
                ? value : null;
    }

    /** The score as plain text, e.g. "47.92", for exports and the REST API. */
    @Override
    public String getStringFromSingularObject(RepScorecard value) {
        return value == null ? null : value.score().score().map(KpiDefinition::plainText).orElse(null);
    }

    /** Nothing is ever typed into a calculated field. */
    @Override
    public RepScorecard getSingularObjectFromString(String text) {
        return null;
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(VIEW_PARAM, new KpiScorecardView(translator));
        return parameters;
    }
}
