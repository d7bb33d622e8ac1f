package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_COMM_ASSIGN: a plan given to a rep (user key) or a team (id) for one fiscal period. */
@Preload
@Table("CommAssign")
public interface CommAssignEntity extends Entity {

    @Indexed
    long getPlanId();

    void setPlanId(long planId);

    @NotNull
    String getSubjectType();

    void setSubjectType(String subjectType);

    @NotNull
    @Indexed
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    @NotNull
    @Indexed
    String getPeriodKey();

    void setPeriodKey(String periodKey);
}
