package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings of {@link FieldsRequiredValidator}: the custom fields that must be filled in (a multi-select of every
 * custom field). The summary names the chosen fields and warns of any that no longer exists.
 */
public class FieldsRequiredValidatorFactory extends AbstractWorkflowPluginFactory
        implements WorkflowPluginValidatorFactory {

    static final String PARAMS_TEMPLATE = "templates/workflow/fields-required-params.vm";
    static final String VIEW_TEMPLATE = "templates/workflow/fields-required-view.vm";

    private final CustomFieldManager customFieldManager;
    private final Translator translator;

    public FieldsRequiredValidatorFactory(CustomFieldManager customFieldManager, Translator translator) {
        this.customFieldManager = customFieldManager;
        this.translator = translator;
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        putForm(velocityParams, List.of());
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        putForm(velocityParams, FieldsRequiredValidator.ids(
                WorkflowArgs.text(WorkflowArgs.of(descriptor), FieldsRequiredValidator.FIELDS_ARG)));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        List<String> names = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : FieldsRequiredValidator.ids(
                WorkflowArgs.text(WorkflowArgs.of(descriptor), FieldsRequiredValidator.FIELDS_ARG))) {
            Optional<CustomField> field = WorkflowArgs.field(customFieldManager,
                    Map.of(FieldsRequiredValidator.FIELDS_ARG, id), FieldsRequiredValidator.FIELDS_ARG);
            field.ifPresentOrElse(found -> names.add(found.getName()), () -> missing.add(id));
        }
        velocityParams.put("i18n", new PageI18n(translator));
        velocityParams.put("fieldNames", String.join(", ", names));
        velocityParams.put("missingIds", String.join(", ", missing));
    }

    /** Jira posts a multi-select as several values of one parameter; they are stored as one comma-separated arg. */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Object posted = formParams.get(FieldsRequiredValidator.FIELDS_ARG);
        List<String> ids = new ArrayList<>();
        if (posted instanceof String[] values) {
            for (String value : values) {
                ids.addAll(FieldsRequiredValidator.ids(value));
            }
        } else if (posted != null) {
            ids.addAll(FieldsRequiredValidator.ids(posted.toString()));
        }
        return Map.of(FieldsRequiredValidator.FIELDS_ARG, ids.stream().distinct().collect(Collectors.joining(", ")));
    }

    private void putForm(Map<String, Object> velocityParams, List<String> selected) {
        Set<String> chosen = Set.copyOf(selected);
        velocityParams.put("i18n", new PageI18n(translator));
        Comparator<CustomFieldChoice> byName = Comparator.comparing(CustomFieldChoice::getName,
                Collator.getInstance(translator.locale()));
        List<CustomFieldChoice> fields = customFieldManager.getCustomFieldObjects().stream()
                .map(field -> new CustomFieldChoice(field.getId(), field.getName())).sorted(byName).toList();
        velocityParams.put("fields", fields);
        velocityParams.put("selectedIds", fields.stream().map(CustomFieldChoice::getId).filter(chosen::contains).toList());
    }
}
