package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_AUTO_SETTING: the automation's one settings row (actor, quiet hours, allowed slips). */
@Preload
@Table("AutoSetting")
public interface AutoSettingEntity extends Entity {

    String getActorKey();

    void setActorKey(String actorKey);

    /** Minutes after local midnight. */
    int getQuietStart();

    void setQuietStart(int quietStart);

    int getQuietEnd();

    void setQuietEnd(int quietEnd);

    boolean isQuietWeekends();

    void setQuietWeekends(boolean quietWeekends);

    int getMaxSlips();

    void setMaxSlips(int maxSlips);
}
