package com.salesteam.jira.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * "COLUMN IN (?, …)" for any number of values in one statement: Oracle takes at most 1,000 values in one IN list,
 * so longer ones become several lists joined by OR on the same column. SQL Server refuses a statement with more than
 * 2,100 parameters, so a caller whose statement could pass {@link #MAX_PARAMETERS} reads by its other criteria and
 * filters in memory, or runs one statement per {@link #chunks chunk}.
 */
final class InList {

    static final int MAX_VALUES = 1_000;
    /** The most parameters one statement may carry: SQL Server's 2,100, less a margin for the other criteria. */
    static final int MAX_PARAMETERS = 2_000;

    private InList() {
    }

    static String of(String column, int count) {
        List<String> lists = new ArrayList<>();
        for (int from = 0; from < count; from += MAX_VALUES) {
            int size = Math.min(MAX_VALUES, count - from);
            lists.add(column + " IN (" + String.join(", ", Collections.nCopies(size, "?")) + ")");
        }
        return lists.size() == 1 ? lists.get(0) : "(" + String.join(" OR ", lists) + ")";
    }

    /** The values in lists of at most {@code size}, in their iteration order. */
    static <T> List<List<T>> chunks(Collection<T> values, int size) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    /**
     * The values of a statement that carries {@code otherParameters} more: all in one list while that stays within
     * {@link #MAX_PARAMETERS}, so a list that fits keeps its single statement, else lists of {@link #MAX_VALUES}, one
     * statement each. No list for no values.
     */
    static <T> List<List<T>> perStatement(Collection<T> values, int otherParameters) {
        if (values.isEmpty()) {
            return List.of();
        }
        return values.size() + otherParameters <= MAX_PARAMETERS ? List.of(new ArrayList<>(values))
                : chunks(values, MAX_VALUES);
    }

    static List<Object> parameters(Collection<?> values) {
        return new ArrayList<>(values);
    }
}
