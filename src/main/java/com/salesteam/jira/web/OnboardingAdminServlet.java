package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.cadence.OnboardingService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Onboarding", the template admin page: Jira administrators see the template and post it back (form-encoded, so
 * Jira's XSRF token is checked before anything else); lines left blank are no task. Anonymous visitors are sent to
 * log in, everyone else gets 403. A refused save shows the form as typed with each reason, answered 400.
 */
public class OnboardingAdminServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/salesteam/admin/onboarding";
    private static final long serialVersionUID = 1L;

    private final transient CurrentUser currentUser;
    private final transient OnboardingAdminPage page;
    private final transient OnboardingService onboarding;
    private final transient Translator translator;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider loginUriProvider;
    private final transient PageBuilderService pageBuilderService;
    private final transient XsrfTokenValidator xsrfValidator;
    private final transient XsrfTokenAccessor xsrfAccessor;

    public OnboardingAdminServlet(CurrentUser currentUser, OnboardingAdminPage page, OnboardingService onboarding,
                                  Translator translator, TemplateRenderer renderer, LoginUriProvider loginUriProvider,
                                  PageBuilderService pageBuilderService, XsrfTokenValidator xsrfValidator,
                                  XsrfTokenAccessor xsrfAccessor) {
        this.currentUser = currentUser;
        this.page = page;
        this.onboarding = onboarding;
        this.translator = translator;
        this.renderer = renderer;
        this.loginUriProvider = loginUriProvider;
        this.pageBuilderService = pageBuilderService;
        this.xsrfValidator = xsrfValidator;
        this.xsrfAccessor = xsrfAccessor;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (admin(request, response).isEmpty()) {
            return;
        }
        String message = "1".equals(request.getParameter("saved")) ? translator.text("salesteam.onboarding.saved") : "";
        render(request, response, page.context(Optional.empty(), message));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (admin(request, response).isEmpty()) {
            return;
        }
        if (!xsrfValidator.validateFormEncodedToken(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, translator.text("salesteam.onboarding.error.xsrf"));
            return;
        }
        String[] titles = values(request, "title");
        String[] kinds = values(request, "kind");
        String[] days = values(request, "days");
        List<OnboardingService.TaskInput> tasks = new ArrayList<>();
        List<String> typedDays = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            String title = titles[i];
            String day = i < days.length ? days[i] : "";
            if (title.isBlank() && day.isBlank()) {
                continue;
            }
            tasks.add(new OnboardingService.TaskInput(title, i < kinds.length ? kinds[i] : null, number(day)));
            typedDays.add(day);
        }
        String projectKey = Objects.requireNonNullElse(request.getParameter("projectKey"), "");
        try {
            onboarding.saveTemplate(projectKey, tasks);
            response.sendRedirect(request.getContextPath() + PATH + "?saved=1");
        } catch (ServiceException refused) {
            if (refused.reason() != ServiceException.Reason.INVALID) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            render(request, response, page.context(Optional.of(new OnboardingAdminPage.Typed(projectKey, tasks,
                    typedDays, refused.fieldErrors())), translator.text("salesteam.onboarding.invalid")));
        }
    }

    private Optional<Caller> admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = currentUser.caller();
        if (caller.isEmpty()) {
            StringBuffer url = request.getRequestURL();
            if (request.getQueryString() != null) {
                url.append('?').append(request.getQueryString());
            }
            response.sendRedirect(loginUriProvider.getLoginUri(URI.create(url.toString())).toASCIIString());
            return Optional.empty();
        }
        if (!caller.get().admin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, translator.text("salesteam.error.admin.page"));
            return Optional.empty();
        }
        return caller;
    }

    private void render(HttpServletRequest request, HttpServletResponse response, Map<String, Object> context)
            throws IOException {
        context.put("xsrfParameter", xsrfValidator.getXsrfParameterName());
        context.put("xsrfToken", Objects.requireNonNullElse(xsrfAccessor.getXsrfToken(request, response, true), ""));
        context.put("action", request.getContextPath() + PATH);
        pageBuilderService.assembler().resources().requireContext("salesteam.admin");
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(OnboardingAdminPage.TEMPLATE, context, response.getWriter());
    }

    private static String[] values(HttpServletRequest request, String name) {
        return Objects.requireNonNullElse(request.getParameterValues(name), new String[0]);
    }

    /** The typed number of days; null (refused by the service as such) when it is not a whole number. */
    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
