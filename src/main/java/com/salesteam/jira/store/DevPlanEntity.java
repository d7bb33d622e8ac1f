package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_DEV_PLAN: one personal development plan per rep. Goals and skills are stored as text, one per
 * line (each goal prefixed "[x] " when reached, "[ ] " when not), never filtered or sorted, so unlimited length is safe on Oracle.
 */
@Preload
@Table("DevPlan")
public interface DevPlanEntity extends Entity {

    @NotNull
    @Unique
    String getRepKey();

    void setRepKey(String repKey);

    @StringLength(StringLength.UNLIMITED)
    String getGoals();

    void setGoals(String goals);

    @StringLength(StringLength.UNLIMITED)
    String getSkills();

    void setSkills(String skills);

    String getTargetRole();

    void setTargetRole(String targetRole);

    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
