package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Answers;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The form pages' frame: logging in, the administrators' gate, the XSRF check and the rendered token and action. */
public class FormPageFrameTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private TemplateRenderer renderer;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock(answer = Answers.RETURNS_DEEP_STUBS)
    private PageBuilderService pageBuilderService;
    @Mock
    private XsrfTokenValidator xsrfValidator;
    @Mock
    private XsrfTokenAccessor xsrfAccessor;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private FormPageFrame frame;

    @Before
    public void setUp() {
        frame = new FormPageFrame(currentUser, new PropertiesTranslator(Locale.ENGLISH), renderer, loginUriProvider,
                pageBuilderService, xsrfValidator, xsrfAccessor);
        when(request.getContextPath()).thenReturn("/jira");
        // as a servlet container does: a new buffer each call
        when(request.getRequestURL()).thenAnswer(call -> new StringBuffer("http://x/jira/plugins/servlet/salesteam/page"));
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
        StringWriter written = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        when(xsrfValidator.getXsrfParameterName()).thenReturn("atl_token");
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
