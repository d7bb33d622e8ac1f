package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.automation.AutomationService;
import com.salesteam.jira.service.automation.DigestMail;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * "Sales digest" (user menu), for everyone logged in: whether they get the weekly digest e-mail. The form posts
 * form-encoded, so Jira's XSRF token is checked before anything changes; the setting changed is always the
 * caller's own (no user is named in the request). Anonymous visitors are sent to log in. A save redirects back.
 */
public class DigestPreferencesServlet extends HttpServlet {

    public static final String PATH = DigestMail.PREFERENCES_PATH;
    private static final long serialVersionUID = 1L;

    private final transient CurrentUser currentUser;
    private final transient DigestPreferencesPage page;
    private final transient AutomationService automation;
    private final transient Translator translator;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider loginUriProvider;
    private final transient PageBuilderService pageBuilderService;
    private final transient XsrfTokenValidator xsrfValidator;
    private final transient XsrfTokenAccessor xsrfAccessor;

    public DigestPreferencesServlet(CurrentUser currentUser, DigestPreferencesPage page, AutomationService automation,
                                    Translator translator, TemplateRenderer renderer,
                                    LoginUriProvider loginUriProvider, PageBuilderService pageBuilderService,
                                    XsrfTokenValidator xsrfValidator, XsrfTokenAccessor xsrfAccessor) {
        this.currentUser = currentUser;
        this.page = page;
        this.automation = automation;
        this.translator = translator;
        this.renderer = renderer;
        this.loginUriProvider = loginUriProvider;
        this.pageBuilderService = pageBuilderService;
        this.xsrfValidator = xsrfValidator;
        this.xsrfAccessor = xsrfAccessor;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!loggedIn(request, response)) {
            return;
        }
        String message = "1".equals(request.getParameter("saved")) ? translator.text("salesteam.digest.prefs.saved")
                : "";
        Map<String, Object> context = page.context(message);
        context.put("xsrfParameter", xsrfValidator.getXsrfParameterName());
        context.put("xsrfToken", Objects.requireNonNullElse(xsrfAccessor.getXsrfToken(request, response, true), ""));
        context.put("action", request.getContextPath() + PATH);
        pageBuilderService.assembler().resources().requireContext("salesteam-digest-preferences");
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(DigestPreferencesPage.TEMPLATE, context, response.getWriter());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!loggedIn(request, response)) {
            return;
        }
        if (!xsrfValidator.validateFormEncodedToken(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, translator.text("salesteam.digest.prefs.xsrf"));
            return;
        }
        // the checkbox says "send me the digest": unchecked, the browser sends nothing, which opts out
        automation.setDigestOptOut(!"true".equals(request.getParameter("receive")));
        response.sendRedirect(request.getContextPath() + PATH + "?saved=1");
    }

    private boolean loggedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentUser.caller().isPresent()) {
            return true;
        }
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        response.sendRedirect(loginUriProvider.getLoginUri(URI.create(url.toString())).toASCIIString());
        return false;
    }
}
