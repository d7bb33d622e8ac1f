package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_ONBOARD_TASK: the onboarding plan template's tasks, read whole and replaced whole; the template's
 * project is an app setting. KIND is a Coaching Kind option, DUE_AFTER_DAYS counts from the day someone joins.
 */
@Preload
@Table("OnboardTask")
public interface OnboardTaskEntity extends Entity {

    int getTaskOrder();

    void setTaskOrder(int taskOrder);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @NotNull
    String getKind();

    void setKind(String kind);

    int getDueAfterDays();

    void setDueAfterDays(int dueAfterDays);
}
