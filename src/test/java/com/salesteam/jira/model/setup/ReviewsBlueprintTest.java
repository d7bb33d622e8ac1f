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
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The coaching and reviews blueprint, planned by the same planner as deals and goals. */
public class ReviewsBlueprintTest {

    private static final SetupBlueprint REVIEWS = ReviewsBlueprint.create();
    private static final SetupProject SALES = new SetupProject(1, "SALES", "Sales");

    private static Inventory inventory(Map<String, ExistingIssueType> issueTypes, Map<String, String> statuses,
                                       Map<String, String> resolutions) {
        ProjectSchemes schemes = new ProjectSchemes("SALES issue types",
                issueTypes.values().stream().map(ExistingIssueType::id).collect(Collectors.toSet()),
                "SALES workflows", Map.of(), "jira", "SALES screens", Map.of());
        return new Inventory(issueTypes, statuses, resolutions, Map.of(), Map.of(), Map.of(), Set.of(),
                Optional.of(schemes));
    }

    private static SetupPlan plan(Inventory inventory) {
        return SetupPlanner.plan(REVIEWS, inventory, Optional.of(SALES), Set.of(), Set.of());
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ReviewsBlueprintTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(path, in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    public void theBlueprintBringsTheFourIssueTypesAndTheFieldsTheIssueAsksFor() {
        assertEquals("reviews", REVIEWS.key());
        assertEquals("salesteam.setup.blueprint.reviews", REVIEWS.nameKey());
        assertEquals(List.of("Coaching Action", "1:1 Meeting", "Performance Review", "Sales Meeting"),
                REVIEWS.issueTypes().stream().map(IssueTypeSpec::name).toList());
        Map<String, FieldKind> kinds = REVIEWS.fields().stream().collect(Collectors.toMap(FieldSpec::name, FieldSpec::kind));
        assertEquals(FieldKind.SELECT, kinds.get("Coaching Kind"));
        assertEquals(FieldKind.USER, kinds.get("Sales Rep"));
        assertEquals(FieldKind.TEXT, kinds.get("Coaching Deal"));
        assertEquals(FieldKind.USER, kinds.get("Reviewee"));
        assertEquals(FieldKind.TEXT, kinds.get("Review Period"));
        assertEquals(FieldKind.SELECT, kinds.get("Self Rating"));
        assertEquals(FieldKind.SELECT, kinds.get("Manager Rating"));
        assertEquals(FieldKind.TEXT_AREA, kinds.get("Improvement Areas"));
        assertEquals(FieldKind.TEXT_AREA, kinds.get("Manager Summary"));
        assertEquals(List.of("1:1 coaching", "Training course", "Mentoring", "Ride-along"), REVIEWS.fields().get(0).options());
        assertTrue("review statuses are no deal stages", REVIEWS.stageDefaults().isEmpty());
        ScreenSpec coaching = REVIEWS.screens().stream().filter(screen -> screen.ref().equals("coaching")).findFirst().orElseThrow();
        assertTrue(coaching.fields().containsAll(List.of("field.kind", "field.rep", "field.deal", "duedate")));
    }

    @Test
    public void anEmptyJiraGetsEverythingCreatedAndJirasOwnToDoAndDoneAreReused() {
        SetupPlan fresh = plan(inventory(Map.of(), Map.of(), Map.of()));
        assertTrue(fresh.conflicts().isEmpty());
        assertEquals(fresh.steps(), fresh.creations());
        // 4 types, 10 statuses, 1 resolution, 14 fields, 7 screens, 4 screen schemes, 4 workflows,
        // and per workflow its project mapping and screen scheme, plus 4 project issue types
        assertEquals(4 + 10 + 1 + 14 + 7 + 4 + 4 + 4 + 4 * 2, fresh.steps().size());

        SetupPlan usual = plan(inventory(Map.of(), Map.of("To Do", "10000", "In Progress", "3", "Done", "10001"),
                Map.of("Done", "10000")));
        assertEquals(Set.of("status.toDo", "status.inProgress", "status.done", "resolution.done"), usual.steps().stream()
                .filter(step -> step.existingId().isPresent()).map(SetupStep::ref).collect(Collectors.toSet()));
    }

    @Test
    public void eachWorkflowTemplateNeedsOnlyWhatThePlanNames() throws IOException {
        TreeSet<String> refs = plan(inventory(Map.of(), Map.of(), Map.of())).steps().stream().map(SetupStep::ref)
                .collect(Collectors.toCollection(TreeSet::new));
        for (WorkflowSpec workflow : REVIEWS.workflows()) {
            TreeSet<String> placeholders = WorkflowTemplate.placeholders(resource(workflow.resource()));
            assertTrue(workflow.name() + " uses " + placeholders, refs.containsAll(placeholders));
        }
        assertEquals(new TreeSet<>(List.of("field.feedback", "field.improvement", "field.managerRating", "field.period",
                        "field.rep", "field.reviewee", "field.selfAssessment", "field.selfRating", "field.strengths",
                        "field.summary", "resolution.done", "screen.feedback", "screen.managerReview",
                        "screen.selfAssessment", "status.feedback", "status.managerReview", "status.scheduled",
                        "status.selfAssessment", "status.signedOff")),
                WorkflowTemplate.placeholders(resource("workflows/review-workflow.xml")));
    }

    @Test
    public void aSalesMeetingTypeAlreadyInJiraIsReusedNotDuplicated() {
        SetupPlan plan = plan(inventory(Map.of("Sales Meeting", new ExistingIssueType("10042", false)), Map.of(),
                Map.of()));
        List<SetupStep> meetingTypes = plan.steps().stream().filter(step -> step.kind() == StepKind.ISSUE_TYPE
                && step.name().equals("Sales Meeting")).toList();
        assertEquals(1, meetingTypes.size());
        assertEquals(StepAction.EXISTS, meetingTypes.get(0).action());
        assertEquals(Optional.of("10042"), meetingTypes.get(0).existingId());
        assertTrue(plan.creations().stream().noneMatch(step -> step.kind() == StepKind.ISSUE_TYPE
                && step.name().equals("Sales Meeting")));
        // its workflow is the 1:1's two steps under a name of its own
        WorkflowSpec workflow = REVIEWS.workflows().stream()
                .filter(spec -> spec.issueType().equals(ReviewsBlueprint.SALES_MEETING_TYPE)).findFirst().orElseThrow();
        assertEquals("Sales Meeting Workflow", workflow.name());
        assertEquals("workflows/meeting-workflow.xml", workflow.resource());
    }
}
