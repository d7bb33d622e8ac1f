package com.salesteam.jira.store.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements the store sends, so tests can hold a request to its query budget, and refuses any
 * statement with more parameters than SQL Server takes (2,100, less a margin), as a supported database would.
 */
public final class StatementCounter {

    /** The most "?" parameters one statement may carry. */
    public static final int MAX_PARAMETERS = 2_000;

    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger mostParameters = new AtomicInteger();
    /** The start of each statement prepared since the last reset (at most 50), for failure messages. */
    private final java.util.List<String> prepared = new java.util.concurrent.CopyOnWriteArrayList<>();

    void increment() {
        count.incrementAndGet();
    }

    /** Notes a statement about to be prepared; an error (not an SQLException the store might catch) past the limit. */
    void prepared(String sql) {
        int parameters = parameters(sql);
        if (prepared.size() < 50) {
            prepared.add(sql.substring(0, Math.min(120, sql.length())));
        }
        mostParameters.accumulateAndGet(parameters, Math::max);
        if (parameters > MAX_PARAMETERS) {
            throw new AssertionError("a statement with " + parameters + " parameters, more than " + MAX_PARAMETERS
                    + " (SQL Server refuses past 2,100): " + sql.substring(0, Math.min(200, sql.length())) + "…");
        }
    }

    /** The "?" placeholders outside quoted literals and identifiers. */
    static int parameters(String sql) {
        int count = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '?') {
                count++;
            }
        }
        return count;
    }

    /** The most parameters any statement carried since the last {@link #reset}. */
    public int mostParameters() {
        return mostParameters.get();
    }

    /** The start of each statement prepared since the last reset (the first 50), to say which ones a budget holds. */
    public java.util.List<String> preparedSql() {
        return java.util.List.copyOf(prepared);
    }

    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
        mostParameters.set(0);
        prepared.clear();
    }
}
