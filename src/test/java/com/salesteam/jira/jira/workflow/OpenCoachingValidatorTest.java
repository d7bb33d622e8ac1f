package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Sign-off is refused while linked coaching actions are open; the validator's form and summary in both languages. */
public class OpenCoachingValidatorTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private IssueLinkManager links;
    @Mock
    private Issue review;

    private OpenCoachingValidator validator;

    @Before
    public void setUp() {
        validator = new OpenCoachingValidator(links, new PropertiesTranslator(Locale.ENGLISH));
        when(review.getId()).thenReturn(100L);
    }

    private static Issue issue(long id, String key, String type, String category, String summary) {
        Issue issue = mock(Issue.class);
        IssueType issueType = mock(IssueType.class);
        Status status = mock(Status.class);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getIssueType()).thenReturn(issueType);
        when(issueType.getName()).thenReturn(type);
        when(issue.getStatus()).thenReturn(status);
        when(status.getStatusCategory()).thenReturn(statusCategory);
        when(statusCategory.getKey()).thenReturn(category);
        return issue;
    }

    private static IssueLink linkTo(Issue destination) {
        IssueLink link = mock(IssueLink.class);
        when(link.getDestinationObject()).thenReturn(destination);
        return link;
    }

    private static IssueLink linkFrom(Issue source) {
        IssueLink link = mock(IssueLink.class);
        when(link.getSourceObject()).thenReturn(source);
        return link;
    }

    private void validate(String enabled) throws InvalidInputException {
        validator.validate(Map.of("issue", review), Map.of("enabled", enabled), null);
    }

    @Test
    public void openCoachingActionsLinkedEitherWayAreListedOnceEachAndDoneOnesOrOtherIssuesAreNot() {
        Issue open = issue(1, "SALES-7", "Coaching Action", "indeterminate", "Discovery questions");
        Issue toDo = issue(2, "SALES-3", "Coaching Action", "new", "Ride-along <b>");
        Issue done = issue(3, "SALES-4", "Coaching Action", "done", "Pricing course");
        Issue deal = issue(4, "SALES-5", "Deal", "new", "A deal");
        List<IssueLink> outward = List.of(linkTo(open), linkTo(done), linkTo(deal));
        List<IssueLink> inward = List.of(linkFrom(toDo), linkFrom(open));
        when(links.getOutwardLinks(100L)).thenReturn(outward);
        when(links.getInwardLinks(100L)).thenReturn(inward);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> validate("true"));
        assertEquals("Close the 2 open coaching actions linked to this review first: SALES-3 Ride-along <b>; "
                + "SALES-7 Discovery questions.", refused.getMessage());
    }

    @Test
    public void signOffPassesWhenEveryLinkedActionIsDoneOrTheCheckIsOff() throws InvalidInputException {
        Issue open = issue(1, "SALES-7", "Coaching Action", "indeterminate", "Discovery questions");
        List<IssueLink> outward = List.of(linkTo(issue(3, "SALES-4", "Coaching Action", "done", "x")));
        when(links.getOutwardLinks(100L)).thenReturn(outward);
        when(links.getInwardLinks(100L)).thenReturn(List.of());
        validate("true");

        List<IssueLink> inward = List.of(linkFrom(open));
        when(links.getInwardLinks(100L)).thenReturn(inward);
        validate("false");
        assertThrows("a mistyped setting keeps the check on", InvalidInputException.class, () -> validate("no"));
    }

    @Test
    public void theFormAndSummaryShowTheSettingInBothLanguages() {
        VelocityHarness velocity = new VelocityHarness();
        ValidatorDescriptor off = mock(ValidatorDescriptor.class);
        when(off.getArgs()).thenReturn(Map.of("enabled", "false"));
        OpenCoachingValidatorFactory english = new OpenCoachingValidatorFactory(new PropertiesTranslator(Locale.ENGLISH));
        OpenCoachingValidatorFactory chinese = new OpenCoachingValidatorFactory(
                new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE));

        String form = velocity.render(OpenCoachingValidatorFactory.PARAMS_TEMPLATE,
                english.getVelocityParams("input-parameters", null));
        assertTrue(form.contains("<option value=\"true\" selected>Yes</option>"));
        assertEquals("Switched off: open coaching actions do not block this transition.", velocity.render(
                OpenCoachingValidatorFactory.VIEW_TEMPLATE, chineseOrEnglish(english, off)).strip());
        assertEquals("已关闭：未完成的辅导行动不会阻止此转换。", velocity.render(
                OpenCoachingValidatorFactory.VIEW_TEMPLATE, chineseOrEnglish(chinese, off)).strip());
        assertEquals(Map.of("enabled", "true"), english.getDescriptorParams(Map.of("enabled", new String[]{"<x>"})));
        assertEquals(Map.of("enabled", "false"), english.getDescriptorParams(Map.of("enabled", new String[]{"false"})));
    }

    private static Map<String, Object> chineseOrEnglish(OpenCoachingValidatorFactory factory, ValidatorDescriptor d) {
        return factory.getVelocityParams("view", d);
    }
}
