package com.salesteam.jira.service.review;

import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.TeamLookup;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who sees a person's reviews and coaching: the person, a manager of a team they belong to (directly or higher up
 * the team tree) and Jira administrators; nobody logged out. The issue panels ask this on the server for every view.
 */
public class ReviewVisibility {

    private final CurrentUser currentUser;
    private final TeamLookup teams;

    public ReviewVisibility(CurrentUser currentUser, TeamLookup teams) {
        this.currentUser = currentUser;
        this.teams = teams;
    }

    /** The viewer, when they may see what concerns {@code personKey}; the teams are read only when needed. */
    public Optional<Caller> viewerOf(String personKey) {
        Optional<Caller> caller = currentUser.caller();
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        Caller viewer = caller.get();
        boolean sees = viewer.admin() || viewer.userKey().equals(personKey)
                || teams.hierarchy().managesPerson(viewer.userKey(), personKey);
        return sees ? caller : Optional.empty();
    }

    /**
     * Who among many people the logged-in viewer may see (a deal's coached reps): the teams are read once for all
     * of them, and not at all for an administrator. Nobody when logged out.
     */
    public Predicate<String> seenByViewer() {
        Optional<Caller> caller = currentUser.caller();
        if (caller.isEmpty()) {
            return person -> false;
        }
        Caller viewer = caller.get();
        if (viewer.admin()) {
            return person -> true;
        }
        TeamHierarchy hierarchy = teams.hierarchy();
        return person -> viewer.userKey().equals(person) || hierarchy.managesPerson(viewer.userKey(), person);
    }
}
