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

/**
 * "Sales digest" (user menu), for everyone logged in: whether they get the weekly digest e-mail. The form posts
 * form-encoded, so Jira's XSRF token is checked before anything changes; the setting changed is always the
 * caller's own (no user is named in the request). Anonymous visitors are sent to log in. A save redirects back.
 */
public class DigestPreferencesServlet extends HttpServlet {

    public static final String PATH = DigestMail.PREFERENCES_PATH;
    private static final long serialVersionUID = 1L;

    private final transient DigestPreferencesPage page;
    private final transient AutomationService automation;
    private final transient Translator translator;
    private final transient FormPageFrame frame;

    public DigestPreferencesServlet(CurrentUser currentUser, DigestPreferencesPage page, AutomationService automation,
                                    Translator translator, TemplateRenderer renderer,
                                    LoginUriProvider loginUriProvider, PageBuilderService pageBuilderService,
                                    XsrfTokenValidator xsrfValidator, XsrfTokenAccessor xsrfAccessor) {
        this.page = page;
        this.automation = automation;
        this.translator = translator;
        this.frame = new FormPageFrame(currentUser, translator, renderer, loginUriProvider, pageBuilderService,
                xsrfValidator, xsrfAccessor);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (frame.loggedIn(request, response).isEmpty()) {
            return;
        }
        String message = "1".equals(request.getParameter("saved")) ? translator.text("salesteam.digest.prefs.saved")
                : "";
        frame.render(request, response, PATH, "salesteam-digest-preferences", DigestPreferencesPage.TEMPLATE,
                page.context(message));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (frame.loggedIn(request, response).isEmpty()) {
            return;
        }
        if (!frame.xsrfChecked(request, response, "salesteam.digest.prefs.xsrf")) {
            return;
        }
        // the checkbox says "send me the digest": unchecked, the browser sends nothing, which opts out
        automation.setDigestOptOut(!"true".equals(request.getParameter("receive")));
        response.sendRedirect(request.getContextPath() + PATH + "?saved=1");
    }
}
