package com.salesteam.jira.jira.setup;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.opensymphony.workflow.FactoryException;
import com.salesteam.jira.model.setup.ExistingField;
import com.salesteam.jira.model.setup.ExistingIssueType;
import com.salesteam.jira.model.setup.FieldKind;
import com.salesteam.jira.model.setup.FieldSpec;
import com.salesteam.jira.model.setup.StatusKind;
import org.ofbiz.core.entity.GenericEntityException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Jira's global configuration objects that setup finds by name or creates: issue types, statuses, fields, workflows. */
public class JiraConfigObjects {

    /** Jira's own neutral status icon; the status category gives the colour. */
    static final String STATUS_ICON = "/images/icons/statuses/generic.png";

    private final IssueTypeManager issueTypeManager;
    private final ConstantsManager constantsManager;
    private final AvatarManager avatarManager;
    private final StatusManager statusManager;
    private final StatusCategoryManager statusCategoryManager;
    private final ResolutionManager resolutionManager;
    private final CustomFieldManager customFieldManager;
    private final OptionsManager optionsManager;
    private final WorkflowManager workflowManager;
    private final JiraAuthenticationContext authenticationContext;

    public JiraConfigObjects(IssueTypeManager issueTypeManager, ConstantsManager constantsManager,
                             AvatarManager avatarManager, StatusManager statusManager,
                             StatusCategoryManager statusCategoryManager, ResolutionManager resolutionManager,
                             CustomFieldManager customFieldManager, OptionsManager optionsManager,
                             WorkflowManager workflowManager, JiraAuthenticationContext authenticationContext) {
        this.issueTypeManager = issueTypeManager;
        this.constantsManager = constantsManager;
        this.avatarManager = avatarManager;
        this.statusManager = statusManager;
        this.statusCategoryManager = statusCategoryManager;
        this.resolutionManager = resolutionManager;
        this.customFieldManager = customFieldManager;
        this.optionsManager = optionsManager;
        this.workflowManager = workflowManager;
        this.authenticationContext = authenticationContext;
    }

    Map<String, ExistingIssueType> issueTypes() {
        Map<String, ExistingIssueType> types = new HashMap<>();
        for (IssueType type : issueTypeManager.getIssueTypes()) {
            types.put(type.getName(), new ExistingIssueType(type.getId(), type.isSubTask()));
        }
        return types;
    }

    Map<String, String> statuses() {
        return byName(statusManager.getStatuses());
    }

    Map<String, String> resolutions() {
        return byName(resolutionManager.getResolutions());
    }

    /**
     * Every custom field by name; for those of an app kind also their options and, when a project is being set up,
     * the issue types they apply to there (Jira answers that from its cached field configurations).
     */
    Map<String, List<ExistingField>> fields(Optional<Project> project) {
        List<String> issueTypeIds = project.isEmpty() ? List.of()
                : issueTypeManager.getIssueTypes().stream().map(IssueType::getId).toList();
        Map<String, List<ExistingField>> fields = new HashMap<>();
        for (CustomField field : customFieldManager.getCustomFieldObjects()) {
            String typeKey = field.getCustomFieldType() == null ? "" : field.getCustomFieldType().getKey();
            Optional<FieldKind> kind = FieldKinds.kindOf(typeKey);
            List<String> options = kind.filter(found -> found == FieldKind.SELECT).isPresent()
                    ? optionValues(field) : List.of();
            Set<String> inScope = kind.isEmpty() || project.isEmpty() ? Set.of() : issueTypeIds.stream()
                    .filter(typeId -> field.isInScope(project.get(), List.of(typeId)))
                    .collect(Collectors.toSet());
            fields.computeIfAbsent(field.getFieldName(), ignored -> new ArrayList<>())
                    .add(new ExistingField(field.getId(), kind, options, inScope));
        }
        return fields;
    }

    Set<String> workflows() {
        return workflowManager.getWorkflows().stream().map(JiraWorkflow::getName).collect(Collectors.toSet());
    }

    String createIssueType(String name, String description) {
        Long avatarId = avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
        return issueTypeManager.createIssueType(name, description, avatarId).getId();
    }

    String createStatus(String name, StatusKind kind) {
        StatusCategory category = statusCategoryManager.getStatusCategoryByKey(switch (kind) {
            case TO_DO -> StatusCategory.TO_DO;
            case IN_PROGRESS -> StatusCategory.IN_PROGRESS;
            case DONE -> StatusCategory.COMPLETE;
        });
        return statusManager.createStatus(name, "", STATUS_ICON, category).getId();
    }

    String createResolution(String name, String description) {
        return resolutionManager.createResolution(name, description).getId();
    }

    /** In the global context, for the given issue types only; a select list gets its options in order. */
    @SuppressWarnings("rawtypes")
    String createField(FieldSpec spec, String description, List<String> issueTypeIds) {
        CustomFieldType type = customFieldManager.getCustomFieldType(FieldKinds.typeKey(spec.kind()));
        if (type == null) {
            throw new IllegalStateException("Jira has no field type " + FieldKinds.typeKey(spec.kind()));
        }
        CustomFieldSearcher searcher = FieldKinds.searcherKey(spec.kind())
                .map(customFieldManager::getCustomFieldSearcher).orElse(null);
        List<IssueType> issueTypes = constantsManager.getAllIssueTypeObjects().stream()
                .filter(issueType -> issueTypeIds.contains(issueType.getId()))
                .toList();
        CustomField field;
        try {
            field = customFieldManager.createCustomField(spec.name(), description, type, searcher,
                    List.of(GlobalIssueContext.getInstance()), issueTypes);
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not create the field " + spec.name(), e);
        }
        if (!spec.options().isEmpty()) {
            FieldConfig config = config(field);
            for (int i = 0; i < spec.options().size(); i++) {
                optionsManager.createOption(config, null, (long) i + 1, spec.options().get(i));
            }
        }
        return field.getId();
    }

    void addMissingOptions(String fieldId, List<String> wanted) {
        CustomField field = customFieldManager.getCustomFieldObject(fieldId);
        if (field == null) {
            throw new IllegalStateException("no custom field " + fieldId);
        }
        FieldConfig config = config(field);
        List<String> present = optionValues(field);
        long sequence = present.size();
        for (String value : wanted) {
            if (present.stream().noneMatch(value::equalsIgnoreCase)) {
                optionsManager.createOption(config, null, ++sequence, value);
            }
        }
    }

    /** The option values of the field's one configuration (the app's fields have a single, global context). */
    private List<String> optionValues(CustomField field) {
        Options options = optionsManager.getOptions(config(field));
        return options == null ? List.of() : options.stream().map(Option::getValue).toList();
    }

    private static FieldConfig config(CustomField field) {
        return field.getConfigurationSchemes().get(0).getOneAndOnlyConfig();
    }

    void createWorkflow(String name, String xml) {
        try {
            JiraWorkflow workflow = new ConfigurableJiraWorkflow(name, WorkflowUtil.convertXMLtoWorkflowDescriptor(xml),
                    workflowManager);
            workflowManager.createWorkflow(authenticationContext.getLoggedInUser(), workflow);
        } catch (FactoryException e) {
            throw new IllegalArgumentException("the workflow " + name + " does not convert: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> byName(Collection<? extends IssueConstant> constants) {
        return constants.stream().collect(Collectors.toMap(IssueConstant::getName, IssueConstant::getId, (first, second) -> first));
    }
}
