package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The claims a claim-first job's table holds without their issue, made before a given time: rows with ISSUE_ID 0 and
 * a CLAIMED_AT before it, or none at all (claims written before the column existed are old), oldest first.
 */
final class OldClaims {

    private OldClaims() {
    }

    /** Their natural keys, at most {@code limit}: one statement. {@code state} narrows them to one STATE, if given. */
    static <T extends Entity> List<String> keys(ActiveObjects ao, Class<T> table, String state, Instant claimedBefore,
                                                int limit, Function<T, String> naturalKey) {
        List<Object> parameters = new ArrayList<>();
        String where = "ISSUE_ID = ? AND (CLAIMED_AT IS NULL OR CLAIMED_AT < ?)";
        if (state != null) {
            where = "STATE = ? AND " + where;
            parameters.add(state);
        }
        parameters.add(0L);
        parameters.add(claimedBefore.toEpochMilli());
        List<String> keys = new ArrayList<>();
        ao.stream(table, Query.select().where(where, parameters.toArray()).order("CLAIMED_AT").limit(limit),
                row -> keys.add(naturalKey.apply(row)));
        return keys;
    }
}
