package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.cadence.OldClaim;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The claims a claim-first job's table holds without their issue, made before a given time: rows with ISSUE_ID 0 and
 * a CLAIMED_AT before it, or none at all (claims written before the column existed), oldest first. A claim with no
 * claim time, or whose marker could not be put on its issue (UNMARKED), comes back link-only: its issue may exist
 * without the label a search looks for.
 */
final class OldClaims {

    private OldClaims() {
    }

    /** At most {@code limit} of them: one statement. {@code state} narrows them to one STATE, if given. */
    static <T extends Entity> List<OldClaim> of(ActiveObjects ao, Class<T> table, String state, Instant claimedBefore,
                                                int limit, Function<T, OldClaim> claim) {
        List<Object> parameters = new ArrayList<>();
        String where = "ISSUE_ID = ? AND (CLAIMED_AT IS NULL OR CLAIMED_AT < ?)";
        if (state != null) {
            where = "STATE = ? AND " + where;
            parameters.add(state);
        }
        parameters.add(0L);
        parameters.add(claimedBefore.toEpochMilli());
        List<OldClaim> claims = new ArrayList<>();
        ao.stream(table, Query.select().where(where, parameters.toArray()).order("CLAIMED_AT").limit(limit),
                row -> claims.add(claim.apply(row)));
        return claims;
    }

    /** A row's claim, from its columns (NULL numbers read as 0). */
    static OldClaim claim(String naturalKey, long claimedAt, boolean unmarked, long missedAt) {
        return new OldClaim(naturalKey, claimedAt == 0 || unmarked,
                missedAt == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(missedAt)));
    }

    /** Changes the row of this claim while it has no issue, in one transaction. */
    static <T extends Entity> void whileUnlinked(ActiveObjects ao, Class<T> table, String keyColumn, String naturalKey,
                                                 Consumer<T> change) {
        ao.executeInTransaction(() -> {
            for (T row : ao.find(table, Query.select().where(keyColumn + " = ? AND ISSUE_ID = ?", naturalKey, 0L))) {
                change.accept(row);
                row.save();
            }
            return null;
        });
    }
}
