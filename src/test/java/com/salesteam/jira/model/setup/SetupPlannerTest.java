package com.salesteam.jira.model.setup;

import org.junit.Test;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class SetupPlannerTest {

    private static final SetupBlueprint DEALS = DealBlueprint.create();
    private static final SetupProject SALES = new SetupProject(1, "SALES", "Sales");

    private final Map<String, ExistingIssueType> issueTypes = new HashMap<>(Map.of("Task", new ExistingIssueType("3", false)));
    private final Map<String, String> statuses = new HashMap<>(Map.of("To Do", "1"));
    private final Map<String, String> resolutions = new HashMap<>();
    private final Map<String, List<ExistingField>> fields = new HashMap<>();
    private final Map<String, String> screens = new HashMap<>();
    private final Map<String, String> screenSchemes = new HashMap<>();
    private final Map<String, String> workflowMapping = new HashMap<>();
    private final Map<String, String> screenMapping = new HashMap<>();
    private String defaultWorkflow = "jira";

    @Test
    public void anEmptyJiraGetsEverythingCreatedInDependencyOrder() {
        SetupPlan plan = plan(Set.of());

        assertTrue(plan.conflicts().isEmpty());
        assertEquals(plan.steps(), plan.creations());
        assertEquals(1 + 6 + 2 + 6 + 3 + 1 + 1 + 6 + 3, plan.steps().size());
        List<StepKind> kinds = plan.steps().stream().map(SetupStep::kind).toList();
        assertEquals(kinds.stream().sorted().toList(), kinds);
        assertEquals("every kind but options for lists that exist",
                EnumSet.complementOf(EnumSet.of(StepKind.FIELD_OPTIONS)), EnumSet.copyOf(kinds));
        assertFalse(plan.complete());
    }

    @Test
    public void whatExistsUnderTheSameNameIsReusedWhateverItsCase() {
        issueTypes.put("DEAL", new ExistingIssueType("10", false));
        statuses.put("prospecting", "11");
        fields.put("deal amount", List.of(new ExistingField("customfield_12", Optional.of(FieldKind.MONEY), List.of(),
                Set.of("10"))));

        SetupPlan plan = plan(Set.of("11"));

        assertEquals(Optional.of("10"), step(plan, "issuetype.Deal").existingId());
        assertEquals(Optional.of("11"), step(plan, "status.prospecting").existingId());
        assertEquals(Optional.of("customfield_12"), step(plan, "field.amount").existingId());
        assertEquals(StepAction.EXISTS, step(plan, "stage.prospecting").action());
        assertEquals(StepAction.CREATE, step(plan, "status.proposal").action());
        assertEquals(StepAction.CREATE, step(plan, "stage.proposal").action());
    }

    @Test
    public void aProjectWithEverythingInPlaceIsComplete() {
        everythingInPlace();

        SetupPlan plan = plan(Set.of("s.prospecting", "s.qualification", "s.proposal", "s.negotiation", "s.closedWon",
                "s.closedLost"));

        assertTrue(plan.steps().stream().filter(step -> step.action() != StepAction.EXISTS).toList().toString(),
                plan.complete());
    }

    @Test
    public void aSelectListMissingSomeOptionsGetsThemAddedNotReplaced() {
        fields.put("Forecast Category", List.of(new ExistingField("customfield_9", Optional.of(FieldKind.SELECT),
                List.of("pipeline", "Best Case", "Commit", "Closed", "Omitted"), everyType())));
        fields.put("Loss Reason", List.of(new ExistingField("customfield_10", Optional.of(FieldKind.SELECT),
                List.of("Price"), everyType())));

        SetupPlan plan = plan(Set.of());

        assertEquals(StepAction.EXISTS, step(plan, "field.category").action());
        assertTrue("all options there, whatever their case",
                plan.steps().stream().noneMatch(step -> step.ref().equals("options.category")));
        assertEquals(StepAction.CREATE, step(plan, "options.lossReason").action());
    }

    @Test
    public void aFieldWhoseContextLeavesOutTheDealTypeIsAConflict() {
        issueTypes.put("Bug", new ExistingIssueType("1", false));
        issueTypes.put("Deal", new ExistingIssueType("10", false));
        fields.put("Close Date", List.of(new ExistingField("customfield_5", Optional.of(FieldKind.DATE), List.of(),
                Set.of("3"))));

        SetupStep step = step(plan(Set.of()), "field.closeDate");

        assertEquals(Optional.of("salesteam.setup.conflict.scope"), step.conflictKey());
        assertEquals(List.of("Close Date", "Deal"), step.conflictArgs());

        issueTypes.remove("Deal");
        assertEquals("a Deal type yet to be created is not in a context limited to some types",
                StepAction.CONFLICT, step(plan(Set.of()), "field.closeDate").action());
        fields.put("Close Date", List.of(new ExistingField("customfield_5", Optional.of(FieldKind.DATE), List.of(),
                everyType())));
        assertEquals("a context for every type covers it", StepAction.EXISTS, step(plan(Set.of()), "field.closeDate").action());
    }

    @Test
    public void aSubTaskTypeOfTheSameNameIsAConflict() {
        issueTypes.put("Deal", new ExistingIssueType("10", true));

        SetupStep step = step(plan(Set.of()), "issuetype.Deal");

        assertEquals(StepAction.CONFLICT, step.action());
        assertEquals(Optional.of("salesteam.setup.conflict.subtask"), step.conflictKey());
    }

    @Test
    public void aFieldOfAnotherTypeOrTwoFieldsOfOneNameAreConflicts() {
        fields.put("Deal Amount", List.of(new ExistingField("customfield_1", Optional.empty())));
        fields.put("Win Probability", List.of(new ExistingField("customfield_2", Optional.of(FieldKind.NUMBER)),
                new ExistingField("customfield_3", Optional.of(FieldKind.NUMBER))));
        fields.put("Loss Reason", List.of(new ExistingField("customfield_4", Optional.of(FieldKind.TEXT_AREA))));

        SetupPlan plan = plan(Set.of());

        assertEquals(Optional.of("salesteam.setup.conflict.fieldtype"), step(plan, "field.amount").conflictKey());
        assertEquals(Optional.of("salesteam.setup.conflict.duplicate"), step(plan, "field.probability").conflictKey());
        assertEquals(List.of("Win Probability", "2"), step(plan, "field.probability").conflictArgs());
        assertEquals(Optional.of("salesteam.setup.conflict.fieldtype"), step(plan, "field.lossReason").conflictKey());
        assertEquals(3, plan.conflicts().size());
    }

    @Test
    public void aProjectSchemeMappingTheIssueTypeElsewhereIsReportedNotOverwritten() {
        everythingInPlace();
        workflowMapping.put("10", "Old Sales Workflow");
        screenMapping.put("10", "99");

        SetupPlan plan = plan(Set.of());

        SetupStep workflow = step(plan, "project.workflow.Deal");
        assertEquals(StepAction.CONFLICT, workflow.action());
        assertEquals(List.of("SALES workflows", "Deal", "Old Sales Workflow"), workflow.conflictArgs());
        assertEquals(StepAction.CONFLICT, step(plan, "project.screenscheme.Deal").action());
        assertEquals(2, plan.conflicts().size());
    }

    @Test
    public void dealsAlreadyOnAnotherWorkflowNeedJirasMigrationSoTheyAreAConflict() {
        issueTypes.put("Deal", new ExistingIssueType("10", false));

        SetupStep unused = step(plan(Set.of(), Set.of()), "project.workflow.Deal");
        SetupStep inUse = step(plan(Set.of(), Set.of("10")), "project.workflow.Deal");

        assertEquals(StepAction.CREATE, unused.action());
        assertEquals(Optional.of("salesteam.setup.conflict.migration"), inUse.conflictKey());
        assertEquals(List.of("Deal", DealBlueprint.WORKFLOW), inUse.conflictArgs());
    }

    @Test
    public void aSchemeWhoseDefaultIsTheDealWorkflowNeedsNoMapping() {
        issueTypes.put("Deal", new ExistingIssueType("10", false));
        defaultWorkflow = DealBlueprint.WORKFLOW;

        assertEquals(StepAction.EXISTS, step(plan(Set.of(), Set.of("10")), "project.workflow.Deal").action());
    }

    @Test
    public void theInventoryMustMatchWhetherAProjectIsSetUp() {
        Inventory global = new Inventory(issueTypes, statuses, resolutions, fields, screens, screenSchemes, Set.of(),
                Optional.empty());

        assertThrows(IllegalArgumentException.class,
                () -> SetupPlanner.plan(DEALS, global, Optional.of(SALES), Set.of(), Set.of()));
        SetupPlan globalOnly = SetupPlanner.plan(DEALS, global, Optional.empty(), Set.of(), Set.of());
        assertTrue(globalOnly.steps().stream().noneMatch(step -> step.kind().name().startsWith("PROJECT_")));
    }

    private void everythingInPlace() {
        issueTypes.put("Deal", new ExistingIssueType("10", false));
        DEALS.statuses().forEach(status -> statuses.put(status.name(), "s." + status.ref()));
        DEALS.resolutions().forEach(resolution -> resolutions.put(resolution.name(), "r." + resolution.ref()));
        DEALS.fields().forEach(field -> fields.put(field.name(),
                List.of(new ExistingField("customfield_" + field.ref(), Optional.of(field.kind()), field.options(),
                        Set.of("10")))));
        DEALS.screens().forEach(screen -> screens.put(screen.name(), "screen-" + screen.ref()));
        screenSchemes.put("Deal Screen Scheme", "77");
        workflowMapping.put("10", DealBlueprint.WORKFLOW);
        screenMapping.put("10", "77");
    }

    /** The issue types a context for every issue type covers: all there are. */
    private Set<String> everyType() {
        return Set.copyOf(issueTypes.values().stream().map(ExistingIssueType::id).toList());
    }

    private SetupPlan plan(Set<String> stageRuleStatusIds) {
        return plan(stageRuleStatusIds, Set.of());
    }

    private SetupPlan plan(Set<String> stageRuleStatusIds, Set<String> issueTypesInUse) {
        Set<String> workflows = statuses.containsKey("Closed Won") ? Set.of(DealBlueprint.WORKFLOW) : Set.of();
        ProjectSchemes schemes = new ProjectSchemes("SALES issue types",
                issueTypes.values().stream().map(ExistingIssueType::id).collect(java.util.stream.Collectors.toSet()),
                "SALES workflows", workflowMapping, defaultWorkflow, "SALES screens", screenMapping);
        Inventory inventory = new Inventory(issueTypes, statuses, resolutions, fields, screens, screenSchemes,
                workflows, Optional.of(schemes));
        return SetupPlanner.plan(DEALS, inventory, Optional.of(SALES), stageRuleStatusIds, issueTypesInUse);
    }

    private static SetupStep step(SetupPlan plan, String ref) {
        return plan.steps().stream().filter(step -> step.ref().equals(ref)).findFirst().orElseThrow();
    }
}
