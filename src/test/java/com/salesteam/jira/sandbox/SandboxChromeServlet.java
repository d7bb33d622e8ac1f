package com.salesteam.jira.sandbox;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one of the app's real page servlets and dresses its HTML as Jira's decorator would: the sandbox banner,
 * a minimal AJS (context path, i18n, format) and the app's web resources.
 */
final class SandboxChromeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient HttpServlet page;
    private final transient SandboxSession session;

    SandboxChromeServlet(HttpServlet page, SandboxSession session) {
        this.page = page;
        this.session = session;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        StringWriter buffer = new StringWriter();
        HttpServletResponseWrapper capture = new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return new PrintWriter(buffer);
            }
        };
        page.service(request, capture);
        if (response.isCommitted()) {
            return;
        }
        String html = buffer.toString()
                .replace("</head>", head() + "</head>")
                .replace("<body>", "<body>" + SandboxPagesServlet.banner(session));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    private String head() {
        Map<String, String> texts = new TreeMap<>();
        for (String key : SandboxPagesServlet.bundleKeys()) {
            texts.put(key, session.text(key));
        }
        return "<link rel=\"stylesheet\" href=\"" + Sandbox.CONTEXT + "/static/sandbox.css\">\n"
                + "<link rel=\"stylesheet\" href=\"" + Sandbox.CONTEXT + "/static/salesteam-admin.css\">\n"
                + "<script>window.SALESTEAM_SANDBOX_I18N = " + SandboxPagesServlet.json(texts) + ";</script>\n"
                + "<script src=\"" + Sandbox.CONTEXT + "/static/ajs-shim.js\"></script>\n"
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-admin-common.js\"></script>\n"
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-teams-admin.js\"></script>\n"
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-deals-admin.js\"></script>\n"
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-setup-admin.js\"></script>\n"
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-quotas-admin.js\"></script>\n"
                // KPIs
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-kpis-admin.js\"></script>\n"
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-activity.js\"></script>\n"
                // KPI Scorecard
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-scorecard-admin.js\"></script>\n"
                // Commission pages
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-commission-admin.js\"></script>\n"
                // Automation
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-automation-admin.js\"></script>\n"
                // Coaching cadence: the Review cycles page
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-review-cycles.js\"></script>\n"
                // 1:1 meetings: their section of the Review cycles page
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-oneonones.js\"></script>\n"
                // Privacy fixes: an admin's Delete of a finished competition
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-competitions.js\"></script>\n"
                // Board fixes (review S7): the leaderboard privacy form of the Teams page
                + "<script src=\"" + Sandbox.CONTEXT + "/static/salesteam-board-privacy-admin.js\"></script>\n";
    }
}
