package com.atlassian.sal.api.user;

import java.net.URI;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.user.UserProfile}; see DESIGN.md. Verified against: decompiled sal-api (CFR 0.152, code corpus) UserProfile. */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri(int width, int height);

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
