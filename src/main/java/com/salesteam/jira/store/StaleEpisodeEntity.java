package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_STALE_EPISODE: each deal's latest staleness episode the automation acted on. */
@Preload
@Table("StaleEpisode")
public interface StaleEpisodeEntity extends Entity {

    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    long getStartAt();

    void setStartAt(long startAt);

    long getLastAction();

    void setLastAction(long lastAction);

    /** Filtered: the deals still waiting for their escalation. */
    @Indexed
    boolean isEscalated();

    void setEscalated(boolean escalated);
}
