package com.salesteam.jira.service;

import com.salesteam.jira.model.DealTimeline;

import java.util.Collection;
import java.util.Map;

/** The change history of deal issues, from the host's issue history. */
public interface DealHistorySource {

    /** The timelines of the issues that still exist; an issue without one is left out. */
    Map<Long, DealTimeline> timelines(Collection<Long> issueIds);
}
