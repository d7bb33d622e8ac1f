package com.salesteam.jira.service;

import com.salesteam.jira.model.DealSnapshot;

import java.util.List;

/** All deal issues, page by page in a stable order, as the reconciliation job reads them. */
public interface DealSource {

    DealPage page(int startAt, int maxResults);

    /** Whether the issue still exists and is a deal (the search index may lag behind). */
    boolean isDeal(long issueId);

    record DealPage(List<DealSnapshot> deals, int total) {
        public DealPage {
            deals = List.copyOf(deals);
        }
    }
}
