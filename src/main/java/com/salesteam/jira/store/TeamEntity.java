package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
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
}
