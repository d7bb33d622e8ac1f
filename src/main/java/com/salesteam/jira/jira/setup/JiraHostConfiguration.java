package com.salesteam.jira.jira.setup;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.salesteam.jira.model.setup.FieldSpec;
import com.salesteam.jira.model.setup.Inventory;
import com.salesteam.jira.model.setup.ProjectSchemes;
import com.salesteam.jira.model.setup.SetupProject;
import com.salesteam.jira.model.setup.StatusKind;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.setup.HostConfiguration;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Project setup's view of Jira. Schemes copied for a project are named after it ("SALES: Sales Team Manager
 * workflow scheme") so an admin recognises them; descriptions are in the admin's language.
 */
public class JiraHostConfiguration implements HostConfiguration {

    private final ProjectManager projectManager;
    private final SearchService searchService;
    private final JiraConfigObjects objects;
    private final JiraScreens screens;
    private final JiraProjectSchemes schemes;
    private final Translator translator;

    public JiraHostConfiguration(ProjectManager projectManager, SearchService searchService, JiraConfigObjects objects,
                                 JiraScreens screens, JiraProjectSchemes schemes, Translator translator) {
        this.projectManager = projectManager;
        this.searchService = searchService;
        this.objects = objects;
        this.screens = screens;
        this.schemes = schemes;
        this.translator = translator;
    }

    @Override
    public List<SetupProject> projects() {
        return projectManager.getProjectObjects().stream()
                .map(JiraHostConfiguration::toSetupProject)
                .sorted(Comparator.comparing(SetupProject::key))
                .toList();
    }

    @Override
    public Optional<SetupProject> project(String key) {
        return Optional.ofNullable(projectManager.getProjectObjByKey(key)).map(JiraHostConfiguration::toSetupProject);
    }

    @Override
    public Inventory inventory(Optional<SetupProject> project) {
        return new Inventory(objects.issueTypes(), objects.statuses(), objects.resolutions(),
                objects.fields(project.map(this::jiraProject)), screens.screens(), screens.screenSchemes(),
                objects.workflows(), project.map(this::projectSchemes));
    }

    private ProjectSchemes projectSchemes(SetupProject setupProject) {
        Project project = jiraProject(setupProject);
        AssignableWorkflowScheme workflowScheme = schemes.workflowScheme(project);
        IssueTypeScreenScheme screenScheme = screens.schemeOf(project);
        return new ProjectSchemes(schemes.issueTypeSchemeName(project), schemes.issueTypeIds(project),
                Objects.requireNonNullElse(workflowScheme.getName(), ""), JiraProjectSchemes.explicitMappings(workflowScheme),
                JiraProjectSchemes.defaultWorkflow(workflowScheme),
                Objects.requireNonNullElse(screenScheme.getName(), ""), JiraScreens.mapping(screenScheme));
    }

    /** One search per issue type, for one hit each: whether any issue of that type is in the project. */
    @Override
    public Set<String> issueTypesInUse(SetupProject project, Collection<String> issueTypeIds) {
        Set<String> inUse = new HashSet<>();
        for (String issueTypeId : issueTypeIds) {
            SearchService.ParseResult parsed = searchService.parseQuery(null,
                    "project = " + project.id() + " AND issuetype = " + Long.parseLong(issueTypeId));
            try {
                if (parsed.isValid() && searchService.searchOverrideSecurity(null, parsed.getQuery(),
                        new PagerFilter<>(0, 1)).getTotal() > 0) {
                    inUse.add(issueTypeId);
                }
            } catch (SearchException e) {
                throw new IllegalStateException("searching " + project.key() + " failed: " + e.getMessage(), e);
            }
        }
        return inUse;
    }

    @Override
    public String createIssueType(String name, String description) {
        return objects.createIssueType(name, description);
    }

    @Override
    public String createStatus(String name, StatusKind kind) {
        return objects.createStatus(name, kind);
    }

    @Override
    public String createResolution(String name, String description) {
        return objects.createResolution(name, description);
    }

    @Override
    public String createField(FieldSpec field, String description, List<String> issueTypeIds) {
        return objects.createField(field, description, issueTypeIds);
    }

    @Override
    public void addMissingOptions(String fieldId, List<String> options) {
        objects.addMissingOptions(fieldId, options);
    }

    @Override
    public String createScreen(String name, List<String> fieldIds) {
        return screens.createScreen(name, translator.text("salesteam.setup.created.description"), fieldIds);
    }

    @Override
    public String createScreenScheme(String name, String screenId) {
        return screens.createScreenScheme(name, translator.text("salesteam.setup.created.description"), screenId);
    }

    @Override
    public void createWorkflow(String name, String xml) {
        objects.createWorkflow(name, xml);
    }

    @Override
    public void addIssueType(SetupProject project, String issueTypeId) {
        schemes.addIssueType(jiraProject(project), issueTypeId,
                uniqueName(translator.text("salesteam.setup.copy.issuetypes", project.key()), schemes::issueTypeSchemeExists),
                translator.text("salesteam.setup.created.description"));
    }

    @Override
    public void mapWorkflow(SetupProject project, String issueTypeId, String workflowName) {
        schemes.mapWorkflow(jiraProject(project), issueTypeId, workflowName,
                uniqueName(translator.text("salesteam.setup.copy.workflows", project.key()), schemes::workflowSchemeExists),
                translator.text("salesteam.setup.created.description"));
    }

    @Override
    public void mapScreenScheme(SetupProject project, String issueTypeId, String screenSchemeId) {
        screens.map(jiraProject(project), issueTypeId, screenSchemeId,
                uniqueName(translator.text("salesteam.setup.copy.screens", project.key()), screens::issueTypeScreenSchemeExists),
                translator.text("salesteam.setup.created.description"));
    }

    /** Jira refuses two schemes of one name: a later copy for the same project gets " (2)", " (3)", … */
    static String uniqueName(String base, Predicate<String> taken) {
        String name = base;
        for (int copy = 2; taken.test(name); copy++) {
            name = base + " (" + copy + ")";
        }
        return name;
    }

    private Project jiraProject(SetupProject project) {
        return Objects.requireNonNull(projectManager.getProjectObj(project.id()), project.key());
    }

    private static SetupProject toSetupProject(Project project) {
        return new SetupProject(project.getId(), project.getKey(), project.getName());
    }
}
