package com.atlassian.jira.web.bean;

import java.io.Serializable;

/** Mirror of Jira 10.3 {@code com.atlassian.jira.web.bean.PagerFilter}; see DESIGN.md. Verified against: docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html. */
@SuppressWarnings("rawtypes")
public class PagerFilter<T> implements Serializable {
    public PagerFilter() {
        throw new UnsupportedOperationException();
    }

    public PagerFilter(int max) {
        throw new UnsupportedOperationException();
    }

    private int start;
    private int max;

    /** Trivial real behaviour (a bean of start and max), so adapters that page can be unit-tested. */
    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public static PagerFilter getUnlimitedFilter() {
        throw new UnsupportedOperationException();
    }

    public static PagerFilter newPageAlignedFilter(int index, int max) {
        throw new UnsupportedOperationException();
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
