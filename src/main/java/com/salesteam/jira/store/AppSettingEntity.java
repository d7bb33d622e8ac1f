package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_APP_SETTING: one row per app-wide setting (e.g. the fiscal calendar). */
@Preload
@Table("AppSetting")
public interface AppSettingEntity extends Entity {

    @NotNull
    @Indexed
    String getSettingKey();

    void setSettingKey(String settingKey);

    String getSettingValue();

    void setSettingValue(String settingValue);
}
