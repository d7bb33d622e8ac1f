package com.salesteam.jira.model.setup;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The Sales Goal blueprint, planned by the same planner as deals. */
public class GoalBlueprintTest {

    private static final SetupBlueprint GOALS = GoalBlueprint.create();
    private static final SetupProject SALES = new SetupProject(1, "SALES", "Sales");

    private static Inventory inventory(Map<String, ExistingIssueType> issueTypes, Map<String, String> statuses,
                                       Map<String, List<ExistingField>> fields) {
        ProjectSchemes schemes = new ProjectSchemes("SALES issue types",
                issueTypes.values().stream().map(ExistingIssueType::id).collect(Collectors.toSet()),
                "SALES workflows", Map.of(), "jira", "SALES screens", Map.of());
        return new Inventory(issueTypes, statuses, Map.of(), fields, Map.of(), Map.of(), Set.of(), Optional.of(schemes));
    }

    private static SetupPlan plan(Inventory inventory) {
        return SetupPlanner.plan(GOALS, inventory, Optional.of(SALES), Set.of(), Set.of());
    }

    private static SetupStep step(SetupPlan plan, String ref) {
        return plan.steps().stream().filter(step -> step.ref().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    public void theGoalBlueprintHoldsTogetherWithTheQuotaMetricsAndNoStageRules() {
        assertEquals("goals", GOALS.key());
        assertEquals("salesteam.setup.blueprint.goals", GOALS.nameKey());
        assertEquals(List.of("Sales Goal"), GOALS.issueTypes().stream().map(IssueTypeSpec::name).toList());
        assertEquals(List.of("Revenue won", "Deals won", "New pipeline"), GOALS.fields().get(0).options());
        assertEquals(Map.of("Goal Metric", FieldKind.SELECT, "Goal Target", FieldKind.NUMBER,
                        "Goal Period", FieldKind.TEXT, "Goal Owner", FieldKind.USER),
                GOALS.fields().stream().collect(Collectors.toMap(FieldSpec::name, FieldSpec::kind)));
        assertTrue("goal statuses are no deal stages", GOALS.stageDefaults().isEmpty());
        assertTrue(GOALS.screens().get(0).fields().containsAll(List.of("summary", "description", "duedate")));
    }

    @Test
    public void anEmptyJiraGetsEverythingCreated() {
        SetupPlan plan = plan(inventory(Map.of("Task", new ExistingIssueType("3", false)), Map.of(), Map.of()));

        assertTrue(plan.conflicts().isEmpty());
        assertEquals(plan.steps(), plan.creations());
        assertEquals(1 + 4 + 2 + 4 + 1 + 1 + 1 + 3, plan.steps().size());
        assertEquals("goals", plan.blueprintKey());
    }

    @Test
    public void aSubTaskOfTheSameNameOrAFieldOfAnotherTypeIsAConflict() {
        SetupPlan plan = plan(inventory(Map.of("sales goal", new ExistingIssueType("7", true)), Map.of("Draft", "20"),
                Map.of("Goal Target", List.of(new ExistingField("customfield_9", Optional.of(FieldKind.MONEY))),
                        "Goal Metric", List.of(new ExistingField("customfield_8", Optional.of(FieldKind.SELECT),
                                List.of("Revenue won"), Set.of("7"))))));

        assertEquals(Set.of("issuetype.Sales Goal", "field.target"),
                plan.conflicts().stream().map(SetupStep::ref).collect(Collectors.toSet()));
        assertEquals(Optional.of("20"), step(plan, "status.draft").existingId());
        assertEquals("the hand-made metric list gains the missing metrics", StepAction.CREATE,
                step(plan, "options.metric").action());
    }

    @Test
    public void theWorkflowTemplateNeedsExactlyWhatThePlanNames() throws IOException {
        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GOALS.workflows().get(0).resource())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TreeSet<String> refs = plan(inventory(Map.of(), Map.of(), Map.of())).steps().stream().map(SetupStep::ref)
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> placeholders = WorkflowTemplate.placeholders(xml);
        assertEquals(new TreeSet<>(List.of("resolution.achieved", "resolution.missed", "status.achieved",
                "status.committed", "status.draft", "status.missed")), placeholders);
        assertTrue(refs.containsAll(placeholders));
    }
}
