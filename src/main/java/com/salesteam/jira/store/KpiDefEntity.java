package com.salesteam.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_KPI_DEF: one KPI definition per key. Benchmarks are in hundredths (exact, as the model keeps two
 * decimals), one column per role. SOURCE_PARAM holds the deal metric's key or the JQL text (up to 2,000 characters,
 * hence unlimited; it is never filtered or sorted on).
 */
@Preload
@Table("KpiDef")
public interface KpiDefEntity extends Entity {

    @NotNull
    @Indexed
    String getKpiKey();

    void setKpiKey(String kpiKey);

    @NotNull
    String getNameEn();

    void setNameEn(String nameEn);

    @NotNull
    String getNameZh();

    void setNameZh(String nameZh);

    @NotNull
    String getUnit();

    void setUnit(String unit);

    @NotNull
    String getSourceType();

    void setSourceType(String sourceType);

    @StringLength(StringLength.UNLIMITED)
    String getSourceParam();

    void setSourceParam(String sourceParam);

    @NotNull
    String getDirection();

    void setDirection(String direction);

    long getRepBenchmark();

    void setRepBenchmark(long repBenchmark);

    long getManagerBenchmark();

    void setManagerBenchmark(long managerBenchmark);

    boolean isActive();

    void setActive(boolean active);
}
