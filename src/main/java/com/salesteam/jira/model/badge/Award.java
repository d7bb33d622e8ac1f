package com.salesteam.jira.model.badge;

import java.util.Objects;
import java.util.Optional;

/**
 * A badge due to a person for one occasion: a period key (FY2027-Q1), a week (2026-W48) or {@link #FIRST} for the
 * first deal. {@code deal} is the won deal's issue id where a deal is the reason. Two awards with the same
 * {@link #naturalKey()} are the same award, whatever their deal: that is what "once per occasion" means.
 */
public record Award(String personKey, BadgeKind kind, String occasion, Optional<Long> deal) {

    /** The occasion of {@link BadgeKind#FIRST_DEAL_WON}: there is only one first deal. */
    public static final String FIRST = "first";

    public Award {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(deal, "deal");
        if (personKey.isBlank() || occasion.isBlank()) {
            throw new IllegalArgumentException("an award needs a person and an occasion");
        }
    }

    /** Kind, occasion and person; the person goes last because a user key may contain any character. */
    public String naturalKey() {
        return kind.key() + "|" + occasion + "|" + personKey;
    }
}
