package com.salesteam.jira.service;

import com.salesteam.jira.model.Team;

import java.util.List;

/**
 * Every team with its parent, manager and members, kept between requests so that a leaderboard checks who may see
 * it and whom it ranks without reading the teams: with them (two statements then, one now that each team row holds
 * its members), a board that also reads its sums, its quotas or its tied reps' days and then its badges took six.
 * Every node forgets it when a team or its members change.
 */
public interface TeamTreeCache {

    /** Every team, sorted by name, with its members (as {@code TeamRepository.findAll()} reads them). */
    List<Team> teams();

    /** A team was created, changed, deleted or synced with its group: every node forgets the tree. */
    void forget();

    /**
     * A team was changed on this node and the change is saved: every node forgets the tree, and this one reads it
     * again at once, so its next board reads no teams (the other nodes read them once, one statement).
     */
    void reload();
}
