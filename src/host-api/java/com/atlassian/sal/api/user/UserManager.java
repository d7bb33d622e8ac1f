package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/** Mirror of sal-api 6.x {@code com.atlassian.sal.api.user.UserManager}; see DESIGN.md. Verified against: decompiled sal-api (CFR 0.152, code corpus) UserManager, docs.atlassian.com Confluence 7.x SetupUserManager.html. Subset; deprecated String-username overloads, authenticate, resolve, findGroupNamesByPrefix, isLicensed etc. left out. */
public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);
}
