package com.salesteam.jira.sandbox;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;

/** Reads the sandbox's login and language cookies into the session for the length of one request. */
final class SandboxLoginFilter implements Filter {

    static final String USER_COOKIE = "sandbox.user";
    static final String LANGUAGE_COOKIE = "sandbox.lang";

    private final SandboxSession session;

    SandboxLoginFilter(SandboxSession session) {
        this.session = session;
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String user = cookie(http, USER_COOKIE);
        Locale locale = "zh_CN".equals(cookie(http, LANGUAGE_COOKIE)) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        session.begin(user, locale);
        try {
            chain.doFilter(request, response);
        } finally {
            session.end();
        }
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    private static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(name) && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
