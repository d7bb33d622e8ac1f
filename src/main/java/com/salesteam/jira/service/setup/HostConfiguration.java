package com.salesteam.jira.service.setup;

import com.salesteam.jira.model.setup.FieldSpec;
import com.salesteam.jira.model.setup.Inventory;
import com.salesteam.jira.model.setup.SetupProject;
import com.salesteam.jira.model.setup.StatusKind;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The host's configuration objects that project setup reads and creates: issue types, statuses, resolutions,
 * fields, screens, workflows and a project's schemes. Creating methods return the new object's id. The mapping
 * methods change only the given project: a scheme other projects share is copied for it, never edited.
 */
public interface HostConfiguration {

    List<SetupProject> projects();

    Optional<SetupProject> project(String key);

    /** What exists, and the project's schemes when a project is given. */
    Inventory inventory(Optional<SetupProject> project);

    /** Which of {@code issueTypeIds} already have issues in the project. */
    Set<String> issueTypesInUse(SetupProject project, Collection<String> issueTypeIds);

    String createIssueType(String name, String description);

    String createStatus(String name, StatusKind kind);

    String createResolution(String name, String description);

    /** A field for issues of the given types in every project, with its options if it is a select list. */
    String createField(FieldSpec field, String description, List<String> issueTypeIds);

    /** Adds to the select list those of {@code options} it lacks, after its own, in this order. */
    void addMissingOptions(String fieldId, List<String> options);

    /** A screen with one tab holding {@code fieldIds} (system field ids and custom field ids) in that order. */
    String createScreen(String name, List<String> fieldIds);

    /** A screen scheme that shows {@code screenId} for every operation. */
    String createScreenScheme(String name, String screenId);

    /** Imports a workflow from its complete XML. */
    void createWorkflow(String name, String xml);

    void addIssueType(SetupProject project, String issueTypeId);

    void mapWorkflow(SetupProject project, String issueTypeId, String workflowName);

    void mapScreenScheme(SetupProject project, String issueTypeId, String screenSchemeId);
}
