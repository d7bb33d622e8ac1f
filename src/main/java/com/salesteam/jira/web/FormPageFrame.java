package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.Translator;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the pages that post a form share: anonymous visitors are sent to log in and come back to the page they asked
 * for; a post is refused with 403 unless it carries Jira's XSRF token (form-encoded bodies are the ones a foreign
 * site can send); a page is rendered with that token and its own address as the form's action.
 */
final class FormPageFrame {

    private final CurrentUser currentUser;
    private final Translator translator;
    private final TemplateRenderer renderer;
    private final LoginUriProvider loginUriProvider;
    private final PageBuilderService pageBuilderService;
    private final XsrfTokenValidator xsrfValidator;
    private final XsrfTokenAccessor xsrfAccessor;

    FormPageFrame(CurrentUser currentUser, Translator translator, TemplateRenderer renderer,
                  LoginUriProvider loginUriProvider, PageBuilderService pageBuilderService,
                  XsrfTokenValidator xsrfValidator, XsrfTokenAccessor xsrfAccessor) {
        this.currentUser = currentUser;
        this.translator = translator;
        this.renderer = renderer;
        this.loginUriProvider = loginUriProvider;
        this.pageBuilderService = pageBuilderService;
        this.xsrfValidator = xsrfValidator;
        this.xsrfAccessor = xsrfAccessor;
    }

    /** The caller; none when the visitor is anonymous and has been sent to log in. */
    Optional<Caller> loggedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = currentUser.caller();
        if (caller.isEmpty()) {
            LoginRedirect.send(loginUriProvider, request, response);
        }
        return caller;
    }

    /** The caller if a Jira administrator; none when sent to log in or answered 403. */
    Optional<Caller> admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = loggedIn(request, response);
        if (caller.isPresent() && !caller.get().admin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, translator.text("salesteam.error.admin.page"));
            return Optional.empty();
        }
        return caller;
    }

    /** Whether the post carries Jira's XSRF token; when not, it has been answered 403 with the refusal text. */
    boolean xsrfChecked(HttpServletRequest request, HttpServletResponse response, String refusalKey)
            throws IOException {
        if (xsrfValidator.validateFormEncodedToken(request)) {
            return true;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN, translator.text(refusalKey));
        return false;
    }

    /** Renders the page's template with the XSRF token and the page's path as the form's action added. */
    void render(HttpServletRequest request, HttpServletResponse response, String path, String resourceContext,
                String template, Map<String, Object> context) throws IOException {
        context.put("xsrfParameter", xsrfValidator.getXsrfParameterName());
        context.put("xsrfToken", Objects.requireNonNullElse(xsrfAccessor.getXsrfToken(request, response, true), ""));
        context.put("action", request.getContextPath() + path);
        pageBuilderService.assembler().resources().requireContext(resourceContext);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, response.getWriter());
    }
}
