package com.salesteam.jira.web;

import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.automation.AutomationSchedule;
import com.salesteam.jira.service.automation.AutomationService;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DigestOptOutEntity;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The "Sales digest" page over the real opt-out table: the caller's own setting shown and changed by a form post
 * that carries Jira's XSRF token; no other user's setting can be named; anonymous visitors log in first.
 */
public class DigestPreferencesServletTest extends FormPageTestBase {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, DigestOptOutEntity.class);

    private final AtomicReference<Caller> caller = new AtomicReference<>(new Caller("ann", "Ann", false));
    private AutomationRepository repository;
    private DigestPreferencesServlet servlet;

    @Override
    protected String path() {
        return DigestPreferencesServlet.PATH;
    }

    @Before
    public void setUp() throws Exception {
        repository = new AutomationRepository(db.ao());
        PropertiesTranslator translator = new PropertiesTranslator(Locale.ENGLISH);
        AutomationService automation = new AutomationService(repository, mock(AutomationSchedule.class),
                new DealLedger(db.ao()), new TeamLookup(new TeamRepository(db.ao())), mock(UserDirectory.class),
                () -> Optional.ofNullable(caller.get()));
        servlet = new DigestPreferencesServlet(() -> Optional.ofNullable(caller.get()),
                new DigestPreferencesPage(automation, translator), automation, translator, renderer, loginUriProvider,
                pageBuilderService, xsrfValidator, xsrfAccessor);
    }

    @Test
    public void thePageShowsTheCallersOwnSettingWithTheXsrfToken() throws Exception {
        repository.setDigestOptOut("bob", true);

        servlet.doGet(request, response);

        String html = written.toString();
        assertTrue(html.contains("<input type=\"hidden\" name=\"atl_token\" value=\"token-1\">"));
        assertTrue(html.contains("action=\"/jira/plugins/servlet/salesteam/digest\""));
        assertTrue(html.contains("name=\"receive\" value=\"true\" checked>"));
        assertTrue(html.contains("You get the weekly digest."));
        verify(pageBuilderService.assembler().resources()).requireContext("salesteam-digest-preferences");
    }

    @Test
    public void unTickingTheBoxOptsTheCallerOutAndTickingItOptsThemBackIn() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        // a user named in the form is not looked at: the setting changed is the caller's
        when(request.getParameter("user")).thenReturn("bob");

        servlet.doPost(request, response);

        verify(response).sendRedirect("/jira/plugins/servlet/salesteam/digest?saved=1");
        assertTrue(repository.optedOutOfDigest("ann"));
        assertFalse(repository.optedOutOfDigest("bob"));

        when(request.getParameter("receive")).thenReturn("true");
        servlet.doPost(request, response);
        assertFalse(repository.optedOutOfDigest("ann"));
        assertEquals(0, db.ao().count(DigestOptOutEntity.class));
    }

    @Test
    public void aPostWithoutAValidXsrfTokenChangesNothing() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(false);

        servlet.doPost(request, response);

        verify(response).sendError(eq(403), eq("The form has expired. Reload the page and try again."));
        assertFalse(repository.optedOutOfDigest("ann"));
    }

    @Test
    public void anonymousVisitorsAreSentToLogInAndChangeNothing() throws Exception {
        caller.set(null);
        when(loginUriProvider.getLoginUri(any(URI.class))).thenReturn(URI.create("/jira/login.jsp"));

        servlet.doGet(request, response);
        servlet.doPost(request, response);

        verify(response, org.mockito.Mockito.times(2)).sendRedirect("/jira/login.jsp");
        verify(xsrfValidator, never()).validateFormEncodedToken(any());
        assertEquals(0, db.ao().count(DigestOptOutEntity.class));
    }
}
