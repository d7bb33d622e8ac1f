package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.model.competition.CompetitionDraft;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.competition.CompetitionService;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Competitions", for everyone logged in: the history page, and the create/edit form that admins and team managers
 * post (form-encoded, so Jira's XSRF token is checked before anything else). Anonymous visitors are sent to log in;
 * who may see and change what is the competition service's rule. A save that succeeds redirects back to the page.
 */
public class CompetitionsServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/salesteam/competitions";
    private static final long serialVersionUID = 1L;

    private final transient CompetitionsPage page;
    private final transient CompetitionService competitions;
    private final transient Translator translator;
    private final transient FormPageFrame frame;

    public CompetitionsServlet(CurrentUser currentUser, CompetitionsPage page, CompetitionService competitions,
                               Translator translator, TemplateRenderer renderer, LoginUriProvider loginUriProvider,
                               PageBuilderService pageBuilderService, XsrfTokenValidator xsrfValidator,
                               XsrfTokenAccessor xsrfAccessor) {
        this.page = page;
        this.competitions = competitions;
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
        String message = "1".equals(request.getParameter("saved")) ? translator.text("salesteam.competition.form.saved")
                : "1".equals(request.getParameter("deleted")) ? translator.text("salesteam.competition.form.deleted") : "";
        render(request, response, caller.get(), id(request.getParameter("edit")), Optional.empty(), message);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = frame.loggedIn(request, response);
        if (caller.isEmpty()) {
            return;
        }
        if (!frame.xsrfChecked(request, response, "salesteam.error.competition.xsrf")) {
            return;
        }
        long id = id(request.getParameter("id"));
        CompetitionDraft draft = draft(request);
        try {
            if ("delete".equals(request.getParameter("action"))) {
                competitions.delete(id);
                response.sendRedirect(request.getContextPath() + PATH + "?deleted=1");
                return;
            }
            if (id == 0) {
                competitions.create(draft);
            } else {
                competitions.update(id, draft);
            }
            response.sendRedirect(request.getContextPath() + PATH + "?saved=1");
        } catch (ServiceException refused) {
            if (refused.reason() != ServiceException.Reason.INVALID) {
                response.sendError(status(refused.reason()),
                        translator.text(refused.messageKey(), refused.arguments().toArray()));
                return;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            render(request, response, caller.get(), id, Optional.of(form(id, draft, request, refused.fieldErrors())),
                    translator.text("salesteam.competition.form.invalid"));
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response, Caller caller, long editId,
                        Optional<CompetitionForm> form, String message) throws IOException {
        frame.render(request, response, PATH, "salesteam-competitions", CompetitionsPage.TEMPLATE,
                page.context(caller, editId, form, message));
    }

    private static CompetitionDraft draft(HttpServletRequest request) {
        List<Long> teams = new ArrayList<>();
        for (String team : Objects.requireNonNullElse(request.getParameterValues("teams"), new String[0])) {
            long id = id(team);
            // a team id that is not a number is named like one that does not exist
            teams.add(id == 0 ? -1 : id);
        }
        return new CompetitionDraft(request.getParameter("name"), request.getParameter("description"),
                request.getParameter("metric"), request.getParameter("start"), request.getParameter("end"), teams,
                lines(request.getParameter("people")), request.getParameter("scoring"),
                lines(request.getParameter("prizes")));
    }

    private CompetitionForm form(long id, CompetitionDraft draft, HttpServletRequest request, List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            // people[2] and prizes[0] are shown beside their text area; "participants" beside the teams
            String field = error.field().replaceAll("\\[\\d+]$", "");
            byField.putIfAbsent(field.equals("participants") ? "teams" : field,
                    translator.text(error.messageKey(), error.arguments().toArray()));
        }
        LinkedHashSet<String> teams = new LinkedHashSet<>(Arrays.asList(
                Objects.requireNonNullElse(request.getParameterValues("teams"), new String[0])));
        return new CompetitionForm(id, draft.name(), draft.description(), draft.metricKey(), draft.scoringKey(),
                draft.start(), draft.end(), teams, draft.people(), lines(request.getParameter("prizes")), byField);
    }

    /** The non-blank lines of a text area. */
    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static long id(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int status(ServiceException.Reason reason) {
        return switch (reason) {
            case UNAUTHENTICATED -> HttpServletResponse.SC_UNAUTHORIZED;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
        };
    }
}
