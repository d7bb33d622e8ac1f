package com.salesteam.jira.service;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;

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

    /**
     * A team's manager (or a manager above it) or a Jira administrator, and the team. Refused before the team is
     * looked up, so nobody learns which team ids exist by asking for them.
     */
    public Team requireTeamManager(Caller caller, TeamHierarchy hierarchy, long teamId, String reasonKey) {
        if (!caller.admin() && !hierarchy.manages(caller.userKey(), teamId)) {
            throw ServiceException.forbidden(reasonKey);
        }
        return hierarchy.team(teamId).orElseThrow(() -> ServiceException.notFound("salesteam.error.team.notfound", teamId));
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
