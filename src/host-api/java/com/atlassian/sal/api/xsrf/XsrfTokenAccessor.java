package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.xsrf.XsrfTokenAccessor}; see DESIGN.md. Verified against: decompiled sal-api (CFR 0.152, code corpus) XsrfTokenAccessor. */
public interface XsrfTokenAccessor {
    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
