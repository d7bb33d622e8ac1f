package com.salesteam.jira.model.setup;

import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;

import java.util.List;

/**
 * What a sales project needs for deals. The issue type and field names are how the deal listener recognises a
 * deal and reads it, so they are constants here and nowhere else.
 */
public final class DealBlueprint {

    public static final String KEY = "deals";
    public static final String ISSUE_TYPE = "Deal";
    public static final String AMOUNT_FIELD = "Deal Amount";
    public static final String PROBABILITY_FIELD = "Win Probability";
    public static final String CATEGORY_FIELD = "Forecast Category";
    public static final String EXPECTED_CLOSE_FIELD = "Expected Close Date";
    public static final String LOSS_REASON_FIELD = "Loss Reason";
    public static final String CLOSE_DATE_FIELD = "Close Date";
    public static final String WORKFLOW = "Sales Deal Workflow";

    private DealBlueprint() {
    }

    public static SetupBlueprint create() {
        return new SetupBlueprint(KEY,
                List.of(new IssueTypeSpec(ISSUE_TYPE, "salesteam.setup.deals.issuetype.description")),
                List.of(new StatusSpec("prospecting", "Prospecting", StatusKind.TO_DO),
                        new StatusSpec("qualification", "Qualification", StatusKind.IN_PROGRESS),
                        new StatusSpec("proposal", "Proposal", StatusKind.IN_PROGRESS),
                        new StatusSpec("negotiation", "Negotiation", StatusKind.IN_PROGRESS),
                        new StatusSpec("closedWon", "Closed Won", StatusKind.DONE),
                        new StatusSpec("closedLost", "Closed Lost", StatusKind.DONE)),
                List.of(new ResolutionSpec("won", "Won", "salesteam.setup.deals.resolution.won"),
                        new ResolutionSpec("lost", "Lost", "salesteam.setup.deals.resolution.lost")),
                List.of(new FieldSpec("amount", AMOUNT_FIELD, FieldKind.MONEY, "salesteam.setup.deals.field.amount", List.of()),
                        new FieldSpec("expectedClose", EXPECTED_CLOSE_FIELD, FieldKind.DATE,
                                "salesteam.setup.deals.field.expectedClose", List.of()),
                        new FieldSpec("category", CATEGORY_FIELD, FieldKind.SELECT, "salesteam.setup.deals.field.category",
                                List.of("Pipeline", "Best Case", "Commit", "Closed", "Omitted")),
                        new FieldSpec("probability", PROBABILITY_FIELD, FieldKind.NUMBER,
                                "salesteam.setup.deals.field.probability", List.of()),
                        new FieldSpec("lossReason", LOSS_REASON_FIELD, FieldKind.SELECT,
                                "salesteam.setup.deals.field.lossReason",
                                List.of("Price", "Competitor", "No decision", "Timing", "Product fit", "Other")),
                        new FieldSpec("closeDate", CLOSE_DATE_FIELD, FieldKind.DATE, "salesteam.setup.deals.field.closeDate",
                                List.of())),
                List.of(new ScreenSpec("deal", "Deal Screen", List.of("summary", "assignee", "field.amount",
                                "field.expectedClose", "field.category", "field.probability", "description")),
                        new ScreenSpec("closeWon", "Deal Close Won Screen", List.of("field.amount", "field.closeDate")),
                        new ScreenSpec("closeLost", "Deal Close Lost Screen", List.of("field.lossReason", "field.closeDate"))),
                List.of(new ScreenSchemeSpec("deal", "Deal Screen Scheme", "deal")),
                List.of(new WorkflowSpec(WORKFLOW, "workflows/deal-workflow.xml", ISSUE_TYPE, "deal")),
                List.of(new StageDefaultSpec("prospecting", DealOutcome.OPEN, 10, ForecastCategory.PIPELINE),
                        new StageDefaultSpec("qualification", DealOutcome.OPEN, 25, ForecastCategory.PIPELINE),
                        new StageDefaultSpec("proposal", DealOutcome.OPEN, 50, ForecastCategory.BEST_CASE),
                        new StageDefaultSpec("negotiation", DealOutcome.OPEN, 75, ForecastCategory.COMMIT),
                        new StageDefaultSpec("closedWon", DealOutcome.WON, 100, ForecastCategory.CLOSED),
                        new StageDefaultSpec("closedLost", DealOutcome.LOST, 0, ForecastCategory.OMITTED)));
    }
}
