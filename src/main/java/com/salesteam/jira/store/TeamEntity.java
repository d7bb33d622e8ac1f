package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_TEAM: one row per sales team. */
@Preload
@Table("Team")
public interface TeamEntity extends Entity {

    @NotNull
    String getName();

    void setName(String name);

    /** Lower-cased name, so that "EMEA" and "emea" count as the same team name. */
    @NotNull
    @Indexed
    String getNameKey();

    void setNameKey(String nameKey);

    String getDescription();

    void setDescription(String description);

    /** 0 for a top-level team; explicit column instead of a relation (see DESIGN.md). */
    @Indexed
    long getParentTeamId();

    void setParentTeamId(long parentTeamId);

    String getManagerKey();

    void setManagerKey(String managerKey);

    // --- Team group sync: added columns only (AO never renames or drops), all nullable so existing rows need no
    // upgrade task: a null group name is a team kept by hand, a null sync time a team never synced.

    /** The Jira group whose active users are the members; null when members are kept by hand. */
    String getGroupName();

    void setGroupName(String groupName);

    /** ISO instant of the last sync, as the reconciliation status keeps its times. */
    String getSyncedAt();

    void setSyncedAt(String syncedAt);

    Integer getSyncAdded();

    void setSyncAdded(Integer syncAdded);

    Integer getSyncRemoved();

    void setSyncRemoved(Integer syncRemoved);

    /** The i18n key of why the last sync failed; null when it succeeded. */
    String getSyncError();

    void setSyncError(String syncError);

    // --- Team tree in one statement (model version 6)

    /**
     * The user keys of the member rows, sorted, one a line (a Jira user key holds no line break), so the whole tree
     * is read from this table alone; written in the same transaction as the member rows, which stay for the lookups
     * by person. Null or empty for none (Oracle stores an empty text as null), and on every team until the upgrade
     * to model version 6 fills it.
     */
    @StringLength(StringLength.UNLIMITED)
    String getMemberKeys();

    void setMemberKeys(String memberKeys);
}
