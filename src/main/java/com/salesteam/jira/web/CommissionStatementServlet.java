package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * "Commission statement", for everyone logged in (GET only, it changes nothing). Anonymous visitors are sent to
 * log in; whose statement the caller may read is the commission service's rule.
 */
public class CommissionStatementServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient CurrentUser currentUser;
    private final transient CommissionStatementPage page;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider loginUriProvider;
    private final transient PageBuilderService pageBuilderService;

    public CommissionStatementServlet(CurrentUser currentUser, CommissionStatementPage page, TemplateRenderer renderer,
                                      LoginUriProvider loginUriProvider, PageBuilderService pageBuilderService) {
        this.currentUser = currentUser;
        this.page = page;
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
        pageBuilderService.assembler().resources().requireContext("salesteam-commission");
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(CommissionStatementPage.TEMPLATE, page.context(caller.get(),
                Objects.requireNonNullElse(request.getParameter("rep"), ""),
                Objects.requireNonNullElse(request.getParameter("period"), ""), request.getContextPath()),
                response.getWriter());
    }
}
