package com.salesteam.jira.model.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reviewee's figures for the review period as they stood when the review reached the manager: revenue
 * attainment (closed and quota in the quota's units and currency), the KPI scorecard with each KPI, and forecast
 * accuracy. Taken once per review and never changed: a reopened review reaching the manager again keeps the first
 * snapshot, so what the manager judged stays on record beside later figures.
 */
public record ReviewSnapshot(long reviewIssueId, String revieweeKey, String periodKey, Instant takenAt,
                             Optional<BigDecimal> attainmentPercent, long closedUnits, long quotaUnits,
                             Optional<String> currency, Optional<BigDecimal> score, List<SnapshotKpi> kpis,
                             ForecastAccuracy forecastAccuracy) {

    private static final String CELL = "\t";
    private static final String ROW = "\n";

    public ReviewSnapshot {
        Objects.requireNonNull(revieweeKey, "revieweeKey");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(attainmentPercent, "attainmentPercent");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(forecastAccuracy, "forecastAccuracy");
        kpis = List.copyOf(kpis);
    }

    /** The KPI lines as one text (a row per KPI, tab-separated cells, each cell percent-escaped), for storage. */
    public static String encodeKpis(List<SnapshotKpi> kpis) {
        StringBuilder text = new StringBuilder();
        for (SnapshotKpi kpi : kpis) {
            text.append(String.join(CELL, escape(kpi.key()), escape(kpi.nameEn()), escape(kpi.nameZh()),
                    kpi.actual().map(BigDecimal::toPlainString).orElse(""), kpi.benchmark().toPlainString(),
                    kpi.points().map(BigDecimal::toPlainString).orElse(""))).append(ROW);
        }
        return text.toString();
    }

    public static List<SnapshotKpi> decodeKpis(String text) {
        List<SnapshotKpi> kpis = new ArrayList<>();
        for (String row : text.split(ROW)) {
            if (row.isEmpty()) {
                continue;
            }
            String[] cells = row.split(CELL, -1);
            if (cells.length != 6) {
                throw new IllegalArgumentException("a stored KPI line needs 6 cells: " + row);
            }
            kpis.add(new SnapshotKpi(unescape(cells[0]), unescape(cells[1]), unescape(cells[2]), decimal(cells[3]),
                    new BigDecimal(cells[4]), decimal(cells[5])));
        }
        return kpis;
    }

    private static Optional<BigDecimal> decimal(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(cell));
    }

    private static String escape(String value) {
        return value.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String unescape(String value) {
        return value.replace("%0D", "\r").replace("%0A", "\n").replace("%09", "\t").replace("%25", "%");
    }
}
