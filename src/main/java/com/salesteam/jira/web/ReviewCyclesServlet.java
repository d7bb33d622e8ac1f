package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.ServiceException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * "Review cycles", for Jira administrators and team managers (GET only: cycles are saved through the JSON REST
 * API, which carries the XSRF protection). Anonymous visitors are sent to log in; a rep is refused with 403.
 */
public class ReviewCyclesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient CurrentUser currentUser;
    private final transient ReviewCyclesPage page;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider loginUriProvider;
    private final transient PageBuilderService pageBuilderService;

    public ReviewCyclesServlet(CurrentUser currentUser, ReviewCyclesPage page, TemplateRenderer renderer,
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
        Map<String, Object> context;
        try {
            context = page.context();
        } catch (ServiceException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        pageBuilderService.assembler().resources().requireContext("salesteam-review-cycles");
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(ReviewCyclesPage.TEMPLATE, context, response.getWriter());
    }
}
