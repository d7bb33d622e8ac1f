package com.salesteam.jira.service;

import java.util.Set;

/** Which Jira projects a person may not browse (Jira's Browse Projects permission). */
public interface ProjectBrowsing {

    /** The ids of the projects the person cannot browse; every project for an unknown or inactive person. */
    Set<Long> projectsHiddenFrom(String userKey);
}
