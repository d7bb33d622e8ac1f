package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.service.CurrentUser;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * "Log activity", for everyone logged in (GET only: values are logged through the JSON REST API, which carries the
 * XSRF protection). Anonymous visitors are sent to log in; the page shows only the caller's own values.
 */
public class ActivityServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient CurrentUser currentUser;
    private final transient ActivityPage page;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider loginUriProvider;
    private final transient PageBuilderService pageBuilderService;

    public ActivityServlet(CurrentUser currentUser, ActivityPage page, TemplateRenderer renderer,
                           LoginUriProvider loginUriProvider, PageBuilderService pageBuilderService) {
        this.currentUser = currentUser;
        this.page = page;
        this.renderer = renderer;
        this.loginUriProvider = loginUriProvider;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentUser.caller().isEmpty()) {
            LoginRedirect.send(loginUriProvider, request, response);
            return;
        }
        pageBuilderService.assembler().resources().requireContext("salesteam-activity");
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(ActivityPage.TEMPLATE, page.context(), response.getWriter());
    }
}
