package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_COMP_STANDING: one place of a finished competition, written once when it is frozen and never
 * changed. Decimals are kept as their exact text.
 */
@Preload
@Table("CompStanding")
public interface CompStanding extends Entity {

    @Indexed
    long getCompId();

    void setCompId(long compId);

    int getPosition();

    void setPosition(int position);

    int getPlace();

    void setPlace(int place);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getScore();

    void setScore(String score);

    @NotNull
    String getAmount();

    void setAmount(String amount);

    /** Empty when scored on the value itself. */
    String getTarget();

    void setTarget(String target);

    boolean isWinner();

    void setWinner(boolean winner);
}
