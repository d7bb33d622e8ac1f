package com.salesteam.jira.model.setup;

import java.util.List;

/**
 * What a sales project needs for coaching and performance reviews: the Coaching Action, 1:1 Meeting,
 * Performance Review and (for the team meeting cadence) Sales Meeting issue types, their fields, screens and the three workflows shipped in the jar. The names are
 * how the reviews' workflow modules, the coaching listener and the panels find them, so they are constants here.
 *
 * <p>The linked deal of a coaching action is a line of text holding the deal's issue key: setup can create such
 * a field in any Jira, and the coaching store resolves it once per change of the action, not per view. Ratings are
 * select lists of five levels; improvement areas are a text area, one area per line, each becoming a coaching
 * action at sign-off.
 */
public final class ReviewsBlueprint {

    public static final String KEY = "reviews";
    public static final String COACHING_TYPE = "Coaching Action";
    public static final String MEETING_TYPE = "1:1 Meeting";
    public static final String REVIEW_TYPE = "Performance Review";
    /** A team's meeting, created on its cadence with a generated agenda; held like a 1:1 (Scheduled, Held). */
    public static final String SALES_MEETING_TYPE = "Sales Meeting";

    public static final String KIND_FIELD = "Coaching Kind";
    public static final String REP_FIELD = "Sales Rep";
    public static final String DEAL_FIELD = "Coaching Deal";
    public static final String REVIEWEE_FIELD = "Reviewee";
    public static final String PERIOD_FIELD = "Review Period";
    public static final String SELF_RATING_FIELD = "Self Rating";
    public static final String SELF_ASSESSMENT_FIELD = "Self Assessment";
    public static final String MANAGER_RATING_FIELD = "Manager Rating";
    public static final String STRENGTHS_FIELD = "Strengths";
    public static final String IMPROVEMENT_FIELD = "Improvement Areas";
    public static final String SUMMARY_FIELD = "Manager Summary";
    public static final String FEEDBACK_FIELD = "Feedback Notes";
    public static final String MEETING_NOTES_FIELD = "Meeting Notes";
    public static final String ACTION_ITEMS_FIELD = "Action Items";

    public static final String VERIFIED_STATUS = "Verified";

    public static final String REVIEW_WORKFLOW = "Performance Review Workflow";
    public static final String COACHING_WORKFLOW = "Coaching Action Workflow";
    public static final String MEETING_WORKFLOW = "1:1 Meeting Workflow";
    public static final String SALES_MEETING_WORKFLOW = "Sales Meeting Workflow";

    /** The kinds of coaching, as Jira stores the options (option texts are not translated by Jira). */
    public static final List<String> KIND_OPTIONS = List.of("1:1 coaching", "Training course", "Mentoring",
            "Ride-along");
    /** The rating scale of both the self-assessment and the manager's review. */
    public static final List<String> RATING_OPTIONS = List.of("1 - Unsatisfactory", "2 - Needs improvement",
            "3 - Meets expectations", "4 - Exceeds expectations", "5 - Outstanding");

    private ReviewsBlueprint() {
    }

    public static SetupBlueprint create() {
        return new SetupBlueprint(KEY,
                List.of(new IssueTypeSpec(COACHING_TYPE, "salesteam.setup.reviews.issuetype.coaching"),
                        new IssueTypeSpec(MEETING_TYPE, "salesteam.setup.reviews.issuetype.meeting"),
                        new IssueTypeSpec(REVIEW_TYPE, "salesteam.setup.reviews.issuetype.review"),
                        new IssueTypeSpec(SALES_MEETING_TYPE, "salesteam.setup.reviews.issuetype.salesmeeting")),
                List.of(new StatusSpec("scheduled", "Scheduled", StatusKind.TO_DO),
                        new StatusSpec("selfAssessment", "Self Assessment", StatusKind.IN_PROGRESS),
                        new StatusSpec("managerReview", "Manager Review", StatusKind.IN_PROGRESS),
                        new StatusSpec("feedback", "1:1 Feedback", StatusKind.IN_PROGRESS),
                        new StatusSpec("signedOff", "Signed Off", StatusKind.DONE),
                        new StatusSpec("toDo", "To Do", StatusKind.TO_DO),
                        new StatusSpec("inProgress", "In Progress", StatusKind.IN_PROGRESS),
                        new StatusSpec("done", "Done", StatusKind.DONE),
                        new StatusSpec("verified", VERIFIED_STATUS, StatusKind.DONE),
                        new StatusSpec("held", "Held", StatusKind.DONE)),
                List.of(new ResolutionSpec("done", "Done", "salesteam.setup.reviews.resolution.done")),
                List.of(new FieldSpec("kind", KIND_FIELD, FieldKind.SELECT, "salesteam.setup.reviews.field.kind",
                                KIND_OPTIONS),
                        new FieldSpec("rep", REP_FIELD, FieldKind.USER, "salesteam.setup.reviews.field.rep", List.of()),
                        new FieldSpec("deal", DEAL_FIELD, FieldKind.TEXT, "salesteam.setup.reviews.field.deal", List.of()),
                        new FieldSpec("reviewee", REVIEWEE_FIELD, FieldKind.USER,
                                "salesteam.setup.reviews.field.reviewee", List.of()),
                        new FieldSpec("period", PERIOD_FIELD, FieldKind.TEXT, "salesteam.setup.reviews.field.period",
                                List.of()),
                        new FieldSpec("selfRating", SELF_RATING_FIELD, FieldKind.SELECT,
                                "salesteam.setup.reviews.field.selfRating", RATING_OPTIONS),
                        new FieldSpec("selfAssessment", SELF_ASSESSMENT_FIELD, FieldKind.TEXT_AREA,
                                "salesteam.setup.reviews.field.selfAssessment", List.of()),
                        new FieldSpec("managerRating", MANAGER_RATING_FIELD, FieldKind.SELECT,
                                "salesteam.setup.reviews.field.managerRating", RATING_OPTIONS),
                        new FieldSpec("strengths", STRENGTHS_FIELD, FieldKind.TEXT_AREA,
                                "salesteam.setup.reviews.field.strengths", List.of()),
                        new FieldSpec("improvement", IMPROVEMENT_FIELD, FieldKind.TEXT_AREA,
                                "salesteam.setup.reviews.field.improvement", List.of()),
                        new FieldSpec("summary", SUMMARY_FIELD, FieldKind.TEXT_AREA,
                                "salesteam.setup.reviews.field.summary", List.of()),
                        new FieldSpec("feedback", FEEDBACK_FIELD, FieldKind.TEXT_AREA,
                                "salesteam.setup.reviews.field.feedback", List.of()),
                        new FieldSpec("meetingNotes", MEETING_NOTES_FIELD, FieldKind.TEXT_AREA,
                                "salesteam.setup.reviews.field.meetingNotes", List.of()),
                        new FieldSpec("actionItems", ACTION_ITEMS_FIELD, FieldKind.TEXT_AREA,
                                "salesteam.setup.reviews.field.actionItems", List.of())),
                List.of(new ScreenSpec("coaching", "Coaching Action Screen", List.of("summary", "assignee",
                                "field.rep", "field.kind", "field.deal", "duedate", "description")),
                        new ScreenSpec("meeting", "1:1 Meeting Screen", List.of("summary", "assignee", "field.rep",
                                "duedate", "field.meetingNotes", "field.actionItems", "description")),
                        new ScreenSpec("review", "Performance Review Screen", List.of("summary", "assignee",
                                "field.reviewee", "field.period", "duedate", "description")),
                        new ScreenSpec("selfAssessment", "Review Self Assessment Screen",
                                List.of("field.selfRating", "field.selfAssessment")),
                        new ScreenSpec("managerReview", "Review Manager Screen", List.of("field.managerRating",
                                "field.strengths", "field.improvement", "field.summary")),
                        new ScreenSpec("feedback", "Review Feedback Screen", List.of("field.feedback")),
                        new ScreenSpec("salesMeeting", "Sales Meeting Screen", List.of("summary", "assignee",
                                "duedate", "description"))),
                List.of(new ScreenSchemeSpec("coaching", "Coaching Action Screen Scheme", "coaching"),
                        new ScreenSchemeSpec("meeting", "1:1 Meeting Screen Scheme", "meeting"),
                        new ScreenSchemeSpec("review", "Performance Review Screen Scheme", "review"),
                        new ScreenSchemeSpec("salesMeeting", "Sales Meeting Screen Scheme", "salesMeeting")),
                List.of(new WorkflowSpec(REVIEW_WORKFLOW, "workflows/review-workflow.xml", REVIEW_TYPE, "review"),
                        new WorkflowSpec(COACHING_WORKFLOW, "workflows/coaching-workflow.xml", COACHING_TYPE,
                                "coaching"),
                        new WorkflowSpec(MEETING_WORKFLOW, "workflows/meeting-workflow.xml", MEETING_TYPE, "meeting"),
                        // the same two steps as a 1:1, as a workflow of its own so either can change alone
                        new WorkflowSpec(SALES_MEETING_WORKFLOW, "workflows/meeting-workflow.xml", SALES_MEETING_TYPE,
                                "salesMeeting")),
                List.of());
    }
}
