package com.salesteam.jira.sandbox;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.testing.VelocityHarness;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for Jira's user profile page ({@code /secure/ViewProfile.jspa?name=}): the person's name and the
 * app's profile panel, rendered through its real context provider with {@code profileUser} as Jira puts it there.
 */
final class SandboxProfileServlet extends HttpServlet {

    private final transient SandboxUsers users;
    private final transient SandboxSession session;
    private final transient VelocityHarness velocity;
    private final transient ContextProvider badgePanel;

    SandboxProfileServlet(SandboxUsers users, SandboxSession session, VelocityHarness velocity,
                          ContextProvider badgePanel) {
        this.users = users;
        this.session = session;
        this.velocity = velocity;
        this.badgePanel = badgePanel;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        Optional<Person> person = name == null ? session.caller().flatMap(caller -> users.byKey(caller.userKey()))
                : users.byUsername(name);
        if (person.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("profileUser", applicationUser(person.get()));
        String panel = velocity.render("templates/badges-profile-panel.vm", badgePanel.getContextMap(context));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<link rel=\"stylesheet\" href=\"" + Sandbox.CONTEXT + "/static/sandbox.css\">"
                + "<link rel=\"stylesheet\" href=\"" + Sandbox.CONTEXT + "/static/badges.css\">"
                + "<title>Profile — sandbox (not Jira)</title></head><body>"
                + SandboxPagesServlet.banner(session)
                + "<main class=\"sandbox-page\"><h1 id=\"profile-name\">"
                + VelocityHarness.escapeHtml(person.get().displayName()) + "</h1>" + panel + "</main>"
                + "<script src=\"" + Sandbox.CONTEXT + "/static/ajs-shim.js\"></script>"
                + "<script src=\"" + Sandbox.CONTEXT + "/static/badges.js\"></script></body></html>");
    }

    /** The profile's owner as Jira's {@code ApplicationUser}: key, username and display name. */
    private static ApplicationUser applicationUser(Person person) {
        return (ApplicationUser) Proxy.newProxyInstance(SandboxProfileServlet.class.getClassLoader(),
                new Class<?>[]{ApplicationUser.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getKey" -> person.key();
                    case "getUsername", "getName" -> person.username();
                    case "getDisplayName" -> person.displayName();
                    case "hashCode" -> person.hashCode();
                    case "equals" -> proxy == args[0];
                    case "toString" -> "sandbox user " + person.key();
                    default -> throw new UnsupportedOperationException("sandbox ApplicationUser." + method.getName());
                });
    }
}
