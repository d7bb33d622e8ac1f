package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.store.DealLedger;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A board's sums of its period and of the one before, per board key, owner and currency, always from
 * pre-aggregated rows in at most one statement: a fiscal period's from the period sums cache, a week's from the day
 * sums cache, a custom range's from one read of everyone's day rows of both ranges, which the board then narrows to
 * its reps (a range is never cached, since no deal change could tell which ranges to forget; and on the embedded
 * database a range read of everyone took a third of the time of the same read narrowed by 1,000 owners in SQL).
 */
public final class BoardSums {

    private final PeriodSumsCache periodSums;
    private final DaySumsCache daySums;
    private final DealLedger ledger;

    public BoardSums(PeriodSumsCache periodSums, DaySumsCache daySums, DealLedger ledger) {
        this.periodSums = periodSums;
        this.daySums = daySums;
        this.ledger = ledger;
    }

    public Map<String, Map<String, Map<Currency, ForecastTotals>>> read(BoardPeriod period) {
        List<DateRange> ranges = List.of(period.range(), period.previousRange());
        Map<DateRange, Map<String, DealSums>> days = switch (period.kind()) {
            case FISCAL -> null;
            case WEEK -> daySums.byRange(ranges);
            case CUSTOM -> ledger.spanSumsOfEveryone(ranges);
        };
        if (days == null) {
            return periodSums.byPeriod(List.of(period.key(), period.previousKey()));
        }
        Map<String, Map<String, Map<Currency, ForecastTotals>>> byKey = new LinkedHashMap<>();
        byKey.put(period.key(), DealSums.totalsByOwner(days.getOrDefault(period.range(), Map.of())));
        byKey.put(period.previousKey(), DealSums.totalsByOwner(days.getOrDefault(period.previousRange(), Map.of())));
        return byKey;
    }
}
