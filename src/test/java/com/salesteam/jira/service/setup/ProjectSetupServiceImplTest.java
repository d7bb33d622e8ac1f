package com.salesteam.jira.service.setup;

import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.model.setup.DealBlueprint;
import com.salesteam.jira.model.setup.GoalBlueprint;
import com.salesteam.jira.model.setup.SetupPlan;
import com.salesteam.jira.model.setup.StatusKind;
import com.salesteam.jira.model.setup.StepAction;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.StageRuleEntity;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.InJvmLock;
import com.salesteam.jira.testing.InMemoryHostConfiguration;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.Mockito;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** Project setup against Jira's configuration kept in maps, with the stage rules on a real database. */
@RunWith(Parameterized.class)
public class ProjectSetupServiceImplTest {

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final InMemoryHostConfiguration jira = new InMemoryHostConfiguration();
    private StageRuleRepository stageRules;
    private ProjectSetupService service;

    public ProjectSetupServiceImplTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, StageRuleEntity.class);
    }

    @Before
    public void setUp() {
        stageRules = new StageRuleRepository(db.ao());
        service = new ProjectSetupServiceImpl(jira, stageRules, new InJvmLock(), new PropertiesTranslator(Locale.ENGLISH),
                currentUser, List.of(DealBlueprint.create(), GoalBlueprint.create()));
        jira.addProject("SALES", "Sales");
        jira.addProject("APAC", "Sales APAC");
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("admin", "Admin", true)));
    }

    @Test
    public void theDryRunListsTheWholeSetupAndChangesNothing() {
        SetupPlan plan = service.preview("deals", "SALES");

        assertEquals(plan.steps().size(), plan.creations().size());
        assertTrue(jira.log().isEmpty());
        assertTrue(stageRules.rules().all().isEmpty());
    }

    @Test
    public void settingUpCreatesEverythingAndASecondRunCreatesNothing() {
        SetupPlan done = service.apply("deals", "SALES");

        assertEquals(done.steps().size(), done.creations().size());
        assertTrue(jira.log().contains("create field Deal Amount"));
        assertTrue(jira.log().contains("create workflow " + DealBlueprint.WORKFLOW));
        assertEquals(Optional.of(StatusKind.DONE), jira.statusKind("Closed Won"));
        assertEquals(List.of("Pipeline", "Best Case", "Commit", "Closed", "Omitted"), jira.options("Forecast Category"));
        assertTrue(service.preview("deals", "SALES").complete());

        List<String> afterFirstRun = jira.log();
        SetupPlan again = service.apply("deals", "SALES");
        assertTrue(again.complete());
        assertEquals(afterFirstRun, jira.log());
    }

    @Test
    public void salesGoalsSetUpBesideDealsThroughTheSameSteps() {
        service.apply("deals", "SALES");
        SetupPlan preview = service.preview("goals", "SALES");
        assertTrue(jira.log().stream().noneMatch(line -> line.contains("Goal")));
        assertTrue(preview.conflicts().isEmpty());

        SetupPlan done = service.apply("goals", "SALES");

        assertEquals(done.steps().size(), done.creations().size());
        assertTrue(jira.log().contains("create issue type Sales Goal"));
        assertTrue(jira.log().contains("create field Goal Owner"));
        assertEquals(GoalBlueprint.METRIC_OPTIONS, jira.options(GoalBlueprint.METRIC_FIELD));
        String xml = jira.workflowXml(GoalBlueprint.WORKFLOW).orElseThrow();
        String committed = jira.inventory(Optional.empty()).status("Committed").orElseThrow();
        assertTrue(xml.contains("<meta name=\"jira.status.id\">" + committed + "</meta>"));
        assertFalse(xml.contains("${"));
        assertEquals("goal statuses get no stage rule", 6, stageRules.rules().all().size());
        assertTrue(service.preview("goals", "SALES").complete());
        assertTrue("deals are still in place", service.preview("deals", "SALES").complete());
        List<String> afterFirstRun = jira.log();
        assertTrue(service.apply("goals", "SALES").complete());
        assertEquals(afterFirstRun, jira.log());
    }

    @Test
    public void aGoalTypeMadeByHandAsASubTaskIsAConflictAndNothingIsWritten() {
        jira.addIssueType("Sales Goal", true);

        assertEquals(1, service.preview("goals", "SALES").conflicts().size());
        assertEquals(ServiceException.Reason.CONFLICT, refused(() -> service.apply("goals", "SALES")).reason());
        assertTrue(jira.log().isEmpty());
    }

    @Test
    public void theWorkflowGetsTheIdsOfWhatSetupCreated() {
        service.apply("deals", "SALES");

        String xml = jira.workflowXml(DealBlueprint.WORKFLOW).orElseThrow();
        String prospecting = jira.inventory(Optional.empty()).status("Prospecting").orElseThrow();
        String amount = jira.inventory(Optional.empty()).fields(DealBlueprint.AMOUNT_FIELD).get(0).id();
        assertTrue(xml.contains("<meta name=\"jira.status.id\">" + prospecting + "</meta>"));
        assertTrue(xml.contains(">" + amount + "</arg>"));
        assertFalse(xml.contains("${"));
        assertEquals(List.of("summary", "assignee", amount), jira.screenFields("Deal Screen").subList(0, 3));
    }

    @Test
    public void stageRulesAreProposedOnlyForStatusesWithoutOne() {
        jira.createStatus("Negotiation", StatusKind.IN_PROGRESS);
        String negotiation = jira.inventory(Optional.empty()).status("Negotiation").orElseThrow();
        stageRules.replaceAll(List.of(new StageRule(negotiation, DealOutcome.OPEN, 90, ForecastCategory.COMMIT)));

        service.apply("deals", "SALES");

        List<StageRule> rules = stageRules.rules().all();
        assertEquals(6, rules.size());
        assertEquals(90, stageRules.rules().ruleFor(negotiation).probability());
        String won = jira.inventory(Optional.empty()).status("Closed Won").orElseThrow();
        assertEquals(new StageRule(won, DealOutcome.WON, 100, ForecastCategory.CLOSED), stageRules.rules().ruleFor(won));
    }

    @Test
    public void aSecondProjectReusesTheGlobalPartsAndOnlyGetsItsOwnSchemes() {
        service.apply("deals", "SALES");
        int before = jira.log().size();

        SetupPlan apac = service.apply("deals", "APAC");

        assertEquals(3, apac.creations().size());
        assertEquals(List.of("add issue type", "map workflow", "map screens"),
                jira.log().subList(before, jira.log().size()).stream()
                        .map(line -> line.substring(0, line.indexOf(" APAC"))).toList());
    }

    @Test
    public void aConflictingSchemeIsReportedAndNothingIsWritten() {
        jira.addIssueType("Deal", false);
        jira.mapWorkflowByHand("SALES", "Deal", "Old Deals");
        List<String> before = jira.log();

        SetupPlan preview = service.preview("deals", "SALES");
        assertEquals(StepAction.CONFLICT, preview.conflicts().get(0).action());
        assertEquals(List.of("SALES hand-made workflow scheme", "Deal", "Old Deals"), preview.conflicts().get(0).conflictArgs());

        ServiceException e = refused(() -> service.apply("deals", "SALES"));
        assertEquals(ServiceException.Reason.CONFLICT, e.reason());
        assertEquals(before, jira.log());
        assertTrue(stageRules.rules().all().isEmpty());
    }

    @Test
    public void aHandMadeLossReasonListKeepsItsOptionsAndGainsTheMissingOnes() {
        jira.addSelectField("Loss Reason", List.of("price", "Went dark"));

        SetupPlan plan = service.apply("deals", "SALES");

        assertTrue(plan.creations().stream().anyMatch(step -> step.ref().equals("options.lossReason")));
        assertEquals(List.of("price", "Went dark", "Competitor", "No decision", "Timing", "Product fit", "Other"),
                jira.options("Loss Reason"));
        assertTrue(service.preview("deals", "SALES").complete());
    }

    @Test
    public void aSameNamedFieldLimitedToOtherIssueTypesIsReportedNotReused() {
        jira.addDateFieldFor("Close Date", "Task");

        SetupPlan plan = service.preview("deals", "SALES");

        assertEquals(List.of("salesteam.setup.conflict.scope"),
                plan.conflicts().stream().map(step -> step.conflictKey().orElseThrow()).toList());
        assertEquals(ServiceException.Reason.CONFLICT, refused(() -> service.apply("deals", "SALES")).reason());
    }

    @Test
    public void dealsOnAnotherWorkflowAreLeftToJirasMigration() {
        jira.addIssueType("Deal", false);
        jira.addIssue("SALES", "Deal");

        SetupPlan plan = service.preview("deals", "SALES");

        assertEquals(List.of("salesteam.setup.conflict.migration"),
                plan.conflicts().stream().map(step -> step.conflictKey().orElseThrow()).toList());
        assertTrue(service.preview("deals", "APAC").conflicts().isEmpty());
    }

    @Test
    public void onlyAdministratorsSetUpAndUnknownNamesAreNotFound() {
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> service.preview("bonus", "SALES")).reason());
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> service.apply("deals", "NOPE")).reason());

        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.apply("deals", "SALES")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.preview("deals", "SALES")).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(service::projects).reason());

        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(service::blueprints).reason());
        assertTrue(jira.log().isEmpty());
    }
}
