package com.salesteam.jira.model.competition;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved competition: its terms, the roster (the people taking part, its teams' members with the teams below them
 * as they were when it was last saved, plus the people named), the currency its money metrics count, who created
 * it, and when its final standings were frozen.
 */
public record Competition(long id, CompetitionTerms terms, List<String> roster, Currency currency, String createdBy,
                          Optional<Instant> frozenAt) {
    public Competition {
        Objects.requireNonNull(terms, "terms");
        roster = List.copyOf(roster);
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(frozenAt, "frozenAt");
    }
}
