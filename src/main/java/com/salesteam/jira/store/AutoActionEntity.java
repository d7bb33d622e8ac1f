package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_AUTO_ACTION: the audit list, one row per side effect; its natural key makes reruns idempotent. */
@Preload
@Table("AutoAction")
public interface AutoActionEntity extends Entity {

    @NotNull
    @Indexed
    String getActionKey();

    void setActionKey(String actionKey);

    @Indexed
    long getRunId();

    void setRunId(long runId);

    long getIssueId();

    void setIssueId(long issueId);

    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getKind();

    void setKind(String kind);

    String getDetail();

    void setDetail(String detail);

    /** Filtered: the digest reads the week's actions. */
    @Indexed
    long getDoneAt();

    void setDoneAt(long doneAt);
}
