package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Mirror of atlassian-rest-v2-api 8.x {@code com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess}; see DESIGN.md. Verified against: import in a public Jira 10 app resource (code corpus); name per developer.atlassian.com "Prepare your Data Center app to comply with secure endpoint defaults" (Platform 7). @Target/@Retention taken from the REST v1 twin com.atlassian.plugins.rest.common.security.UnrestrictedAccess (decompiled, Confluence 8.7 bundle: TYPE, METHOD, PACKAGE / RUNTIME); not seen for v2 directly. */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnrestrictedAccess {
}
