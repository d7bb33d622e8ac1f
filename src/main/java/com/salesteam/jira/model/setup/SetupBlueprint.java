package com.salesteam.jira.model.setup;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one part of the app needs in Jira to work in a project: issue types, statuses, resolutions, fields,
 * screens and workflows. Deals bring one; later parts (reviews, coaching) bring their own through the same setup.
 * Refs tie the parts together and name them in workflow templates ("status.prospecting", "field.amount").
 */
public record SetupBlueprint(String key, List<IssueTypeSpec> issueTypes, List<StatusSpec> statuses,
                             List<ResolutionSpec> resolutions, List<FieldSpec> fields, List<ScreenSpec> screens,
                             List<ScreenSchemeSpec> screenSchemes, List<WorkflowSpec> workflows,
                             List<StageDefaultSpec> stageDefaults) {

    public SetupBlueprint {
        Objects.requireNonNull(key, "key");
        issueTypes = List.copyOf(issueTypes);
        statuses = List.copyOf(statuses);
        resolutions = List.copyOf(resolutions);
        fields = List.copyOf(fields);
        screens = List.copyOf(screens);
        screenSchemes = List.copyOf(screenSchemes);
        workflows = List.copyOf(workflows);
        stageDefaults = List.copyOf(stageDefaults);
        checkReferences(issueTypes, statuses, fields, screens, screenSchemes, workflows, stageDefaults);
    }

    /** i18n key of the blueprint's name, e.g. salesteam.setup.blueprint.deals. */
    public String nameKey() {
        return "salesteam.setup.blueprint." + key;
    }

    public String descriptionKey() {
        return nameKey() + ".description";
    }

    private static void checkReferences(List<IssueTypeSpec> issueTypes, List<StatusSpec> statuses,
                                        List<FieldSpec> fields, List<ScreenSpec> screens,
                                        List<ScreenSchemeSpec> screenSchemes, List<WorkflowSpec> workflows,
                                        List<StageDefaultSpec> stageDefaults) {
        Set<String> fieldRefs = unique(fields.stream().map(FieldSpec::ref).toList(), "field");
        Set<String> screenRefs = unique(screens.stream().map(ScreenSpec::ref).toList(), "screen");
        Set<String> schemeRefs = unique(screenSchemes.stream().map(ScreenSchemeSpec::ref).toList(), "screen scheme");
        Set<String> statusRefs = unique(statuses.stream().map(StatusSpec::ref).toList(), "status");
        Set<String> typeNames = unique(issueTypes.stream().map(IssueTypeSpec::name).toList(), "issue type");
        for (ScreenSpec screen : screens) {
            screen.fields().stream()
                    .filter(field -> field.startsWith(ScreenSpec.APP_FIELD_PREFIX))
                    .forEach(field -> require(fieldRefs, field.substring(ScreenSpec.APP_FIELD_PREFIX.length()), screen.name()));
        }
        screenSchemes.forEach(scheme -> require(screenRefs, scheme.screenRef(), scheme.name()));
        for (WorkflowSpec workflow : workflows) {
            require(typeNames, workflow.issueType(), workflow.name());
            require(schemeRefs, workflow.screenSchemeRef(), workflow.name());
        }
        stageDefaults.forEach(stage -> require(statusRefs, stage.statusRef(), "stage defaults"));
    }

    private static Set<String> unique(List<String> refs, String what) {
        Set<String> seen = new HashSet<>();
        for (String ref : refs) {
            if (!seen.add(ref)) {
                throw new IllegalArgumentException("two of the blueprint's " + what + "s are called " + ref);
            }
        }
        return seen;
    }

    private static void require(Set<String> known, String ref, String user) {
        if (!known.contains(ref)) {
            throw new IllegalArgumentException(user + " refers to " + ref + ", which the blueprint does not define");
        }
    }
}
