package com.salesteam.jira.sandbox;

import com.atlassian.plugin.web.ContextProvider;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The sandbox's own pages: index, login (pick a demo user), dashboard, and static files. */
final class SandboxPagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern STATIC_NAME = Pattern.compile("[a-z0-9-]+\\.(js|css|png)");

    private final transient SandboxUsers users;
    private final transient SandboxSession session;
    private final transient VelocityHarness velocity;
    private final transient Map<String, ContextProvider> contextProviders;

    SandboxPagesServlet(SandboxUsers users, SandboxSession session, VelocityHarness velocity,
                        Map<String, ContextProvider> contextProviders) {
        this.users = users;
        this.session = session;
        this.velocity = velocity;
        this.contextProviders = contextProviders;
    }

    /** A dashboard item as the sandbox shows it: its view already rendered (and escaped) by its own template. */
    public record DashboardItem(String key, String title, String module, String script, String viewHtml) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (path) {
            case "/", "/index.html" -> page(response, "sandbox/index.vm", Map.of());
            case "/login" -> page(response, "sandbox/login.vm", Map.of("users", users.all(),
                    "returnTo", safeReturn(request.getParameter("return"))));
            case "/logout" -> {
                response.addCookie(expired(SandboxLoginFilter.USER_COOKIE));
                response.sendRedirect(Sandbox.CONTEXT + "/");
            }
            case "/dashboard" -> page(response, "sandbox/dashboard.vm", Map.of("items", renderedDashboardItems()));
            default -> {
                if (path.startsWith("/static/")) {
                    serveStatic(path.substring("/static/".length()), response);
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }
        }
    }

    /** The sandbox's login form: not Jira's login, and only ever on 127.0.0.1. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/login".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String user = request.getParameter("user");
        if (user == null || users.byKey(user).isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown sandbox user");
            return;
        }
        response.addCookie(cookie(SandboxLoginFilter.USER_COOKIE, user));
        String language = "zh_CN".equals(request.getParameter("lang")) ? "zh_CN" : "en";
        response.addCookie(cookie(SandboxLoginFilter.LANGUAGE_COOKIE, language));
        response.sendRedirect(safeReturn(request.getParameter("return")));
    }

    private void page(HttpServletResponse response, String template, Map<String, Object> values) throws IOException {
        Map<String, Object> context = new HashMap<>(values);
        context.put("base", Sandbox.CONTEXT);
        context.put("caller", session.caller().map(caller -> caller.displayName()
                + (caller.admin() ? " (Jira administrator)" : "")).orElse(""));
        context.put("language", session.locale().equals(Locale.SIMPLIFIED_CHINESE) ? "zh_CN" : "en");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(velocity.render(template, context));
    }

    private void serveStatic(String name, HttpServletResponse response) throws IOException {
        if (!STATIC_NAME.matcher(name).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        for (String folder : List.of("web/", "dashboard/", "sandbox/", "images/")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(folder + name)) {
                if (in != null) {
                    response.setContentType(name.endsWith(".js") ? "text/javascript;charset=UTF-8"
                            : name.endsWith(".css") ? "text/css;charset=UTF-8" : "image/png");
                    in.transferTo(response.getOutputStream());
                    return;
                }
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** Each {@code <dashboard-item>} of the descriptor, its view rendered through its real context provider. */
    private List<DashboardItem> renderedDashboardItems() {
        List<DashboardItem> items = new ArrayList<>();
        for (Element item : dashboardItemElements()) {
            String provider = ((Element) item.getElementsByTagName("context-provider").item(0)).getAttribute("class");
            String view = ((Element) item.getElementsByTagName("resource").item(0)).getAttribute("location");
            String titleKey = ((Element) item.getElementsByTagName("title").item(0)).getAttribute("key");
            String module = item.getElementsByTagName("amd-module").item(0).getTextContent().strip();
            ContextProvider contextProvider = contextProviders.get(provider);
            if (contextProvider == null) {
                throw new IllegalStateException("the sandbox has no instance of " + provider);
            }
            String html = velocity.render(view, contextProvider.getContextMap(new HashMap<>()));
            String script = view.substring(view.lastIndexOf('/') + 1).replace(".vm", ".js");
            items.add(new DashboardItem(item.getAttribute("key"), session.text(titleKey), module, script, html));
        }
        return items;
    }

    /** The {@code <dashboard-item>} modules of the descriptor: what a dashboard in Jira could offer. */
    static List<Element> dashboardItemElements() {
        List<Element> items = new ArrayList<>();
        try (InputStream in = SandboxPagesServlet.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document descriptor = factory.newDocumentBuilder().parse(in);
            NodeList nodes = descriptor.getElementsByTagName("dashboard-item");
            for (int i = 0; i < nodes.getLength(); i++) {
                items.add((Element) nodes.item(i));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml from the classpath", e);
        }
        return items;
    }

    static Set<String> bundleKeys() {
        return new TreeSet<>(ResourceBundle.getBundle(PropertiesTranslator.BUNDLE, Locale.ROOT).keySet());
    }

    static String banner(SandboxSession session) {
        String who = session.caller().map(caller -> VelocityHarness.escapeHtml(caller.displayName())).orElse("nobody");
        return "<div class=\"sandbox-banner\">Sales Team Manager SANDBOX &mdash; not Jira. Acting as <b>" + who
                + "</b>. <a href=\"" + Sandbox.CONTEXT + "/\">Index</a> · <a href=\"" + Sandbox.CONTEXT
                + "/login\">Switch user</a></div>";
    }

    /** JSON for a script block: quotes and "<" escaped so no text can close the script element. */
    static String json(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        values.forEach((key, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(jsonString(key)).append(':').append(jsonString(value));
        });
        return out.append('}').toString();
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String safeReturn(String target) {
        return target != null && target.startsWith(Sandbox.CONTEXT + "/") && !target.startsWith("//")
                ? target : Sandbox.CONTEXT + "/";
    }

    private static Cookie cookie(String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(Sandbox.CONTEXT);
        cookie.setHttpOnly(true);
        return cookie;
    }

    private static Cookie expired(String name) {
        Cookie cookie = cookie(name, "");
        cookie.setMaxAge(0);
        return cookie;
    }
}
