package com.salesteam.jira.web;

import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.cadence.OnboardingService;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;

import java.net.URI;
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
 * The Onboarding admin page as served: administrators only, Jira's XSRF token before anything is saved, the
 * template rendered by real Velocity with markup escaped, a refused save shown as typed with each reason.
 */
public class OnboardingAdminServletTest extends FormPageTestBase {

    private static final String XSS = "<script>alert(1)</script>";

    @Mock
    private CurrentUser currentUser;
    @Mock
    private OnboardingService onboarding;

    private OnboardingAdminServlet servlet(Locale locale) {
        PropertiesTranslator translator = new PropertiesTranslator(locale);
        return new OnboardingAdminServlet(currentUser, new OnboardingAdminPage(onboarding, translator), onboarding,
                translator, renderer, loginUriProvider, pageBuilderService, xsrfValidator, xsrfAccessor);
    }

    @Override
    protected String path() {
        return OnboardingAdminServlet.PATH;
    }

    @Before
    public void setUp() throws Exception {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("admin", "Admin", true)));
        when(onboarding.template()).thenReturn(new OnboardingTemplate("SALES" + XSS, List.of(
                new OnboardingTask("Training " + XSS, "Ride-along", 7))));
        when(request.getParameter("projectKey")).thenReturn(" SALES ");
        when(request.getParameterValues("title")).thenReturn(new String[]{"Product training", "", "Ride along"});
        when(request.getParameterValues("kind")).thenReturn(new String[]{"Training course", "Mentoring", "Ride-along"});
        when(request.getParameterValues("days")).thenReturn(new String[]{"3", "", "ten"});
    }

    @Test
    public void theTemplateIsShownEscapedWithTheTokenBlankLinesAndTheKindsInEnglish() throws Exception {
        servlet(Locale.ENGLISH).doGet(request, response);

        String html = written.toString();
        assertFalse(html, html.contains("<script>"));
        assertTrue(html.contains("value=\"Training &lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html.contains("name=\"projectKey\" value=\"SALES&lt;script&gt;"));
        assertTrue(html.contains("<input type=\"hidden\" name=\"atl_token\" value=\"token-1\">"));
        assertTrue(html.contains("<option value=\"Ride-along\" selected>Ride-along</option>"));
        assertEquals("one task and three blank lines", 4, html.split("class=\"salesteam-onboarding-task\"").length - 1);
        assertFalse(html.contains("salesteam-onboarding-empty"));
        verify(pageBuilderService.assembler().resources()).requireContext("salesteam.admin");
    }

    @Test
    public void anEmptyTemplateSaysWhatToDoInChinese() throws Exception {
        when(onboarding.template()).thenReturn(OnboardingTemplate.empty());

        servlet(Locale.SIMPLIFIED_CHINESE).doGet(request, response);

        String html = written.toString();
        assertTrue(html.contains("尚无入职任务"));
        assertTrue(html.contains(">培训课程</option>"));
        assertTrue(html.contains("id=\"salesteam-onboarding-empty\""));
    }

    @Test
    public void aPostWithoutAValidXsrfTokenChangesNothing() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(false);

        servlet(Locale.ENGLISH).doPost(request, response);

        verify(response).sendError(eq(403), eq("The form has expired. Reload the page and try again."));
        verify(onboarding, never()).saveTemplate(anyString(), anyList());
    }

    @Test
    public void aValidPostSavesTheNonBlankLinesAndAWordForDaysIsPassedOnAsNoNumber() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);

        servlet(Locale.ENGLISH).doPost(request, response);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<OnboardingService.TaskInput>> tasks = ArgumentCaptor.forClass(List.class);
        verify(onboarding).saveTemplate(eq(" SALES "), tasks.capture());
        assertEquals(List.of(new OnboardingService.TaskInput("Product training", "Training course", 3),
                new OnboardingService.TaskInput("Ride along", "Ride-along", null)), tasks.getValue());
        verify(response).sendRedirect("/jira" + OnboardingAdminServlet.PATH + "?saved=1");
    }

    @Test
    public void aRefusedSaveShowsTheFormAsTypedWithEachReasonEscaped() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(request.getParameterValues("title")).thenReturn(new String[]{XSS, "Ride along"});
        when(request.getParameterValues("days")).thenReturn(new String[]{"3", "ten"});
        when(onboarding.saveTemplate(anyString(), anyList())).thenThrow(ServiceException.invalid(List.of(
                FieldError.of("tasks[1].dueAfterDays", "salesteam.onboarding.error.days", 365),
                FieldError.of("projectKey", "salesteam.onboarding.error.project.required"))));

        servlet(Locale.ENGLISH).doPost(request, response);

        verify(response).setStatus(400);
        String html = written.toString();
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html.contains("<div class=\"error\" data-field=\"days\">Enter a whole number of days from 0 to 365.</div>"));
        assertTrue(html.contains("<div class=\"error\" data-field=\"projectKey\">Enter the key of the project"));
        assertTrue(html.contains("value=\"ten\""));
        assertTrue(html.contains("Nothing was saved"));
    }

    @Test
    public void nonAdministratorsAreRefusedAndAnonymousVisitorsSentToLogIn() throws Exception {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        servlet(Locale.ENGLISH).doGet(request, response);
        servlet(Locale.ENGLISH).doPost(request, response);
        verify(response, org.mockito.Mockito.times(2)).sendError(eq(403), anyString());
        verify(onboarding, never()).saveTemplate(anyString(), anyList());

        when(currentUser.caller()).thenReturn(Optional.empty());
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("/jira/login"));
        servlet(Locale.ENGLISH).doGet(request, response);
        verify(response).sendRedirect("/jira/login");
        assertEquals("", written.toString());
    }
}
