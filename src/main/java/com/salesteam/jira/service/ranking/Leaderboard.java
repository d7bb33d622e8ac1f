package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.ranking.LeaderboardMetric;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A ranked board: the top rows and, when the viewer ranks below them, the viewer's own row. Values of money metrics
 * are minor units of {@code currency}; {@code hiddenAmounts} means the other rows' values were removed for the
 * viewer. Reps with won, weighted or new pipeline amounts only in other currencies are ranked on what they have in
 * {@code currency}; {@code otherCurrencyReps} counts them so the gap is visible. A percent-of-quota board leaves
 * out reps without a revenue-won quota and counts them in {@code withoutQuota}; its rows' {@code percentOfQuota} is
 * their value (other boards read no quotas, so leave it empty). A KPI board names its {@code kpi}: its values are
 * amounts of the KPI (a deal KPI's revenue as an amount of {@code currency}); a lower-is-better KPI ranks the lowest
 * first. A scorecard board's values are the scores.
 */
public record Leaderboard(LeaderboardMetric metric, String periodKey, String previousPeriodKey, Optional<Long> teamId,
                          Currency currency, List<Row> rows, Optional<Row> own, boolean hiddenAmounts,
                          int otherCurrencyReps, int withoutQuota, Optional<KpiDefinition> kpi) {

    /**
     * One rep's standing. {@code value} is empty when hidden from the viewer; {@code movement} is places gained
     * since the previous period, empty when the rep was not ranked then.
     */
    public record Row(int rank, String userKey, String name, Optional<BigDecimal> value,
                      Optional<BigDecimal> percentOfQuota, Optional<Integer> movement, boolean self) {
    }
}
