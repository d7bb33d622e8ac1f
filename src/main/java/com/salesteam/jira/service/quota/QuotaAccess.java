package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.Caller;

/** Who may read and who may set a quota; the one place both the REST calls and the CSV import ask. */
final class QuotaAccess {

    private QuotaAccess() {
    }

    /** A rep's: the rep, their managers, admins. A team's: its managers (and those above), admins. */
    static boolean mayRead(Caller caller, QuotaSubject subject, TeamHierarchy hierarchy) {
        if (caller.admin()) {
            return true;
        }
        if (subject instanceof QuotaSubject.Rep rep) {
            return rep.userKey().equals(caller.userKey()) || hierarchy.managesPerson(caller.userKey(), rep.userKey());
        }
        return hierarchy.manages(caller.userKey(), ((QuotaSubject.TeamQuota) subject).teamId());
    }

    /** Quotas come from above: a rep's from their managers, a team's from the managers above it; never one's own. */
    static boolean mayChange(Caller caller, QuotaSubject subject, TeamHierarchy hierarchy) {
        if (caller.admin()) {
            return true;
        }
        if (subject instanceof QuotaSubject.Rep rep) {
            return !rep.userKey().equals(caller.userKey()) && hierarchy.managesPerson(caller.userKey(), rep.userKey());
        }
        return hierarchy.team(((QuotaSubject.TeamQuota) subject).teamId())
                .flatMap(Team::parentId)
                .filter(parent -> hierarchy.manages(caller.userKey(), parent))
                .isPresent();
    }
}
