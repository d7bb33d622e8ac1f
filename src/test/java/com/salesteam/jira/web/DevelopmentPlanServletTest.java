package com.salesteam.jira.web;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.cadence.DevelopmentPlan;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.cadence.DevelopmentPlanService;
import com.salesteam.jira.service.cadence.OnboardingService;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The Development plan page as served: the plan and the onboarding tasks rendered by real Velocity from what the
 * services return, every value escaped, both languages; the form behind Jira's XSRF token; refusals as 403.
 */
public class DevelopmentPlanServletTest extends FormPageTestBase {

    private static final String XSS = "<script>alert(1)</script>";
    private static final LocalDate JOINED = LocalDate.of(2026, 11, 2);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private DevelopmentPlanService plans;
    @Mock
    private OnboardingService onboarding;
    @Mock
    private TeamService teams;
    @Mock
    private UserDirectory users;

    private DevelopmentPlanServlet servlet(Locale locale) {
        PropertiesTranslator translator = new PropertiesTranslator(locale);
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
        return new DevelopmentPlanServlet(currentUser, new DevelopmentPlanPage(plans, onboarding, teams, users,
                translator, clock), plans, translator, renderer, loginUriProvider, pageBuilderService, xsrfValidator,
                xsrfAccessor);
    }

    private static OnboardingStep step(int position, String title, int dueAfter, boolean done, String issueKey) {
        return new OnboardingStep("ann", position, title, "Ride-along", JOINED.plusDays(dueAfter), "SALES",
                issueKey == null ? OnboardingStep.State.PENDING : OnboardingStep.State.CREATED,
                Optional.ofNullable(issueKey), done);
    }

    @Override
    protected String path() {
        return DevelopmentPlanServlet.PATH;
    }

    @Before
    public void setUp() throws Exception {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        when(request.getParameter("rep")).thenReturn("ann");
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(new Person(call.getArgument(0),
                call.getArgument(0), call.getArgument(0).equals("ann") ? "Ann " + XSS : "Name of " + call.getArgument(0))));
        when(teams.list()).thenReturn(List.of(new Team(1, "District", "", Optional.empty(), Optional.of("boss"),
                List.of("ann", "bob")), new Team(2, "Other", "", Optional.empty(), Optional.of("carl"), List.of("dan"))));
        when(plans.get("ann")).thenReturn(new DevelopmentPlan("ann", List.of(new DevelopmentPlan.Goal("Close " + XSS,
                true), new DevelopmentPlan.Goal("Demo alone", false)), List.of("Negotiation", XSS), "Lead " + XSS));
        when(onboarding.plan("ann")).thenReturn(Optional.of(new OnboardingPlan("ann", JOINED, List.of(
                step(0, "Training " + XSS, 3, true, "SALES-1"), step(1, "Ride along", 10, false, "SALES-2"),
                step(2, "Mentor", 30, false, null)))));
    }

    @Test
    public void theManagerSeesThePlanAndTheOnboardingTasksEscapedWithTheirStates() throws Exception {
        servlet(Locale.ENGLISH).doGet(request, response);

        String html = written.toString();
        assertFalse(html, html.contains("<script>"));
        assertTrue(html.contains("Development plan of Ann &lt;script&gt;"));
        assertTrue(html.contains("1 of 3 onboarding tasks done (joined on 2026-11-02)."));
        assertTrue(html.contains("<td>Training &lt;script&gt;alert(1)&lt;/script&gt;</td>"));
        assertTrue(html.contains("<td>SALES-2</td>"));
        assertTrue(html.contains("<td>Being created</td>"));
        assertTrue("due 12 November, today the 20th", html.contains("<td>Overdue</td>"));
        assertTrue(html.contains("<td>Done</td>") && html.contains("<td>Open</td>"));
        assertTrue(html.contains("value=\"Close &lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html.contains("name=\"done\" value=\"0\" checked"));
        assertTrue(html.contains("name=\"done\" value=\"1\" >"));
        assertTrue(html.contains(">Negotiation\n&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"));
        assertTrue(html.contains("1 of 2 goals reached."));
        assertTrue("the manager's reps, not another team's", html.contains("<option value=\"bob\" >Name of bob</option>")
                && !html.contains("value=\"dan\""));
        assertTrue(html.contains("<input type=\"hidden\" name=\"atl_token\" value=\"token-1\">"));
        verify(pageBuilderService.assembler().resources()).requireContext("salesteam-development-plan");
    }

    @Test
    public void aRepWithoutPlansSeesWhatToDoInChinese() throws Exception {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("ann", "Ann", false)));
        when(request.getParameter("rep")).thenReturn(null);
        when(plans.get("ann")).thenReturn(DevelopmentPlan.empty("ann"));
        when(onboarding.plan("ann")).thenReturn(Optional.empty());

        servlet(Locale.SIMPLIFIED_CHINESE).doGet(request, response);

        String html = written.toString();
        assertTrue(html.contains("没有入职计划"));
        assertTrue(html.contains("尚无目标"));
        assertFalse("only oneself: no picker", html.contains("salesteam-devplan-person"));
    }

    @Test
    public void someoneNotAllowedIsRefusedAndAnonymousVisitorsSentToLogIn() throws Exception {
        when(plans.get("ann")).thenThrow(ServiceException.forbidden("salesteam.devplan.error.forbidden"));
        servlet(Locale.ENGLISH).doGet(request, response);
        verify(response).sendError(eq(403), anyString());
        assertEquals("", written.toString());

        when(currentUser.caller()).thenReturn(Optional.empty());
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("/jira/login"));
        servlet(Locale.ENGLISH).doGet(request, response);
        verify(response).sendRedirect("/jira/login");
    }

    @Test
    public void aPostWithoutAValidXsrfTokenChangesNothing() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(false);

        servlet(Locale.ENGLISH).doPost(request, response);

        verify(response).sendError(eq(403), eq("The form has expired. Reload the page and try again."));
        verify(plans, never()).save(anyString(), anyList(), anyList(), anyString());
    }

    @Test
    public void aValidPostSavesTheGoalsWithTheirTicksTheSkillLinesAndTheRole() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(request.getParameterValues("goal")).thenReturn(new String[]{"Close 100k", "", "Demo alone"});
        when(request.getParameterValues("done")).thenReturn(new String[]{"2"});
        when(request.getParameter("skills")).thenReturn("Negotiation\n\n Forecasting \n");
        when(request.getParameter("targetRole")).thenReturn("Account executive");

        servlet(Locale.ENGLISH).doPost(request, response);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<DevelopmentPlan.Goal>> goals = ArgumentCaptor.forClass(List.class);
        verify(plans).save(eq("ann"), goals.capture(), eq(List.of("Negotiation", "Forecasting")),
                eq("Account executive"));
        assertEquals(List.of(new DevelopmentPlan.Goal("Close 100k", false), new DevelopmentPlan.Goal("Demo alone", true)),
                goals.getValue());
        verify(response).sendRedirect("/jira" + DevelopmentPlanServlet.PATH + "?rep=ann&saved=1");
    }

    @Test
    public void aRefusedSaveShowsTheFormAsTypedWithTheReasonAndARefusedPersonGets403() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(request.getParameterValues("goal")).thenReturn(new String[]{"x".repeat(300)});
        when(request.getParameter("targetRole")).thenReturn(XSS);
        when(plans.save(anyString(), anyList(), anyList(), anyString())).thenThrow(ServiceException.invalid(
                FieldError.of("goals", "salesteam.devplan.error.goals", 20, 255)));

        servlet(Locale.ENGLISH).doPost(request, response);

        verify(response).setStatus(400);
        String html = written.toString();
        assertTrue(html.contains("<div class=\"error\" data-field=\"goals\">Enter at most 20 goals"));
        assertTrue(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertFalse(html.contains("<script>"));

        org.mockito.Mockito.doThrow(ServiceException.forbidden("salesteam.devplan.error.forbidden")).when(plans)
                .save(anyString(), anyList(), anyList(), anyString());
        servlet(Locale.ENGLISH).doPost(request, response);
        verify(response).sendError(403);
    }
}
