package com.salesteam.jira.model.review;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One KPI of a review snapshot: its names then, the value reached (absent: not measured), benchmark and points. */
public record SnapshotKpi(String key, String nameEn, String nameZh, Optional<BigDecimal> actual, BigDecimal benchmark,
                          Optional<BigDecimal> points) {

    public SnapshotKpi {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(points, "points");
    }
}
