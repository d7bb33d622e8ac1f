package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_REP_COACHING: one pre-aggregated row per rep for the Coaching &amp; Reviews gadget, kept up to
 * date by the writers of each figure (the last 1:1 held, onboarding tasks done of planned), so the gadget reads a
 * team's reps in one statement. LAST_ONE_ON_ONE is in epoch milliseconds, -1 for never. Open coaching actions are
 * read from the reviews' coaching store (CoachAction), not kept twice.
 */
@Preload
@Table("RepCoaching")
public interface RepCoachingEntity extends Entity {

    @NotNull
    @Unique
    String getRepKey();

    void setRepKey(String repKey);

    long getLastOneOnOne();

    void setLastOneOnOne(long lastOneOnOne);

    int getOnboardDone();

    void setOnboardDone(int onboardDone);

    int getOnboardTotal();

    void setOnboardTotal(int onboardTotal);
}
