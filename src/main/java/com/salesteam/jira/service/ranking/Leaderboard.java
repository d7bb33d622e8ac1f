package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.ranking.LeaderboardMetric;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A ranked board: the top rows and, when the viewer ranks below them, the viewer's own row. Values of money metrics
 * are minor units of {@code currency}; {@code hiddenAmounts} means the other rows' values were removed for the
 * viewer. Reps with won or weighted amounts only in other currencies are ranked on what they have in
 * {@code currency}; {@code otherCurrencyReps} counts them so the gap is visible. A percent-of-quota board leaves
 * out reps without a revenue-won quota and counts them in {@code withoutQuota}.
 */
public record Leaderboard(LeaderboardMetric metric, String periodKey, String previousPeriodKey, Optional<Long> teamId,
                          Currency currency, List<Row> rows, Optional<Row> own, boolean hiddenAmounts,
                          int otherCurrencyReps, int withoutQuota) {

    /**
     * One rep's standing. {@code value} is empty when hidden from the viewer; {@code movement} is places gained
     * since the previous period, empty when the rep was not ranked then.
     */
    public record Row(int rank, String userKey, String name, Optional<BigDecimal> value,
                      Optional<BigDecimal> percentOfQuota, Optional<Integer> movement, boolean self) {
    }
}
