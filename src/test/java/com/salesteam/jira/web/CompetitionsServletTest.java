package com.salesteam.jira.web;

import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.model.competition.CompetitionDraft;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.competition.CompetitionService;
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
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The competitions page's form posts: Jira's XSRF token first, then the service's rules, then back to the page. */
public class CompetitionsServletTest extends FormPageTestBase {

    @Mock
    private CurrentUser currentUser;
    @Mock
    private CompetitionService competitions;
    @Mock
    private TeamService teams;

    private CompetitionsServlet servlet;

    @Override
    protected String path() {
        return CompetitionsServlet.PATH;
    }

    @Before
    public void setUp() throws Exception {
        PropertiesTranslator translator = new PropertiesTranslator(Locale.ENGLISH);
        servlet = new CompetitionsServlet(currentUser, new CompetitionsPage(competitions, teams, translator, MemoryScorecardCache.empty()),
                competitions, translator, renderer, loginUriProvider, pageBuilderService, xsrfValidator, xsrfAccessor);
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("boss", "Boss", false)));
        when(competitions.list("")).thenReturn(List.of());
        when(teams.list()).thenReturn(List.of());
        when(request.getParameter("name")).thenReturn("May sprint");
        when(request.getParameter("metric")).thenReturn("deals-won");
        when(request.getParameter("start")).thenReturn("2026-05-01");
        when(request.getParameter("end")).thenReturn("2026-05-31");
        when(request.getParameterValues("teams")).thenReturn(new String[]{"4", "x"});
        when(request.getParameter("people")).thenReturn("ann\n\n bob \n");
        when(request.getParameter("prizes")).thenReturn("Trip\nDinner\n");
    }

    @Test
    public void aPostWithoutAValidXsrfTokenChangesNothing() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(false);

        servlet.doPost(request, response);

        verify(response).sendError(eq(403), eq("The form has expired. Reload the page and try again."));
        verify(competitions, never()).create(any());
        verify(competitions, never()).delete(anyLong());
    }

    @Test
    public void aValidPostCreatesTheCompetitionFromTheFormAndGoesBackToThePage() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);

        servlet.doPost(request, response);

        ArgumentCaptor<CompetitionDraft> draft = ArgumentCaptor.forClass(CompetitionDraft.class);
        verify(competitions).create(draft.capture());
        assertEquals("May sprint", draft.getValue().name());
        assertEquals("a team that is not a number is one that does not exist", List.of(4L, -1L), draft.getValue().teamIds());
        assertEquals(List.of("ann", "bob"), draft.getValue().people());
        assertEquals(List.of("Trip", "Dinner"), draft.getValue().prizes());
        verify(response).sendRedirect("/jira" + CompetitionsServlet.PATH + "?saved=1");
    }

    @Test
    public void aRefusedSaveShowsTheFormAgainWithTheReasonsAndAnUpdateOrDeleteGoesToItsCompetition() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(request.getParameter("id")).thenReturn("9");
        when(teams.list()).thenReturn(List.of(new com.salesteam.jira.model.Team(4, "District", "", Optional.empty(),
                Optional.of("boss"), List.of("ann"))));
        when(competitions.update(eq(9L), any())).thenThrow(ServiceException.invalid(List.of(
                FieldError.of("people[1]", "salesteam.error.competition.person.unknown", "<b>bob</b>"),
                FieldError.of("participants", "salesteam.error.competition.participants"))));

        servlet.doPost(request, response);

        verify(response).setStatus(400);
        String html = written.toString();
        assertTrue(html, html.contains("<div class=\"error\" data-field=\"people\">There is no user &quot;&lt;b&gt;bob&lt;/b&gt;&quot;.</div>")
                || html.contains("<div class=\"error\" data-field=\"people\">There is no user \"&lt;b&gt;bob&lt;/b&gt;\".</div>"));
        assertTrue(html.contains("Please correct the fields marked below."));
        assertFalse(html.contains("<b>bob"));

        when(request.getParameter("action")).thenReturn("delete");
        servlet.doPost(request, response);
        verify(competitions).delete(9L);
        verify(response).sendRedirect("/jira" + CompetitionsServlet.PATH + "?deleted=1");
    }

    @Test
    public void refusalsBecomeTheirStatusAndAnonymousVisitorsAreSentToLogIn() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        when(competitions.create(any())).thenThrow(ServiceException.forbidden("salesteam.error.competition.forbidden"));
        servlet.doPost(request, response);
        verify(response).sendError(eq(403), anyString());

        when(currentUser.caller()).thenReturn(Optional.empty());
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("/jira/login"));
        servlet.doGet(request, response);
        verify(response).sendRedirect("/jira/login");
    }

    @Test
    public void thePageCarriesTheTokenAndTheNotice() throws Exception {
        when(request.getParameter("saved")).thenReturn("1");

        servlet.doGet(request, response);

        assertTrue(written.toString().contains("Competition saved."));
        verify(pageBuilderService.assembler().resources()).requireContext("salesteam-competitions");
    }
}
