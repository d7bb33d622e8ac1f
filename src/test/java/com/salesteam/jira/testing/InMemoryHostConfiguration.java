package com.salesteam.jira.testing;

import com.salesteam.jira.model.setup.ExistingField;
import com.salesteam.jira.model.setup.ExistingIssueType;
import com.salesteam.jira.model.setup.FieldKind;
import com.salesteam.jira.model.setup.FieldSpec;
import com.salesteam.jira.model.setup.Inventory;
import com.salesteam.jira.model.setup.ProjectSchemes;
import com.salesteam.jira.model.setup.SetupProject;
import com.salesteam.jira.model.setup.StatusKind;
import com.salesteam.jira.service.setup.HostConfiguration;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Jira's configuration as plain maps, for service tests and the sandbox. It keeps Jira's rules that setup relies
 * on: every project starts on the shared default schemes, and a mapping change gives the project a scheme of its
 * own instead of editing a shared one. Imported workflows must be well-formed XML without placeholders left.
 */
public final class InMemoryHostConfiguration implements HostConfiguration {

    public static final String DEFAULT_SCHEME = "Default";

    private final Map<String, SetupProject> projects = new LinkedHashMap<>();
    private final Map<String, ExistingIssueType> issueTypes = new LinkedHashMap<>();
    private final Map<String, String> statuses = new LinkedHashMap<>();
    private final Map<String, StatusKind> statusKinds = new HashMap<>();
    private final Map<String, String> resolutions = new LinkedHashMap<>();
    private final Map<String, List<ExistingField>> fields = new LinkedHashMap<>();
    private final Map<String, List<String>> fieldOptions = new HashMap<>();
    /** The issue types a field's context names; a field absent here applies to every issue type (global). */
    private final Map<String, Set<String>> fieldScopes = new HashMap<>();
    private final Map<String, String> screens = new LinkedHashMap<>();
    private final Map<String, List<String>> screenFields = new HashMap<>();
    private final Map<String, String> screenSchemes = new LinkedHashMap<>();
    private final Map<String, String> workflows = new LinkedHashMap<>();
    private final Map<String, Schemes> projectSchemes = new HashMap<>();
    private final Map<String, Set<String>> issueTypesInUse = new HashMap<>();
    private final List<String> log = new ArrayList<>();
    private int nextId = 10000;

    /** A project's schemes; a project that never changed them uses the defaults. */
    private record Schemes(String issueTypeScheme, Set<String> issueTypeIds, String workflowScheme,
                           Map<String, String> workflows, String screenScheme, Map<String, String> screenSchemes) {
    }

    public InMemoryHostConfiguration() {
        for (String standard : List.of("Bug", "Task", "Story", "Epic")) {
            issueTypes.put(standard, new ExistingIssueType(id(), false));
        }
        issueTypes.put("Sub-task", new ExistingIssueType(id(), true));
        statuses.put("To Do", id());
        statuses.put("In Progress", id());
        statuses.put("Done", id());
        resolutions.put("Done", id());
        workflows.put("jira", "");
    }

    public synchronized SetupProject addProject(String key, String name) {
        SetupProject project = new SetupProject(Long.parseLong(id()), key, name);
        projects.put(key, project);
        return project;
    }

    /** Puts a foreign object in the way of a blueprint, as an admin might have made it by hand. */
    public synchronized void addForeignField(String name) {
        fields.computeIfAbsent(name, ignored -> new ArrayList<>()).add(new ExistingField("customfield_" + id(), Optional.empty()));
    }

    /** A select list made by hand, with its own options. */
    public synchronized void addSelectField(String name, List<String> options) {
        String id = "customfield_" + id();
        fields.computeIfAbsent(name, ignored -> new ArrayList<>()).add(new ExistingField(id, Optional.of(FieldKind.SELECT)));
        fieldOptions.put(id, List.copyOf(options));
    }

    /** A date field made by hand whose context names only the given issue types. */
    public synchronized void addDateFieldFor(String name, String... issueTypeNames) {
        String id = "customfield_" + id();
        fields.computeIfAbsent(name, ignored -> new ArrayList<>()).add(new ExistingField(id, Optional.of(FieldKind.DATE)));
        Set<String> scope = new HashSet<>();
        for (String type : issueTypeNames) {
            scope.add(issueTypes.get(type).id());
        }
        fieldScopes.put(id, scope);
    }

    public synchronized void addIssueType(String name, boolean subTask) {
        issueTypes.put(name, new ExistingIssueType(id(), subTask));
    }

    /** Gives the project a scheme of its own that maps {@code issueType} to {@code workflow}. */
    public synchronized void mapWorkflowByHand(String projectKey, String issueType, String workflow) {
        Schemes current = schemes(projectKey);
        Map<String, String> mapping = new HashMap<>(current.workflows());
        mapping.put(issueTypes.get(issueType).id(), workflow);
        workflows.putIfAbsent(workflow, "");
        projectSchemes.put(projectKey, new Schemes(current.issueTypeScheme(), current.issueTypeIds(),
                projectKey + " hand-made workflow scheme", mapping, current.screenScheme(), current.screenSchemes()));
    }

    /** Records that the project has issues of that type, as if someone had created one. */
    public synchronized void addIssue(String projectKey, String issueType) {
        issueTypesInUse.computeIfAbsent(projectKey, ignored -> new HashSet<>()).add(issueTypes.get(issueType).id());
    }

    /** Everything created or changed, in order: "create field Deal Amount", "map workflow SALES …". */
    public synchronized List<String> log() {
        return List.copyOf(log);
    }

    public synchronized Optional<String> workflowXml(String name) {
        return Optional.ofNullable(workflows.get(name));
    }

    public synchronized List<String> screenFields(String screenName) {
        return screenFields.getOrDefault(screens.get(screenName), List.of());
    }

    public synchronized List<String> options(String fieldName) {
        List<ExistingField> found = fields.getOrDefault(fieldName, List.of());
        return found.isEmpty() ? List.of() : fieldOptions.getOrDefault(found.get(0).id(), List.of());
    }

    /** Status id to name, as Jira's status list gives them. */
    public synchronized Map<String, String> statusNamesById() {
        Map<String, String> names = new HashMap<>();
        statuses.forEach((name, id) -> names.put(id, name));
        return names;
    }

    public synchronized Optional<StatusKind> statusKind(String name) {
        return Optional.ofNullable(statusKinds.get(name));
    }

    @Override
    public synchronized List<SetupProject> projects() {
        return List.copyOf(projects.values());
    }

    @Override
    public synchronized Optional<SetupProject> project(String key) {
        return Optional.ofNullable(projects.get(key));
    }

    @Override
    public synchronized Inventory inventory(Optional<SetupProject> project) {
        Map<String, List<ExistingField>> withOptions = new HashMap<>();
        Set<String> allTypes = new HashSet<>();
        issueTypes.values().forEach(type -> allTypes.add(type.id()));
        fields.forEach((name, found) -> withOptions.put(name, found.stream()
                .map(field -> new ExistingField(field.id(), field.kind(), fieldOptions.getOrDefault(field.id(), List.of()),
                        project.isEmpty() ? Set.of() : fieldScopes.getOrDefault(field.id(), allTypes)))
                .toList()));
        return new Inventory(issueTypes, statuses, resolutions, withOptions, screens, screenSchemes, workflows.keySet(),
                project.map(SetupProject::key).map(this::schemes).map(schemes -> new ProjectSchemes(
                        schemes.issueTypeScheme(), schemes.issueTypeIds(), schemes.workflowScheme(), schemes.workflows(),
                        "jira", schemes.screenScheme(), schemes.screenSchemes())));
    }

    @Override
    public synchronized Set<String> issueTypesInUse(SetupProject project, Collection<String> issueTypeIds) {
        Set<String> inUse = new HashSet<>(issueTypesInUse.getOrDefault(project.key(), Set.of()));
        inUse.retainAll(issueTypeIds);
        return inUse;
    }

    @Override
    public synchronized String createIssueType(String name, String description) {
        requireNew(issueTypes.keySet(), name);
        String id = id();
        issueTypes.put(name, new ExistingIssueType(id, false));
        log.add("create issue type " + name);
        return id;
    }

    @Override
    public synchronized String createStatus(String name, StatusKind kind) {
        requireNew(statuses.keySet(), name);
        String id = id();
        statuses.put(name, id);
        statusKinds.put(name, kind);
        log.add("create status " + name);
        return id;
    }

    @Override
    public synchronized String createResolution(String name, String description) {
        requireNew(resolutions.keySet(), name);
        String id = id();
        resolutions.put(name, id);
        log.add("create resolution " + name);
        return id;
    }

    @Override
    public synchronized String createField(FieldSpec field, String description, List<String> issueTypeIds) {
        if (description.isBlank() || issueTypeIds.isEmpty() || issueTypeIds.contains(null)) {
            throw new IllegalArgumentException("a field needs a description and its issue types: " + field.name());
        }
        String id = "customfield_" + id();
        fields.computeIfAbsent(field.name(), ignored -> new ArrayList<>()).add(new ExistingField(id, Optional.of(field.kind())));
        fieldOptions.put(id, field.options());
        fieldScopes.put(id, Set.copyOf(issueTypeIds));
        log.add("create field " + field.name());
        return id;
    }

    @Override
    public synchronized void addMissingOptions(String fieldId, List<String> options) {
        List<String> present = new ArrayList<>(fieldOptions.getOrDefault(fieldId, List.of()));
        options.stream().filter(wanted -> present.stream().noneMatch(wanted::equalsIgnoreCase)).forEach(present::add);
        fieldOptions.put(fieldId, List.copyOf(present));
        log.add("add options " + fieldId);
    }

    @Override
    public synchronized String createScreen(String name, List<String> fieldIds) {
        requireNew(screens.keySet(), name);
        if (fieldIds.contains(null)) {
            throw new IllegalArgumentException("a screen field without an id: " + name);
        }
        String id = id();
        screens.put(name, id);
        screenFields.put(id, List.copyOf(fieldIds));
        log.add("create screen " + name);
        return id;
    }

    @Override
    public synchronized String createScreenScheme(String name, String screenId) {
        requireNew(screenSchemes.keySet(), name);
        if (!screens.containsValue(screenId)) {
            throw new IllegalArgumentException("no screen " + screenId);
        }
        String id = id();
        screenSchemes.put(name, id);
        log.add("create screen scheme " + name);
        return id;
    }

    @Override
    public synchronized void createWorkflow(String name, String xml) {
        requireNew(workflows.keySet(), name);
        if (xml.contains("${")) {
            throw new IllegalArgumentException("placeholders left in workflow " + name);
        }
        parse(xml);
        workflows.put(name, xml);
        log.add("create workflow " + name);
    }

    @Override
    public synchronized void addIssueType(SetupProject project, String issueTypeId) {
        Schemes current = schemes(project.key());
        Set<String> types = new HashSet<>(current.issueTypeIds());
        types.add(requireIssueType(issueTypeId));
        projectSchemes.put(project.key(), new Schemes(project.key() + " issue type scheme", types,
                current.workflowScheme(), current.workflows(), current.screenScheme(), current.screenSchemes()));
        log.add("add issue type " + project.key() + " " + issueTypeId);
    }

    @Override
    public synchronized void mapWorkflow(SetupProject project, String issueTypeId, String workflowName) {
        if (!workflows.containsKey(workflowName)) {
            throw new IllegalArgumentException("no workflow " + workflowName);
        }
        Schemes current = schemes(project.key());
        Map<String, String> mapping = new HashMap<>(current.workflows());
        mapping.put(requireIssueType(issueTypeId), workflowName);
        projectSchemes.put(project.key(), new Schemes(current.issueTypeScheme(), current.issueTypeIds(),
                project.key() + " workflow scheme", mapping, current.screenScheme(), current.screenSchemes()));
        log.add("map workflow " + project.key() + " " + issueTypeId + " " + workflowName);
    }

    @Override
    public synchronized void mapScreenScheme(SetupProject project, String issueTypeId, String screenSchemeId) {
        if (!screenSchemes.containsValue(screenSchemeId)) {
            throw new IllegalArgumentException("no screen scheme " + screenSchemeId);
        }
        Schemes current = schemes(project.key());
        Map<String, String> mapping = new HashMap<>(current.screenSchemes());
        mapping.put(requireIssueType(issueTypeId), screenSchemeId);
        projectSchemes.put(project.key(), new Schemes(current.issueTypeScheme(), current.issueTypeIds(),
                current.workflowScheme(), current.workflows(), project.key() + " issue type screen scheme", mapping));
        log.add("map screens " + project.key() + " " + issueTypeId + " " + screenSchemeId);
    }

    private Schemes schemes(String projectKey) {
        Set<String> standard = new HashSet<>();
        issueTypes.forEach((name, type) -> {
            if (List.of("Bug", "Task", "Story", "Epic", "Sub-task").contains(name)) {
                standard.add(type.id());
            }
        });
        return projectSchemes.getOrDefault(projectKey,
                new Schemes(DEFAULT_SCHEME, standard, DEFAULT_SCHEME, Map.of(), DEFAULT_SCHEME, Map.of()));
    }

    private String requireIssueType(String id) {
        if (id == null || issueTypes.values().stream().noneMatch(type -> type.id().equals(id))) {
            throw new IllegalArgumentException("no issue type " + id);
        }
        return id;
    }

    private static void requireNew(Set<String> names, String name) {
        if (names.stream().anyMatch(existing -> existing.equalsIgnoreCase(name))) {
            throw new IllegalArgumentException(name + " exists already");
        }
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("the workflow XML does not parse: " + e.getMessage(), e);
        }
    }

    private String id() {
        return String.valueOf(nextId++);
    }
}
