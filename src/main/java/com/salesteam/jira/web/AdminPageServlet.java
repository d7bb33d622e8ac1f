package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.Translator;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves an admin page (GET only: changes go through the JSON REST API, which carries the XSRF protection).
 * Anonymous visitors are sent to log in; logged-in users who are not Jira administrators get 403.
 */
public abstract class AdminPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient CurrentUser currentUser;
    private final transient AdminPage page;
    private final transient Translator translator;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider loginUriProvider;
    private final transient PageBuilderService pageBuilderService;

    protected AdminPageServlet(CurrentUser currentUser, AdminPage page, Translator translator,
                               TemplateRenderer renderer, LoginUriProvider loginUriProvider,
                               PageBuilderService pageBuilderService) {
        this.currentUser = currentUser;
        this.page = page;
        this.translator = translator;
        this.renderer = renderer;
        this.loginUriProvider = loginUriProvider;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = currentUser.caller();
        if (caller.isEmpty()) {
            LoginRedirect.send(loginUriProvider, request, response);
            return;
        }
        if (!caller.get().admin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, translator.text("salesteam.error.admin.page"));
            return;
        }
        pageBuilderService.assembler().resources().requireContext("salesteam.admin");
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(page.template(), page.context(), response.getWriter());
    }
}
