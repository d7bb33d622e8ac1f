package com.salesteam.jira.service;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.store.DealLedger;

import java.util.List;
import java.util.Optional;

/**
 * Deal issue ids for JQL functions. Jira filters the results by what the searcher may browse, so no caller
 * check happens here.
 */
public class DealQueries {

    private final DealLedger ledger;
    private final TeamLookup teams;

    public DealQueries(DealLedger ledger, TeamLookup teams) {
        this.ledger = ledger;
        this.teams = teams;
    }

    /** The deals credited to the named team or any team below it; empty when no team has that name. */
    public Optional<List<Long>> dealsOfTeam(String teamName) {
        return teams.idByName(teamName).map(id -> ledger.issueIdsOfTeams(
                teams.hierarchy().subtree(id).stream().map(Team::id).toList()));
    }

    public boolean teamExists(String teamName) {
        return teams.idByName(teamName).isPresent();
    }

    /** Deals whose amount is at least {@code min} and at most {@code max} (when given), in min's currency. */
    public List<Long> dealsByAmount(Money min, Optional<Money> max) {
        return ledger.issueIdsByAmount(min.currency(), min.minor(), max.map(Money::minor).orElse(Long.MAX_VALUE));
    }

    public List<Long> openDealsUnchangedSince(long epochMillis) {
        return ledger.openIssueIdsUnchangedSince(epochMillis);
    }
}
