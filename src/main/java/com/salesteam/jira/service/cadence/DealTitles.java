package com.salesteam.jira.service.cadence;

import java.util.Collection;
import java.util.Map;

/** The issue key and summary of deals, for naming them on an agenda. Implemented over Jira's issue manager. */
public interface DealTitles {

    /** How an agenda names a deal. */
    record Title(String key, String summary) {
    }

    /** The titles of those deals whose issue still exists, by issue id. */
    Map<Long, Title> titles(Collection<Long> issueIds);
}
