package com.atlassian.sal.api.auth;

import java.net.URI;

/** Mirror of sal-api 2.0+ (unchanged through the decompiled current sal-api) {@code com.atlassian.sal.api.auth.LoginUriProvider}; see DESIGN.md. Verified against: decompiled sal-api LoginUriProvider (CFR 0.152, code corpus: getLoginUri(URI), plus getLoginUri(URI, EnumSet of PageCapability) and two getLoginUriForRole overloads, omitted as unused), mrdon/SAL sal-api source (@since 2.0), docs.atlassian.com atlassian-crowd 4.2.0 CrowdLoginUriProvider. */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
