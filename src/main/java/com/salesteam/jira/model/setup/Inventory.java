package com.salesteam.jira.model.setup;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Jira already has, by name: the configuration objects a blueprint may reuse, and the schemes of the project
 * being set up (empty when only the global parts are prepared). Jira treats these names without regard to case,
 * so lookups do too. Values are ids.
 */
public final class Inventory {

    private final Map<String, ExistingIssueType> issueTypes;
    private final Map<String, String> statuses;
    private final Map<String, String> resolutions;
    private final Map<String, List<ExistingField>> fields;
    private final Map<String, String> screens;
    private final Map<String, String> screenSchemes;
    private final Set<String> workflows;
    private final Optional<ProjectSchemes> project;

    public Inventory(Map<String, ExistingIssueType> issueTypes, Map<String, String> statuses,
                     Map<String, String> resolutions, Map<String, List<ExistingField>> fields,
                     Map<String, String> screens, Map<String, String> screenSchemes, Set<String> workflows,
                     Optional<ProjectSchemes> project) {
        this.issueTypes = byName(issueTypes);
        this.statuses = byName(statuses);
        this.resolutions = byName(resolutions);
        this.fields = byName(fields);
        this.screens = byName(screens);
        this.screenSchemes = byName(screenSchemes);
        this.workflows = workflows.stream().map(Inventory::normal).collect(Collectors.toUnmodifiableSet());
        this.project = Objects.requireNonNull(project, "project");
    }

    public Optional<ExistingIssueType> issueType(String name) {
        return Optional.ofNullable(issueTypes.get(normal(name)));
    }

    /** The ids of every issue type there is. */
    public Set<String> issueTypeIds() {
        return issueTypes.values().stream().map(ExistingIssueType::id).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<String> status(String name) {
        return Optional.ofNullable(statuses.get(normal(name)));
    }

    public Optional<String> resolution(String name) {
        return Optional.ofNullable(resolutions.get(normal(name)));
    }

    /** Every field of that name: Jira allows several, and the app could not tell them apart. */
    public List<ExistingField> fields(String name) {
        return fields.getOrDefault(normal(name), List.of());
    }

    public Optional<String> screen(String name) {
        return Optional.ofNullable(screens.get(normal(name)));
    }

    public Optional<String> screenScheme(String name) {
        return Optional.ofNullable(screenSchemes.get(normal(name)));
    }

    public boolean hasWorkflow(String name) {
        return workflows.contains(normal(name));
    }

    public Optional<ProjectSchemes> project() {
        return project;
    }

    private static <V> Map<String, V> byName(Map<String, V> byName) {
        Map<String, V> normalised = new HashMap<>();
        byName.forEach((name, value) -> normalised.put(normal(name), Objects.requireNonNull(value, name)));
        return Map.copyOf(normalised);
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
