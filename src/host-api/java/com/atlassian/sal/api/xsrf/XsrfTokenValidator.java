package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.xsrf.XsrfTokenValidator}; see DESIGN.md. Verified against: decompiled sal-api (CFR 0.152, code corpus) XsrfTokenValidator. */
public interface XsrfTokenValidator {
    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
