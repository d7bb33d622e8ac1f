package com.salesteam.jira.service;

import java.util.Collection;
import java.util.Map;

/** The issue keys of deals, for a viewer: only of issues that still exist and that the viewer may browse. */
public interface BrowsableDealKeys {

    /** By issue id, the key of each of those deals the viewer may browse, read in one batch; the others are absent. */
    Map<Long, String> keysFor(String viewerKey, Collection<Long> issueIds);
}
