package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_SCORE_WEIGHT: one line of a role's KPI scorecard, in the order the admin gave. Weight and cap are
 * percent in hundredths (exact, as the model keeps two decimals); a cap of 0 means uncapped. A role's lines are
 * replaced together, by role.
 */
@Preload
@Table("ScoreWeight")
@Indexes({
        @Index(name = "role_line", methodNames = {"getRoleKey", "getLineNo"})
})
public interface ScoreWeightEntity extends Entity {

    @NotNull
    String getRoleKey();

    void setRoleKey(String roleKey);

    int getLineNo();

    void setLineNo(int lineNo);

    @NotNull
    String getKpiKey();

    void setKpiKey(String kpiKey);

    long getWeightHundredths();

    void setWeightHundredths(long weightHundredths);

    long getCapHundredths();

    void setCapHundredths(long capHundredths);
}
