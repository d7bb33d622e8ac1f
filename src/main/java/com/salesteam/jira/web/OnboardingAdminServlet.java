package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.cadence.OnboardingService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    private final transient OnboardingAdminPage page;
    private final transient OnboardingService onboarding;
    private final transient Translator translator;
    private final transient FormPageFrame frame;

    public OnboardingAdminServlet(CurrentUser currentUser, OnboardingAdminPage page, OnboardingService onboarding,
                                  Translator translator, TemplateRenderer renderer, LoginUriProvider loginUriProvider,
                                  PageBuilderService pageBuilderService, XsrfTokenValidator xsrfValidator,
                                  XsrfTokenAccessor xsrfAccessor) {
        this.page = page;
        this.onboarding = onboarding;
        this.translator = translator;
        this.frame = new FormPageFrame(currentUser, translator, renderer, loginUriProvider, pageBuilderService,
                xsrfValidator, xsrfAccessor);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (frame.admin(request, response).isEmpty()) {
            return;
        }
        String message = "1".equals(request.getParameter("saved")) ? translator.text("salesteam.onboarding.saved") : "";
        render(request, response, page.context(Optional.empty(), message));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (frame.admin(request, response).isEmpty()) {
            return;
        }
        if (!frame.xsrfChecked(request, response, "salesteam.onboarding.error.xsrf")) {
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

    private void render(HttpServletRequest request, HttpServletResponse response, Map<String, Object> context)
            throws IOException {
        frame.render(request, response, PATH, "salesteam.admin", OnboardingAdminPage.TEMPLATE, context);
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
