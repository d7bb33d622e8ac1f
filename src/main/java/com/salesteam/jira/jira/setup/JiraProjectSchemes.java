package com.salesteam.jira.jira.setup;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A project's issue type scheme and workflow scheme. */
public class JiraProjectSchemes {

    /** The name of Jira's built-in workflow, which schemes without a default mapping use. */
    static final String JIRA_WORKFLOW = "jira";

    private final IssueTypeSchemeManager issueTypeSchemeManager;
    private final WorkflowSchemeManager workflowSchemeManager;

    public JiraProjectSchemes(IssueTypeSchemeManager issueTypeSchemeManager, WorkflowSchemeManager workflowSchemeManager) {
        this.issueTypeSchemeManager = issueTypeSchemeManager;
        this.workflowSchemeManager = workflowSchemeManager;
    }

    String issueTypeSchemeName(Project project) {
        return issueTypeSchemeManager.getConfigScheme(project).getName();
    }

    Set<String> issueTypeIds(Project project) {
        return issueTypeSchemeManager.getIssueTypesForProject(project).stream().map(IssueType::getId)
                .collect(Collectors.toSet());
    }

    AssignableWorkflowScheme workflowScheme(Project project) {
        return workflowSchemeManager.getWorkflowSchemeObj(project);
    }

    boolean issueTypeSchemeExists(String name) {
        return issueTypeSchemeManager.getAllSchemes().stream().anyMatch(scheme -> name.equalsIgnoreCase(scheme.getName()));
    }

    boolean workflowSchemeExists(String name) {
        return workflowSchemeManager.getWorkflowSchemeObj(name) != null;
    }

    /** Explicit mappings only: Jira keeps the scheme's default workflow under the key null. */
    static Map<String, String> explicitMappings(AssignableWorkflowScheme scheme) {
        Map<String, String> mappings = new HashMap<>();
        scheme.getMappings().forEach((issueTypeId, workflow) -> {
            if (issueTypeId != null && workflow != null) {
                mappings.put(issueTypeId, workflow);
            }
        });
        return mappings;
    }

    /** The workflow of issue types the scheme does not map: Jira keeps it under the key null, "jira" if unset. */
    static String defaultWorkflow(AssignableWorkflowScheme scheme) {
        return Objects.requireNonNullElse(scheme.getMappings().get(null), JIRA_WORKFLOW);
    }

    /**
     * Adds the issue type to the project's issue types. A scheme only this project uses gains it; the default
     * scheme and shared ones are copied for the project, so other projects see no change.
     */
    void addIssueType(Project project, String issueTypeId, String copyName, String description) {
        // in the scheme's own order, so the copy lists the types as the project showed them
        List<String> ids = issueTypeSchemeManager.getIssueTypesForProject(project).stream().map(IssueType::getId)
                .collect(Collectors.toCollection(ArrayList::new));
        if (ids.contains(issueTypeId)) {
            return;
        }
        ids.add(issueTypeId);
        FieldConfigScheme current = issueTypeSchemeManager.getConfigScheme(project);
        boolean shared = issueTypeSchemeManager.isDefaultIssueTypeScheme(current)
                || current.getAssociatedProjectIds().stream().anyMatch(id -> !id.equals(project.getId()));
        if (shared) {
            FieldConfigScheme copy = issueTypeSchemeManager.create(copyName, description, ids);
            issueTypeSchemeManager.setProjectAssociationsForIssueTypeScheme(copy, List.of(project));
        } else {
            issueTypeSchemeManager.update(current, ids);
        }
    }

    /**
     * Maps the issue type to the workflow in a new scheme for this project that keeps every other mapping of the
     * current one, so no existing issue changes workflow (setup refuses when issues of this type exist). Jira
     * does not let an active scheme be edited without a draft and a migration, hence the copy.
     */
    void mapWorkflow(Project project, String issueTypeId, String workflowName, String copyName, String description) {
        AssignableWorkflowScheme current = workflowScheme(project);
        if (workflowName.equals(current.getMappings().get(issueTypeId))) {
            return;
        }
        AssignableWorkflowScheme copy = workflowSchemeManager.createScheme(workflowSchemeManager.assignableBuilder()
                .setName(copyName)
                .setDescription(description)
                .setMappings(current.getMappings())
                .setMapping(issueTypeId, workflowName)
                .build());
        workflowSchemeManager.removeSchemesFromProject(project);
        workflowSchemeManager.addSchemeToProject(project, workflowSchemeManager.getSchemeObject(copy.getId()));
    }
}
