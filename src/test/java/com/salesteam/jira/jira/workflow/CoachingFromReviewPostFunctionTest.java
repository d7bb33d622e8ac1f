package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.opensymphony.workflow.WorkflowContext;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Sign-off creates one linked coaching action per improvement area through Jira's IssueService, without duplicates. */
public class CoachingFromReviewPostFunctionTest {

    private static final Map<String, String> ARGS = Map.of("improvementFieldId", "customfield_1",
            "revieweeFieldId", "customfield_2", "repFieldId", "customfield_3", "linkType", "Relates");

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private IssueService issueService;
    @Mock
    private IssueLinkManager links;
    @Mock
    private IssueLinkTypeManager linkTypes;
    @Mock
    private ConstantsManager constants;
    @Mock
    private UserManager users;
    @Mock
    private MutableIssue review;
    @Mock
    private ApplicationUser boss;
    @Mock
    private ApplicationUser rep;
    @Mock
    private IssueLinkType relates;
    @Mock
    private IssueType coachingType;

    private CustomField areas;
    private CustomField reviewee;
    private CustomField repField;
    private final List<IssueInputParameters> inputs = new ArrayList<>();
    private final List<String> summaries = new ArrayList<>();
    private long nextId = 900;
    private CoachingFromReviewPostFunction function;

    @Before
    public void setUp() {
        areas = field("customfield_1", 10_001L, "Improvement Areas", "textarea");
        reviewee = field("customfield_2", 10_002L, "Reviewee", "userpicker");
        repField = field("customfield_3", 10_003L, "Sales Rep", "userpicker");
        when(review.getId()).thenReturn(500L);
        when(review.getKey()).thenReturn("SALES-500");
        when(review.getProjectId()).thenReturn(10L);
        when(review.getCustomFieldValue(reviewee)).thenReturn(rep);
        when(rep.getName()).thenReturn("li.wei");
        when(users.getUserByKey("boss")).thenReturn(boss);
        when(coachingType.getName()).thenReturn("Coaching Action");
        when(coachingType.getId()).thenReturn("10050");
        IssueType task = mock(IssueType.class);
        when(task.getName()).thenReturn("Task");
        when(constants.getAllIssueTypeObjects()).thenReturn(List.of(task, coachingType));
        when(relates.getId()).thenReturn(10_000L);
        when(linkTypes.getIssueLinkTypesByName("Relates")).thenReturn(List.of(relates));
        when(issueService.newIssueInputParameters()).thenAnswer(call -> {
            IssueInputParameters input = mock(IssueInputParameters.class, RETURNS_SELF);
            when(input.setSummary(any())).thenAnswer(set -> {
                summaries.add(set.getArgument(0));
                return input;
            });
            inputs.add(input);
            return input;
        });
        when(issueService.validateCreate(eq(boss), any())).thenAnswer(call -> valid());
        when(issueService.create(eq(boss), any())).thenAnswer(call -> created(nextId++));
        function = new CoachingFromReviewPostFunction(customFieldManager, issueService, links, linkTypes, constants, users);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private CustomField field(String id, long numericId, String name, String type) {
        CustomField field = mock(CustomField.class);
        CustomFieldType fieldType = mock(CustomFieldType.class);
        when(field.getId()).thenReturn(id);
        when(field.getIdAsLong()).thenReturn(numericId);
        when(field.getName()).thenReturn(name);
        when(field.getCustomFieldType()).thenReturn(fieldType);
        when(fieldType.getKey()).thenReturn("com.atlassian.jira.plugin.system.customfieldtypes:" + type);
        when(customFieldManager.getCustomFieldObject(id)).thenReturn(field);
        return field;
    }

    private static IssueService.CreateValidationResult valid() {
        IssueService.CreateValidationResult result = mock(IssueService.CreateValidationResult.class);
        when(result.isValid()).thenReturn(true);
        return result;
    }

    private static IssueService.IssueResult created(long id) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        IssueService.IssueResult result = mock(IssueService.IssueResult.class);
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(issue);
        return result;
    }

    private void signOff(String improvementAreas) {
        when(review.getCustomFieldValue(areas)).thenReturn(improvementAreas);
        Map<String, Object> transientVars = new HashMap<>();
        transientVars.put("issue", review);
        transientVars.put("context", (WorkflowContext) () -> "boss");
        function.execute(transientVars, ARGS, null);
    }

    @Test
    public void eachImprovementAreaBecomesALinkedCoachingActionForTheReviewee() throws CreateException {
        when(links.getOutwardLinks(500L)).thenReturn(List.of());
        signOff("Discovery questions\n\n  Negotiation <b>  \r\nDiscovery questions\n");

        assertEquals(List.of("Discovery questions", "Negotiation <b>"), summaries);
        for (IssueInputParameters input : inputs) {
            verify(input).setProjectId(10L);
            verify(input).setIssueTypeId("10050");
            verify(input).addCustomFieldValue(10_003L, "li.wei");
        }
        verify(links).createIssueLink(500L, 900L, 10_000L, null, boss);
        verify(links).createIssueLink(500L, 901L, 10_000L, null, boss);
    }

    @Test
    public void oneAreaWrittenTwiceInOtherCaseBecomesOneCoachingAction() throws CreateException {
        when(links.getOutwardLinks(500L)).thenReturn(List.of());

        signOff("Closing\nclosing\nCLOSING ");

        assertEquals(List.of("Closing"), summaries);
    }

    @Test
    public void aSecondSignOffSkipsAreasThatAlreadyHaveALinkedCoachingAction() throws CreateException {
        Issue existing = mock(Issue.class);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Coaching Action");
        when(existing.getIssueType()).thenReturn(type);
        when(existing.getSummary()).thenReturn(" discovery QUESTIONS ");
        IssueLink link = mock(IssueLink.class);
        when(link.getDestinationObject()).thenReturn(existing);
        when(links.getOutwardLinks(500L)).thenReturn(List.of(link));

        signOff("Discovery questions\nPricing");

        assertEquals(List.of("Pricing"), summaries);
        verify(links).createIssueLink(500L, 900L, 10_000L, null, boss);
    }

    @Test
    public void aRefusedCreationOrAMissingLinkTypeCreatesAndLinksNothing() throws CreateException {
        when(links.getOutwardLinks(500L)).thenReturn(List.of());
        IssueService.CreateValidationResult refused = mock(IssueService.CreateValidationResult.class);
        when(refused.isValid()).thenReturn(false);
        when(refused.getErrorCollection()).thenReturn(mock(ErrorCollection.class));
        when(issueService.validateCreate(eq(boss), any())).thenReturn(refused);
        signOff("Pricing");
        verify(issueService, never()).create(any(), any());

        when(linkTypes.getIssueLinkTypesByName("Relates")).thenReturn(List.of());
        signOff("Pricing");
        verify(links, never()).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());
        assertEquals("only the first sign-off got as far as asking", 1, inputs.size());
    }

    @Test
    public void aFailedLinkIsLoggedAndTheOtherAreasStillCome() throws CreateException {
        when(links.getOutwardLinks(500L)).thenReturn(List.of());
        doThrow(new CreateException("no")).when(links).createIssueLink(eq(500L), eq(900L), anyLong(), any(), any());
        signOff("A\nB");
        verify(links).createIssueLink(500L, 901L, 10_000L, null, boss);
    }

    @Test
    public void areasAreCutToASummarysLength() {
        assertEquals(List.of("x".repeat(255)), CoachingFromReviewPostFunction.areas("x".repeat(300), false));
        assertEquals(List.of(), CoachingFromReviewPostFunction.areas(" \n\t\n", false));
        assertEquals(List.of("Closing", "1 objection"), CoachingFromReviewPostFunction.areas("- Closing\n#1 objection", true));
    }

    @Test
    public void aReviewsAreasKeepTheirLeadingMarksAndMatchTheirActionsAfterReopen() throws CreateException {
        Issue existing = mock(Issue.class);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Coaching Action");
        when(existing.getIssueType()).thenReturn(type);
        when(existing.getSummary()).thenReturn("- Closing skills");
        IssueLink link = mock(IssueLink.class);
        when(link.getDestinationObject()).thenReturn(existing);
        when(links.getOutwardLinks(500L)).thenReturn(List.of(link));

        signOff("- Closing skills\n#1 objection");

        assertEquals(List.of("#1 objection"), summaries);
    }

    @Test
    public void onlyAFunctionStoredWithListItemsKeepsThemThroughAnEdit() {
        CoachingFromReviewPostFunctionFactory factory = new CoachingFromReviewPostFunctionFactory(customFieldManager,
                new PropertiesTranslator(Locale.ENGLISH));
        Map<String, Object> reviewForm = Map.of("improvementFieldId", new String[]{"customfield_1"},
                "revieweeFieldId", new String[]{""}, "repFieldId", new String[]{""}, "linkType", new String[]{"Relates"});
        Map<String, Object> meetingForm = new HashMap<>(reviewForm);
        meetingForm.put("listItems", new String[]{"true"});
        FunctionDescriptor meeting = mock(FunctionDescriptor.class);
        when(meeting.getArgs()).thenReturn(Map.of("improvementFieldId", "customfield_1", "listItems", "true"));
        FunctionDescriptor review = mock(FunctionDescriptor.class);
        when(review.getArgs()).thenReturn(Map.of("improvementFieldId", "customfield_1"));
        VelocityHarness velocity = new VelocityHarness();

        assertEquals("false", factory.getDescriptorParams(reviewForm).get("listItems"));
        assertEquals("true", factory.getDescriptorParams(meetingForm).get("listItems"));
        assertTrue(velocity.render(CoachingFromReviewPostFunctionFactory.PARAMS_TEMPLATE,
                factory.getVelocityParams("edit-parameters", meeting)).contains("name=\"listItems\" value=\"true\""));
        assertFalse(velocity.render(CoachingFromReviewPostFunctionFactory.PARAMS_TEMPLATE,
                factory.getVelocityParams("edit-parameters", review)).contains("listItems"));
    }

    @Test
    public void theFormAndSummaryInBothLanguagesEscapeHostileNames() {
        String xss = "<script>alert('x')</script>";
        when(areas.getName()).thenReturn("Areas " + xss);
        when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of(areas, reviewee, repField));
        FunctionDescriptor stored = mock(FunctionDescriptor.class);
        when(stored.getArgs()).thenReturn(Map.of("improvementFieldId", "customfield_1", "linkType", xss));
        VelocityHarness velocity = new VelocityHarness();
        CoachingFromReviewPostFunctionFactory english = new CoachingFromReviewPostFunctionFactory(customFieldManager,
                new PropertiesTranslator(Locale.ENGLISH));
        String form = velocity.render(CoachingFromReviewPostFunctionFactory.PARAMS_TEMPLATE,
                english.getVelocityParams("edit-parameters", stored));
        String summary = velocity.render(CoachingFromReviewPostFunctionFactory.VIEW_TEMPLATE,
                english.getVelocityParams("view", stored));
        String chinese = velocity.render(CoachingFromReviewPostFunctionFactory.VIEW_TEMPLATE,
                new CoachingFromReviewPostFunctionFactory(customFieldManager,
                        new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE)).getVelocityParams("view", stored));
        assertFalse(form.contains(xss) || summary.contains(xss) || chinese.contains(xss));
        assertTrue(form.contains("<option value=\"customfield_1\" selected>Areas &lt;script&gt;"));
        assertFalse("a text area is no user field", form.contains("name=\"repFieldId\" id=\"salesteam-repFieldId\">\n"
                + "            <option value=\"\">Choose a custom field</option>\n            <option value=\"customfield_1\""));
        assertTrue(summary.contains("Creates a coaching action per line of Areas &lt;script&gt;"));
        assertTrue(chinese.contains("的每一行创建一个辅导行动"));
        assertEquals("Relates", english.getDescriptorParams(Map.of("improvementFieldId", new String[]{"customfield_1"},
                "revieweeFieldId", new String[]{""}, "repFieldId", new String[]{""}, "linkType", new String[]{" "}))
                .get("linkType"));
    }
}
