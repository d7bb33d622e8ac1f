package com.salesteam.jira.model.setup;

import java.util.List;

/**
 * What a sales project needs for SMART sales goals. The issue type and field names are how the SMART validator
 * and the Quota Attainment field recognise a goal and read it, so they are constants here and nowhere else.
 *
 * <p>The target is a plain number: one field serves the count metric and the money metrics (in the app's default
 * currency), and Jira's number searcher indexes it, which the app's money type cannot. The period is a line of
 * text holding a fiscal period key: a select list would need new options every year. Goal statuses get no stage
 * rules, they are not deal stages.
 */
public final class GoalBlueprint {

    public static final String KEY = "goals";
    public static final String ISSUE_TYPE = "Sales Goal";
    public static final String METRIC_FIELD = "Goal Metric";
    public static final String TARGET_FIELD = "Goal Target";
    public static final String PERIOD_FIELD = "Goal Period";
    public static final String OWNER_FIELD = "Goal Owner";
    public static final String WORKFLOW = "Sales Goal Workflow";
    /** The quota metrics, as people read them; {@code QuotaMetric} keys are these, lower case and hyphenated. */
    public static final List<String> METRIC_OPTIONS = List.of("Revenue won", "Deals won", "New pipeline");

    private GoalBlueprint() {
    }

    public static SetupBlueprint create() {
        return new SetupBlueprint(KEY,
                List.of(new IssueTypeSpec(ISSUE_TYPE, "salesteam.setup.goals.issuetype.description")),
                List.of(new StatusSpec("draft", "Draft", StatusKind.TO_DO),
                        new StatusSpec("committed", "Committed", StatusKind.IN_PROGRESS),
                        new StatusSpec("achieved", "Achieved", StatusKind.DONE),
                        new StatusSpec("missed", "Missed", StatusKind.DONE)),
                List.of(new ResolutionSpec("achieved", "Achieved", "salesteam.setup.goals.resolution.achieved"),
                        new ResolutionSpec("missed", "Missed", "salesteam.setup.goals.resolution.missed")),
                List.of(new FieldSpec("metric", METRIC_FIELD, FieldKind.SELECT, "salesteam.setup.goals.field.metric",
                                METRIC_OPTIONS),
                        new FieldSpec("target", TARGET_FIELD, FieldKind.NUMBER, "salesteam.setup.goals.field.target",
                                List.of()),
                        new FieldSpec("period", PERIOD_FIELD, FieldKind.TEXT, "salesteam.setup.goals.field.period",
                                List.of()),
                        new FieldSpec("owner", OWNER_FIELD, FieldKind.USER, "salesteam.setup.goals.field.owner",
                                List.of())),
                List.of(new ScreenSpec("goal", "Sales Goal Screen", List.of("summary", "assignee", "field.owner",
                        "field.metric", "field.target", "field.period", "duedate", "description"))),
                List.of(new ScreenSchemeSpec("goal", "Sales Goal Screen Scheme", "goal")),
                List.of(new WorkflowSpec(WORKFLOW, "workflows/goal-workflow.xml", ISSUE_TYPE, "goal")),
                List.of());
    }
}
