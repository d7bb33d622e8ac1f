package com.salesteam.jira.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * "COLUMN IN (?, …)" for any number of values in one statement: Oracle takes at most 1,000 values in one IN list,
 * so longer ones become several lists joined by OR on the same column.
 */
final class InList {

    static final int MAX_VALUES = 1_000;

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

    static List<Object> parameters(Collection<?> values) {
        return new ArrayList<>(values);
    }
}
