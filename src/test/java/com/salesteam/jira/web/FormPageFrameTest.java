package com.salesteam.jira.web;

import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Test;
import org.mockito.Mock;

import java.io.Writer;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The form pages' frame: logging in, the administrators' gate, the XSRF check and the rendered token and action. */
public class FormPageFrameTest extends FormPageTestBase {

    @Mock
    private CurrentUser currentUser;

    private FormPageFrame frame;

    @Override
    protected String path() {
        return "/plugins/servlet/salesteam/page";
    }

    @Before
    public void setUp() {
        frame = new FormPageFrame(currentUser, new PropertiesTranslator(Locale.ENGLISH), renderer, loginUriProvider,
                pageBuilderService, xsrfValidator, xsrfAccessor);
    }

    @Test
    public void anAnonymousVisitorIsSentToLogInAndBackToThePageWithItsQuery() throws Exception {
        when(currentUser.caller()).thenReturn(Optional.empty());
        when(request.getQueryString()).thenReturn("rep=ann&saved=1");
        when(loginUriProvider.getLoginUri(URI.create("http://x/jira/plugins/servlet/salesteam/page?rep=ann&saved=1")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=page"));

        assertEquals(Optional.empty(), frame.loggedIn(request, response));
        assertEquals(Optional.empty(), frame.admin(request, response));

        verify(response, times(2)).sendRedirect("/jira/login.jsp?os_destination=page");
        verify(response, never()).sendError(anyInt(), anyString());
    }

    @Test
    public void aLoggedInCallerPassesAndOnlyAnAdministratorPassesTheAdminGate() throws Exception {
        Caller rep = new Caller("ann", "Ann", false);
        when(currentUser.caller()).thenReturn(Optional.of(rep));

        assertEquals(Optional.of(rep), frame.loggedIn(request, response));
        assertEquals(Optional.empty(), frame.admin(request, response));
        verify(response).sendError(403, "Only Jira administrators can open this page.");

        Caller admin = new Caller("admin", "Admin", true);
        when(currentUser.caller()).thenReturn(Optional.of(admin));
        assertEquals(Optional.of(admin), frame.admin(request, response));
        verify(response, never()).sendRedirect(anyString());
    }

    @Test
    public void aPostWithoutJirasXsrfTokenIsRefusedWithTheGivenText() throws Exception {
        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(false);
        assertFalse(frame.xsrfChecked(request, response, "salesteam.devplan.page.xsrf"));
        verify(response).sendError(403, "The form has expired. Reload the page and try again.");

        when(xsrfValidator.validateFormEncodedToken(request)).thenReturn(true);
        assertTrue(frame.xsrfChecked(request, response, "salesteam.devplan.page.xsrf"));
        verify(response).sendError(anyInt(), anyString());
    }

    @Test
    public void aPageIsRenderedWithTheTokenItsActionAndItsResources() throws Exception {
        // the frame's part ends at the renderer: no template of this name is rendered
        doNothing().when(renderer).render(anyString(), any(Map.class), any(Writer.class));
        when(xsrfAccessor.getXsrfToken(request, response, true)).thenReturn(null, "token-1");
        Map<String, Object> context = new HashMap<>(Map.of("title", "Page"));

        frame.render(request, response, "/plugins/servlet/salesteam/page", "salesteam-page", "templates/page.vm",
                context);

        assertEquals(Map.of("title", "Page", "xsrfParameter", "atl_token", "xsrfToken", "", "action",
                "/jira/plugins/servlet/salesteam/page"), context);
        verify(pageBuilderService.assembler().resources()).requireContext("salesteam-page");
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(renderer).render(eq("templates/page.vm"), eq(context), any(Writer.class));

        frame.render(request, response, "/plugins/servlet/salesteam/page", "salesteam-page", "templates/page.vm",
                context);
        assertEquals("token-1", context.get("xsrfToken"));
    }
}
