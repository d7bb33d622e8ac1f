package com.atlassian.sal.api;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.UrlMode}; see DESIGN.md. Verified against: public plugin code calling ApplicationProperties.getBaseUrl(UrlMode.X) for CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO (code corpus); declaration order not verified. */
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
