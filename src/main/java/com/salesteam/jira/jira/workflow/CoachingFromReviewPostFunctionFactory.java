package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Settings of {@link CoachingFromReviewPostFunction}: the improvement areas field, the reviewee's field, the coaching
 * action's rep field and the name of the issue link type. A blank link type is stored as "Relates", Jira's own.
 * Whether lines are list items (set by the 1:1 Meeting workflow only) is not offered on the form: a hidden input
 * carries it through an edit, so editing the meeting's function keeps it and a review's never gains it.
 */
public class CoachingFromReviewPostFunctionFactory extends AbstractWorkflowPluginFactory
        implements WorkflowPluginFunctionFactory {

    static final String PARAMS_TEMPLATE = "templates/workflow/coaching-from-review-params.vm";
    static final String VIEW_TEMPLATE = "templates/workflow/coaching-from-review-view.vm";
    static final String DEFAULT_LINK_TYPE = "Relates";

    private final CustomFieldManager customFieldManager;
    private final Translator translator;

    public CoachingFromReviewPostFunctionFactory(CustomFieldManager customFieldManager, Translator translator) {
        this.customFieldManager = customFieldManager;
        this.translator = translator;
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        putForm(velocityParams, Map.of());
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        putForm(velocityParams, WorkflowArgs.of(descriptor));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        Map<?, ?> args = WorkflowArgs.of(descriptor);
        Optional<CustomField> areas = WorkflowArgs.field(customFieldManager, args,
                CoachingFromReviewPostFunction.IMPROVEMENT_ARG);
        velocityParams.put("i18n", new PageI18n(translator));
        velocityParams.put("fieldFound", areas.isPresent());
        velocityParams.put("fieldId", WorkflowArgs.text(args, CoachingFromReviewPostFunction.IMPROVEMENT_ARG));
        velocityParams.put("areasName", areas.map(CustomField::getName).orElse(""));
        velocityParams.put("linkType", linkType(WorkflowArgs.text(args, CoachingFromReviewPostFunction.LINK_TYPE_ARG)));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of(CoachingFromReviewPostFunction.IMPROVEMENT_ARG,
                extractSingleParam(formParams, CoachingFromReviewPostFunction.IMPROVEMENT_ARG).strip(),
                CoachingFromReviewPostFunction.REVIEWEE_ARG,
                extractSingleParam(formParams, CoachingFromReviewPostFunction.REVIEWEE_ARG).strip(),
                CoachingFromReviewPostFunction.REP_ARG,
                extractSingleParam(formParams, CoachingFromReviewPostFunction.REP_ARG).strip(),
                CoachingFromReviewPostFunction.LINK_TYPE_ARG,
                linkType(extractSingleParam(formParams, CoachingFromReviewPostFunction.LINK_TYPE_ARG)),
                CoachingFromReviewPostFunction.LIST_ITEMS_ARG,
                String.valueOf("true".equals(formParams.containsKey(CoachingFromReviewPostFunction.LIST_ITEMS_ARG)
                        ? extractSingleParam(formParams, CoachingFromReviewPostFunction.LIST_ITEMS_ARG) : "")));
    }

    private static String linkType(String value) {
        return value == null || value.isBlank() ? DEFAULT_LINK_TYPE : value.strip();
    }

    private void putForm(Map<String, Object> velocityParams, Map<?, ?> args) {
        velocityParams.put("i18n", new PageI18n(translator));
        velocityParams.put("allFields", choices(field -> true));
        velocityParams.put("userFields", choices(PersonRoleConditionFactory::isUserField));
        velocityParams.put("selectedAreas", WorkflowArgs.text(args, CoachingFromReviewPostFunction.IMPROVEMENT_ARG));
        velocityParams.put("listItems", "true".equals(WorkflowArgs.text(args, CoachingFromReviewPostFunction.LIST_ITEMS_ARG)));
        velocityParams.put("selectedReviewee", WorkflowArgs.text(args, CoachingFromReviewPostFunction.REVIEWEE_ARG));
        velocityParams.put("selectedRep", WorkflowArgs.text(args, CoachingFromReviewPostFunction.REP_ARG));
        velocityParams.put("linkType", linkType(WorkflowArgs.text(args, CoachingFromReviewPostFunction.LINK_TYPE_ARG)));
    }

    private List<CustomFieldChoice> choices(Predicate<CustomField> eligible) {
        Comparator<CustomFieldChoice> byName = Comparator.comparing(CustomFieldChoice::getName,
                Collator.getInstance(translator.locale()));
        return customFieldManager.getCustomFieldObjects().stream().filter(eligible)
                .map(field -> new CustomFieldChoice(field.getId(), field.getName())).sorted(byName).toList();
    }
}
