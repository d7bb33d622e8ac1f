package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_AUTO_JOB: whether an automation job is switched on (no row: on). */
@Preload
@Table("AutoJob")
public interface AutoJobEntity extends Entity {

    @NotNull
    @Indexed
    String getJobKey();

    void setJobKey(String jobKey);

    boolean isEnabled();

    void setEnabled(boolean enabled);
}
