package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_BADGE: badges awarded, one row per (kind, occasion, person). AO declares no unique key over
 * several columns, so AWARD_KEY holds the SHA-256 of that natural key (a user key alone may fill 255 characters)
 * under a unique constraint: two nodes awarding the same badge at once leave one row. Read by person, and by kind
 * and occasion ("has this quarter's biggest deal been awarded?").
 */
@Preload
@Table("Badge")
@Indexes({@Index(name = "kind_occasion", methodNames = {"getKind", "getOccasion"})})
public interface BadgeEntity extends Entity {

    @NotNull
    @Unique
    String getAwardKey();

    void setAwardKey(String awardKey);

    @NotNull
    @Indexed
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    String getOccasion();

    void setOccasion(String occasion);

    /** The deal issue's id, 0 when the badge is for a period. */
    long getDealId();

    void setDealId(long dealId);

    /** The deal issue's key when awarded (e.g. DEAL-12), null when there is no deal or it was not found. */
    String getDealKey();

    void setDealKey(String dealKey);

    long getAwardedAt();

    void setAwardedAt(long awardedAt);

    /** False until the person has seen it: the notification. */
    boolean isSeen();

    void setSeen(boolean seen);
}
