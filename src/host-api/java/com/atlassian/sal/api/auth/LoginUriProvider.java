package com.atlassian.sal.api.auth;

import java.net.URI;

/** Mirror of sal-api 6.x {@code LoginUriProvider}; see DESIGN.md. */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
