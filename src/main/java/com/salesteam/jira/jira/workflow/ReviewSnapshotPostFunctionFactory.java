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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Settings of {@link ReviewSnapshotPostFunction}: the reviewee's user field, the field holding the review period
 * and the period type used when it is empty. Only month, quarter and year are stored.
 */
public class ReviewSnapshotPostFunctionFactory extends AbstractWorkflowPluginFactory
        implements WorkflowPluginFunctionFactory {

    static final String PARAMS_TEMPLATE = "templates/workflow/review-snapshot-params.vm";
    static final String VIEW_TEMPLATE = "templates/workflow/review-snapshot-view.vm";
    static final List<String> FALLBACKS = List.of("month", "quarter", "year");

    private final CustomFieldManager customFieldManager;
    private final Translator translator;

    public ReviewSnapshotPostFunctionFactory(CustomFieldManager customFieldManager, Translator translator) {
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
        Optional<CustomField> reviewee = WorkflowArgs.field(customFieldManager, args,
                ReviewSnapshotPostFunction.REVIEWEE_ARG).filter(PersonRoleConditionFactory::isUserField);
        Optional<CustomField> period = WorkflowArgs.field(customFieldManager, args, ReviewSnapshotPostFunction.PERIOD_ARG);
        velocityParams.put("i18n", new PageI18n(translator));
        velocityParams.put("fieldFound", reviewee.isPresent());
        velocityParams.put("fieldId", WorkflowArgs.text(args, ReviewSnapshotPostFunction.REVIEWEE_ARG));
        velocityParams.put("revieweeName", reviewee.map(CustomField::getName).orElse(""));
        velocityParams.put("periodName", period.map(CustomField::getName).orElse("-"));
        velocityParams.put("fallbackKey", "salesteam.workflow.snapshot.fallback." + fallback(args));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of(ReviewSnapshotPostFunction.REVIEWEE_ARG,
                extractSingleParam(formParams, ReviewSnapshotPostFunction.REVIEWEE_ARG).strip(),
                ReviewSnapshotPostFunction.PERIOD_ARG,
                extractSingleParam(formParams, ReviewSnapshotPostFunction.PERIOD_ARG).strip(),
                ReviewSnapshotPostFunction.FALLBACK_ARG, fallback(Map.of(ReviewSnapshotPostFunction.FALLBACK_ARG,
                        extractSingleParam(formParams, ReviewSnapshotPostFunction.FALLBACK_ARG))));
    }

    private static String fallback(Map<?, ?> args) {
        return ReviewSnapshotPostFunction.fallback(WorkflowArgs.text(args, ReviewSnapshotPostFunction.FALLBACK_ARG))
                .name().toLowerCase(Locale.ROOT);
    }

    private void putForm(Map<String, Object> velocityParams, Map<?, ?> args) {
        velocityParams.put("i18n", new PageI18n(translator));
        velocityParams.put("userFields", choices(PersonRoleConditionFactory::isUserField));
        velocityParams.put("allFields", choices(field -> true));
        velocityParams.put("selectedReviewee", WorkflowArgs.text(args, ReviewSnapshotPostFunction.REVIEWEE_ARG));
        velocityParams.put("selectedPeriod", WorkflowArgs.text(args, ReviewSnapshotPostFunction.PERIOD_ARG));
        velocityParams.put("selectedFallback", fallback(args));
        velocityParams.put("fallbacks", FALLBACKS);
    }

    private List<CustomFieldChoice> choices(Predicate<CustomField> eligible) {
        Comparator<CustomFieldChoice> byName = Comparator.comparing(CustomFieldChoice::getName,
                Collator.getInstance(translator.locale()));
        return customFieldManager.getCustomFieldObjects().stream().filter(eligible)
                .map(field -> new CustomFieldChoice(field.getId(), field.getName())).sorted(byName).toList();
    }
}
