package com.salesteam.jira.sandbox;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A stand-in for Jira's issue view of the Sales Meetings the sandbox's meeting cadence created
 * ({@code /browse/SALES-501}): the summary and the agenda as the wiki text Jira would store, HTML-escaped.
 */
final class SandboxSalesMeetingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SandboxSalesMeetings meetings;

    SandboxSalesMeetingServlet(SandboxSalesMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = Optional.ofNullable(request.getPathInfo()).map(path -> path.substring(1)).orElse("");
        Optional<SandboxSalesMeetings.Meeting> meeting = meetings.created().stream()
                .filter(created -> created.key().equals(key)).findFirst();
        if (meeting.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<html><head><title>" + html(meeting.get().key()) + "</title></head><body>"
                + "<h1 id=\"summary\">" + html(meeting.get().summary()) + "</h1>"
                + "<p id=\"due\">" + meeting.get().due() + "</p>"
                + "<pre id=\"description\">" + html(meeting.get().description()) + "</pre></body></html>");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
