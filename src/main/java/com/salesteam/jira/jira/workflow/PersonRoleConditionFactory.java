package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of {@link PersonRoleCondition}: the user field naming the person (only Jira's single user picker
 * serves) and who passes. The form stores only a role the condition knows; anything else is stored as
 * {@code person}, the narrowest gate.
 */
public class PersonRoleConditionFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginConditionFactory {

    static final String PARAMS_TEMPLATE = "templates/workflow/person-role-params.vm";
    static final String VIEW_TEMPLATE = "templates/workflow/person-role-view.vm";
    static final String USER_PICKER = CustomFieldManager.PLUGIN_KEY + ":userpicker";

    private final CustomFieldManager customFieldManager;
    private final Translator translator;

    public PersonRoleConditionFactory(CustomFieldManager customFieldManager, Translator translator) {
        this.customFieldManager = customFieldManager;
        this.translator = translator;
    }

    static boolean isUserField(CustomField field) {
        return field.getCustomFieldType() != null && USER_PICKER.equals(field.getCustomFieldType().getKey());
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        putForm(velocityParams, "", PersonRole.PERSON);
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        Map<?, ?> args = WorkflowArgs.of(descriptor);
        putForm(velocityParams, WorkflowArgs.text(args, PersonRoleCondition.FIELD_ARG), role(args));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        Map<?, ?> args = WorkflowArgs.of(descriptor);
        Optional<CustomField> field = WorkflowArgs.field(customFieldManager, args, PersonRoleCondition.FIELD_ARG)
                .filter(PersonRoleConditionFactory::isUserField);
        velocityParams.put("i18n", new PageI18n(translator));
        velocityParams.put("fieldFound", field.isPresent());
        velocityParams.put("fieldName", field.map(CustomField::getName).orElse(""));
        velocityParams.put("fieldId", WorkflowArgs.text(args, PersonRoleCondition.FIELD_ARG));
        velocityParams.put("viewKey", "salesteam.workflow.personrole.view." + role(args).arg());
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        PersonRole role = PersonRole.fromArg(extractSingleParam(formParams, PersonRoleCondition.ROLE_ARG).strip())
                .orElse(PersonRole.PERSON);
        return Map.of(PersonRoleCondition.FIELD_ARG,
                extractSingleParam(formParams, PersonRoleCondition.FIELD_ARG).strip(),
                PersonRoleCondition.ROLE_ARG, role.arg());
    }

    private static PersonRole role(Map<?, ?> args) {
        return PersonRole.fromArg(WorkflowArgs.text(args, PersonRoleCondition.ROLE_ARG)).orElse(PersonRole.PERSON);
    }

    private void putForm(Map<String, Object> velocityParams, String fieldId, PersonRole role) {
        velocityParams.put("i18n", new PageI18n(translator));
        velocityParams.put("selectedFieldId", fieldId);
        velocityParams.put("selectedRole", role.arg());
        velocityParams.put("roles", List.of(PersonRole.values()).stream().map(PersonRole::arg).toList());
        Comparator<CustomFieldChoice> byName = Comparator.comparing(CustomFieldChoice::getName,
                Collator.getInstance(translator.locale()));
        velocityParams.put("fields", customFieldManager.getCustomFieldObjects().stream()
                .filter(PersonRoleConditionFactory::isUserField)
                .map(field -> new CustomFieldChoice(field.getId(), field.getName()))
                .sorted(byName).toList());
    }
}
