package com.salesteam.jira.service;

/** The app's own permission rules, checked on the server for every use case. */
public final class AccessGuard {

    private final CurrentUser currentUser;

    public AccessGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Any logged-in user; nobody anonymous. */
    public Caller requireUser() {
        return currentUser.caller().orElseThrow(ServiceException::unauthenticated);
    }

    /** A Jira administrator; {@code reasonKey} tells a non-admin why they are refused. */
    public Caller requireAdmin(String reasonKey) {
        Caller caller = requireUser();
        if (!caller.admin()) {
            throw ServiceException.forbidden(reasonKey);
        }
        return caller;
    }
}
