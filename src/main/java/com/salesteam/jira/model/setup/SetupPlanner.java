package com.salesteam.jira.model.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a blueprint with what Jira has and says, step by step, what setup would reuse, create or refuse to
 * touch. Objects are matched by name (Jira's own way to tell them apart in its admin screens); a project's schemes
 * are conflicts only where they already map the blueprint's issue type somewhere else.
 */
public final class SetupPlanner {

    private SetupPlanner() {
    }

    /**
     * @param project            the project to set up; empty to prepare the global parts only
     * @param stageRuleStatusIds the statuses that already have a stage rule
     * @param issueTypesInUse    the blueprint's issue types (ids) that already have issues in the project: moving
     *                           them to another workflow needs Jira's migration, which setup leaves to the admin
     */
    public static SetupPlan plan(SetupBlueprint blueprint, Inventory inventory, Optional<SetupProject> project,
                                 Set<String> stageRuleStatusIds, Set<String> issueTypesInUse) {
        if (project.isPresent() != inventory.project().isPresent()) {
            throw new IllegalArgumentException("the inventory must describe the project's schemes, and only then");
        }
        List<SetupStep> steps = new ArrayList<>();
        for (IssueTypeSpec type : blueprint.issueTypes()) {
            steps.add(issueType(type, inventory));
        }
        for (StatusSpec status : blueprint.statuses()) {
            steps.add(found(StepKind.STATUS, Refs.status(status.ref()), status.name(), inventory.status(status.name())));
        }
        for (ResolutionSpec resolution : blueprint.resolutions()) {
            steps.add(found(StepKind.RESOLUTION, Refs.resolution(resolution.ref()), resolution.name(),
                    inventory.resolution(resolution.name())));
        }
        List<String> blueprintTypes = blueprint.issueTypes().stream().map(IssueTypeSpec::name).toList();
        for (FieldSpec field : blueprint.fields()) {
            steps.add(field(field, inventory, blueprintTypes));
        }
        for (FieldSpec field : blueprint.fields()) {
            missingOptions(field, inventory).ifPresent(steps::add);
        }
        for (ScreenSpec screen : blueprint.screens()) {
            steps.add(found(StepKind.SCREEN, Refs.screen(screen.ref()), screen.name(), inventory.screen(screen.name())));
        }
        for (ScreenSchemeSpec scheme : blueprint.screenSchemes()) {
            steps.add(found(StepKind.SCREEN_SCHEME, Refs.screenScheme(scheme.ref()), scheme.name(),
                    inventory.screenScheme(scheme.name())));
        }
        for (WorkflowSpec workflow : blueprint.workflows()) {
            String ref = Refs.workflow(workflow.name());
            steps.add(inventory.hasWorkflow(workflow.name())
                    ? SetupStep.exists(StepKind.WORKFLOW, ref, workflow.name(), workflow.name())
                    : SetupStep.create(StepKind.WORKFLOW, ref, workflow.name()));
        }
        for (StageDefaultSpec stage : blueprint.stageDefaults()) {
            steps.add(stageRule(blueprint, stage, inventory, stageRuleStatusIds));
        }
        inventory.project().ifPresent(schemes -> steps.addAll(projectSteps(blueprint, inventory, schemes, issueTypesInUse)));
        return new SetupPlan(blueprint.key(), project, steps);
    }

    private static SetupStep issueType(IssueTypeSpec type, Inventory inventory) {
        String ref = Refs.issueType(type.name());
        Optional<ExistingIssueType> existing = inventory.issueType(type.name());
        if (existing.isEmpty()) {
            return SetupStep.create(StepKind.ISSUE_TYPE, ref, type.name());
        }
        if (existing.get().subTask()) {
            return SetupStep.conflict(StepKind.ISSUE_TYPE, ref, type.name(), "salesteam.setup.conflict.subtask", type.name());
        }
        return SetupStep.exists(StepKind.ISSUE_TYPE, ref, type.name(), existing.get().id());
    }

    private static SetupStep field(FieldSpec field, Inventory inventory, List<String> blueprintTypes) {
        String ref = Refs.field(field.ref());
        List<ExistingField> existing = inventory.fields(field.name());
        if (existing.isEmpty()) {
            return SetupStep.create(StepKind.FIELD, ref, field.name());
        }
        if (existing.size() > 1) {
            return SetupStep.conflict(StepKind.FIELD, ref, field.name(), "salesteam.setup.conflict.duplicate",
                    field.name(), String.valueOf(existing.size()));
        }
        ExistingField only = existing.get(0);
        if (only.kind().filter(kind -> kind == field.kind()).isEmpty()) {
            return SetupStep.conflict(StepKind.FIELD, ref, field.name(), "salesteam.setup.conflict.fieldtype", field.name());
        }
        // a field whose context leaves out the blueprint's issue type would never show on its issues; a type setup
        // has yet to create is covered only by a context for every issue type
        Optional<String> outOfScope = inventory.project().isEmpty() ? Optional.empty() : blueprintTypes.stream()
                .filter(type -> inventory.issueType(type)
                        .map(found -> !only.issueTypesInScope().contains(found.id()))
                        .orElse(!only.issueTypesInScope().containsAll(inventory.issueTypeIds())))
                .findFirst();
        if (outOfScope.isPresent()) {
            return SetupStep.conflict(StepKind.FIELD, ref, field.name(), "salesteam.setup.conflict.scope", field.name(),
                    outOfScope.get());
        }
        return SetupStep.exists(StepKind.FIELD, ref, field.name(), only.id());
    }

    /** A select list that exists with only some of the options (hand-made, or a setup cut short) gets the rest. */
    private static Optional<SetupStep> missingOptions(FieldSpec field, Inventory inventory) {
        List<ExistingField> existing = inventory.fields(field.name());
        if (field.kind() != FieldKind.SELECT || existing.size() != 1
                || existing.get(0).kind().filter(kind -> kind == FieldKind.SELECT).isEmpty()
                || existing.get(0).missingOptions(field).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SetupStep.create(StepKind.FIELD_OPTIONS, Refs.fieldOptions(field.ref()), field.name()));
    }

    private static SetupStep found(StepKind kind, String ref, String name, Optional<String> id) {
        return id.map(existing -> SetupStep.exists(kind, ref, name, existing))
                .orElseGet(() -> SetupStep.create(kind, ref, name));
    }

    private static SetupStep stageRule(SetupBlueprint blueprint, StageDefaultSpec stage, Inventory inventory,
                                       Set<String> stageRuleStatusIds) {
        String statusName = blueprint.statuses().stream()
                .filter(status -> status.ref().equals(stage.statusRef()))
                .findFirst().orElseThrow().name();
        String ref = Refs.stage(stage.statusRef());
        return inventory.status(statusName)
                .filter(stageRuleStatusIds::contains)
                .map(id -> SetupStep.exists(StepKind.STAGE_RULE, ref, statusName, id))
                .orElseGet(() -> SetupStep.create(StepKind.STAGE_RULE, ref, statusName));
    }

    private static List<SetupStep> projectSteps(SetupBlueprint blueprint, Inventory inventory, ProjectSchemes schemes,
                                                Set<String> issueTypesInUse) {
        List<SetupStep> steps = new ArrayList<>();
        for (IssueTypeSpec type : blueprint.issueTypes()) {
            String ref = Refs.projectIssueType(type.name());
            Optional<String> inScheme = inventory.issueType(type.name()).map(ExistingIssueType::id)
                    .filter(schemes.issueTypeIds()::contains);
            steps.add(inScheme.map(id -> SetupStep.exists(StepKind.PROJECT_ISSUE_TYPE, ref, type.name(), id))
                    .orElseGet(() -> SetupStep.create(StepKind.PROJECT_ISSUE_TYPE, ref, type.name())));
        }
        for (WorkflowSpec workflow : blueprint.workflows()) {
            Optional<String> typeId = inventory.issueType(workflow.issueType()).map(ExistingIssueType::id);
            steps.add(projectWorkflow(workflow, typeId, schemes, issueTypesInUse));
            steps.add(projectScreens(blueprint, workflow, typeId, inventory, schemes));
        }
        return steps;
    }

    private static SetupStep projectWorkflow(WorkflowSpec workflow, Optional<String> typeId, ProjectSchemes schemes,
                                             Set<String> issueTypesInUse) {
        String ref = Refs.projectWorkflow(workflow.issueType());
        Optional<String> mapped = typeId.map(schemes.workflowByIssueType()::get);
        if (mapped.isEmpty() && schemes.defaultWorkflow().equalsIgnoreCase(workflow.name())) {
            return SetupStep.exists(StepKind.PROJECT_WORKFLOW, ref, workflow.name(), workflow.name());
        }
        if (mapped.isEmpty() && typeId.filter(issueTypesInUse::contains).isPresent()) {
            return SetupStep.conflict(StepKind.PROJECT_WORKFLOW, ref, workflow.name(), "salesteam.setup.conflict.migration",
                    workflow.issueType(), workflow.name());
        }
        if (mapped.isEmpty()) {
            return SetupStep.create(StepKind.PROJECT_WORKFLOW, ref, workflow.name());
        }
        if (!mapped.get().equalsIgnoreCase(workflow.name())) {
            return SetupStep.conflict(StepKind.PROJECT_WORKFLOW, ref, workflow.name(), "salesteam.setup.conflict.workflow",
                    schemes.workflowScheme(), workflow.issueType(), mapped.get());
        }
        return SetupStep.exists(StepKind.PROJECT_WORKFLOW, ref, workflow.name(), mapped.get());
    }

    private static SetupStep projectScreens(SetupBlueprint blueprint, WorkflowSpec workflow, Optional<String> typeId,
                                            Inventory inventory, ProjectSchemes schemes) {
        String ref = Refs.projectScreenScheme(workflow.issueType());
        String schemeName = blueprint.screenSchemes().stream()
                .filter(scheme -> scheme.ref().equals(workflow.screenSchemeRef()))
                .findFirst().orElseThrow().name();
        Optional<String> mapped = typeId.map(schemes.screenSchemeByIssueType()::get);
        if (mapped.isEmpty()) {
            return SetupStep.create(StepKind.PROJECT_SCREEN_SCHEME, ref, schemeName);
        }
        if (!inventory.screenScheme(schemeName).equals(mapped)) {
            return SetupStep.conflict(StepKind.PROJECT_SCREEN_SCHEME, ref, schemeName, "salesteam.setup.conflict.screens",
                    schemes.screenScheme(), workflow.issueType());
        }
        return SetupStep.exists(StepKind.PROJECT_SCREEN_SCHEME, ref, schemeName, mapped.get());
    }
}
