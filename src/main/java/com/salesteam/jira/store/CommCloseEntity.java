package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_COMM_CLOSE: a fiscal period whose statements an admin froze, by whom and when. */
@Preload
@Table("CommClose")
public interface CommCloseEntity extends Entity {

    @NotNull
    @Indexed
    String getPeriodKey();

    void setPeriodKey(String periodKey);

    String getClosedBy();

    void setClosedBy(String closedBy);

    long getClosedAt();

    void setClosedAt(long closedAt);
}
