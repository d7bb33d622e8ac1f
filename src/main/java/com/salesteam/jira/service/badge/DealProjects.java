package com.salesteam.jira.service.badge;

import java.util.Collection;
import java.util.Map;

/** The Jira project of each deal issue, to tell whether a viewer may read a badge's deal key. */
public interface DealProjects {

    /** The project id of each of these deal issues that still exists, read in one batch. */
    Map<Long, Long> projectsOf(Collection<Long> issueIds);
}
