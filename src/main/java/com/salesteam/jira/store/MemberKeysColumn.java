package com.salesteam.jira.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * How a team row holds its member keys: sorted, one a line. Sorted in Java, not by the database, so every database
 * (and collation) stores and reads the same order.
 */
public final class MemberKeysColumn {

    private static final String SEPARATOR = "\n";

    private MemberKeysColumn() {
    }

    /** The column's value for these keys; refuses a key with a line break, which would read back as two. */
    public static String of(Collection<String> userKeys) {
        for (String key : userKeys) {
            if (key.contains(SEPARATOR)) {
                throw new IllegalArgumentException("a user key with a line break cannot be stored: " + key.strip());
            }
        }
        return String.join(SEPARATOR, userKeys.stream().sorted().toList());
    }

    /** The keys in a column's value; none for an empty value or a row the upgrade has not filled. */
    public static List<String> read(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(SEPARATOR));
    }
}
