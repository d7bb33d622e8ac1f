package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.PageI18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The settings form and summary of a workflow module configured by one custom field: the form offers the custom
 * fields that can serve, the summary names the chosen one or warns that it no longer exists. The three field
 * modules share the templates and differ only in the texts and the arg they store.
 */
abstract class CustomFieldPluginFactory extends AbstractWorkflowPluginFactory {

    static final String PARAMS_TEMPLATE = "templates/workflow/custom-field-params.vm";
    static final String VIEW_TEMPLATE = "templates/workflow/custom-field-view.vm";

    /** The arg a module stores, and the i18n keys of its form label, its form help and its summary ({0} = field). */
    record FieldSetting(String argName, String labelKey, String helpKey, String viewKey) {
    }

    private final CustomFieldManager customFieldManager;
    private final Translator translator;
    private final FieldSetting setting;
    private final Predicate<CustomField> eligible;

    CustomFieldPluginFactory(CustomFieldManager customFieldManager, Translator translator, FieldSetting setting,
                             Predicate<CustomField> eligible) {
        this.customFieldManager = customFieldManager;
        this.translator = translator;
        this.setting = setting;
        this.eligible = eligible;
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        putForm(velocityParams, "");
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        putForm(velocityParams, WorkflowArgs.text(WorkflowArgs.of(descriptor), setting.argName()));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        Map<?, ?> args = WorkflowArgs.of(descriptor);
        Optional<CustomField> field = WorkflowArgs.field(customFieldManager, args, setting.argName()).filter(eligible);
        velocityParams.put("i18n", new PageI18n(translator));
        velocityParams.put("viewKey", setting.viewKey());
        velocityParams.put("fieldId", WorkflowArgs.text(args, setting.argName()));
        velocityParams.put("fieldFound", field.isPresent());
        velocityParams.put("fieldName", field.map(CustomField::getName).orElse(""));
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of(setting.argName(), extractSingleParam(formParams, setting.argName()).strip());
    }

    private void putForm(Map<String, Object> velocityParams, String selectedFieldId) {
        velocityParams.put("i18n", new PageI18n(translator));
        velocityParams.put("argName", setting.argName());
        velocityParams.put("labelKey", setting.labelKey());
        velocityParams.put("helpKey", setting.helpKey());
        velocityParams.put("selectedFieldId", selectedFieldId);
        velocityParams.put("fields", choices());
    }

    /** The fields that can serve, by name in the user's language order. */
    private List<CustomFieldChoice> choices() {
        Comparator<CustomFieldChoice> byName = Comparator.comparing(CustomFieldChoice::getName,
                Collator.getInstance(translator.locale()));
        return customFieldManager.getCustomFieldObjects().stream()
                .filter(eligible)
                .map(field -> new CustomFieldChoice(field.getId(), field.getName()))
                .sorted(byName)
                .toList();
    }
}
