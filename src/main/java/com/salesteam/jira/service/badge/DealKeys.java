package com.salesteam.jira.service.badge;

import java.util.Optional;

/** The issue key of a deal, stored with its badge so that showing the reason reads no issue. */
public interface DealKeys {

    /** Empty when the issue no longer exists. */
    Optional<String> keyOf(long issueId);
}
