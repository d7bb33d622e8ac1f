package com.salesteam.jira.service;

import java.util.Collection;

/**
 * Told, after a team change is saved (by the teams service or the group sync), who was added to the team.
 * Implemented by onboarding, which makes the plans of those who were in no other team; it never fails the change.
 */
public interface TeamArrivals {

    void added(long teamId, Collection<String> userKeys);
}
