package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.model.cadence.DevelopmentPlan;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.cadence.DevelopmentPlanService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Development plan" (user menu): a person's plan ({@code ?rep=}, else one's own) for the person, their managers
 * and administrators, who may all change it (the development plan's REST rule); others get 403, anonymous visitors
 * are sent to log in. The form is posted form-encoded, so Jira's XSRF token is checked before anything else; a
 * refused save shows the form as typed with each reason, answered 400.
 */
public class DevelopmentPlanServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/salesteam/development-plan";
    private static final long serialVersionUID = 1L;

    private final transient DevelopmentPlanPage page;
    private final transient DevelopmentPlanService plans;
    private final transient Translator translator;
    private final transient FormPageFrame frame;

    public DevelopmentPlanServlet(CurrentUser currentUser, DevelopmentPlanPage page, DevelopmentPlanService plans,
                                  Translator translator, TemplateRenderer renderer, LoginUriProvider loginUriProvider,
                                  PageBuilderService pageBuilderService, XsrfTokenValidator xsrfValidator,
                                  XsrfTokenAccessor xsrfAccessor) {
        this.page = page;
        this.plans = plans;
        this.translator = translator;
        this.frame = new FormPageFrame(currentUser, translator, renderer, loginUriProvider, pageBuilderService,
                xsrfValidator, xsrfAccessor);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = frame.loggedIn(request, response);
        if (caller.isEmpty()) {
            return;
        }
        String message = "1".equals(request.getParameter("saved")) ? translator.text("salesteam.devplan.page.saved") : "";
        render(request, response, caller.get(), rep(request, caller.get()), Optional.empty(), message);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = frame.loggedIn(request, response);
        if (caller.isEmpty()) {
            return;
        }
        if (!frame.xsrfChecked(request, response, "salesteam.devplan.page.xsrf")) {
            return;
        }
        String rep = rep(request, caller.get());
        String[] texts = Objects.requireNonNullElse(request.getParameterValues("goal"), new String[0]);
        Set<String> done = Arrays.stream(Objects.requireNonNullElse(request.getParameterValues("done"),
                new String[0])).collect(Collectors.toSet());
        List<DevelopmentPlan.Goal> goals = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            // a line left blank is no goal
            if (!texts[i].isBlank()) {
                goals.add(new DevelopmentPlan.Goal(texts[i], done.contains(String.valueOf(i))));
            }
        }
        String skills = Objects.requireNonNullElse(request.getParameter("skills"), "");
        List<String> skillLines = skills.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String role = Objects.requireNonNullElse(request.getParameter("targetRole"), "");
        try {
            plans.save(rep, goals, skillLines, role);
            response.sendRedirect(request.getContextPath() + PATH + "?rep="
                    + URLEncoder.encode(rep, StandardCharsets.UTF_8) + "&saved=1");
        } catch (ServiceException refused) {
            if (refused.reason() != ServiceException.Reason.INVALID) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            render(request, response, caller.get(), rep, Optional.of(new DevelopmentPlanPage.Typed(goals, skills,
                    role, refused.fieldErrors())), translator.text("salesteam.devplan.page.invalid"));
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response, Caller caller, String rep,
                        Optional<DevelopmentPlanPage.Typed> typed, String message) throws IOException {
        Map<String, Object> context;
        try {
            context = page.context(caller, rep, typed, message);
        } catch (ServiceException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, translator.text("salesteam.devplan.error.forbidden"));
            return;
        }
        frame.render(request, response, PATH, "salesteam-development-plan", DevelopmentPlanPage.TEMPLATE, context);
    }

    private static String rep(HttpServletRequest request, Caller caller) {
        String rep = request.getParameter("rep");
        return rep == null || rep.isBlank() ? caller.userKey() : rep.strip();
    }
}
