package com.salesteam.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/** Sends an anonymous visitor to Jira's login page, to come back to the page (and query) they asked for. */
final class LoginRedirect {

    private LoginRedirect() {
    }

    static void send(LoginUriProvider loginUriProvider, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        response.sendRedirect(loginUriProvider.getLoginUri(URI.create(url.toString())).toASCIIString());
    }
}
