package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.RangeCover;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.service.PeriodSumsCache;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A board's sums of its period and of the one before, per board key, owner and currency, always from
 * pre-aggregated rows in at most one statement: a fiscal period's from the period sums cache, a week's from the day
 * sums cache, a custom range's added up from the day sums cache's whole fiscal periods, weeks and single days inside
 * it ({@link RangeCover}), each cached as a deal change forgets it. A range itself is never cached (no deal change
 * could tell which ranges to forget), and what is missing of its pieces is read in one statement of just their days.
 */
public final class BoardSums {

    private final PeriodSumsCache periodSums;
    private final DaySumsCache daySums;

    public BoardSums(PeriodSumsCache periodSums, DaySumsCache daySums) {
        this.periodSums = periodSums;
        this.daySums = daySums;
    }

    /** The sums of everyone, or of the owners given (a team's board), at least. */
    public Map<String, Map<String, Map<Currency, ForecastTotals>>> read(BoardPeriod period, FiscalCalendar calendar,
                                                                        Optional<Set<String>> owners) {
        Map<String, Map<String, Map<Currency, ForecastTotals>>> byKey = new LinkedHashMap<>();
        switch (period.kind()) {
            case FISCAL -> {
                return periodSums.byPeriod(List.of(period.key(), period.previousKey()));
            }
            case WEEK -> {
                Map<DateRange, Map<String, DealSums>> days = daySums.byRange(List.of(period.range(),
                        period.previousRange()));
                byKey.put(period.key(), DealSums.totalsByOwner(days.getOrDefault(period.range(), Map.of())));
                byKey.put(period.previousKey(), DealSums.totalsByOwner(days.getOrDefault(period.previousRange(),
                        Map.of())));
            }
            case CUSTOM -> {
                List<DateRange> now = RangeCover.of(period.range(), calendar);
                List<DateRange> before = RangeCover.of(period.previousRange(), calendar);
                List<DateRange> pieces = new ArrayList<>(now);
                pieces.addAll(before);
                Map<DateRange, Map<String, DealSums>> read = daySums.byRange(pieces);
                byKey.put(period.key(), added(now, read, owners));
                byKey.put(period.previousKey(), added(before, read, owners));
            }
        }
        return byKey;
    }

    /** The pieces' forecast sums per owner; a team's looked up per member when it is the smaller side. */
    private static Map<String, Map<Currency, ForecastTotals>> added(List<DateRange> cover,
                                                                    Map<DateRange, Map<String, DealSums>> read,
                                                                    Optional<Set<String>> owners) {
        Map<String, Map<Currency, ForecastTotals>> sums = new HashMap<>();
        for (DateRange piece : cover) {
            Map<String, DealSums> byOwner = read.getOrDefault(piece, Map.of());
            if (owners.isPresent() && owners.get().size() < byOwner.size()) {
                for (String owner : owners.get()) {
                    DealSums own = byOwner.get(owner);
                    if (own != null) {
                        add(sums, owner, own);
                    }
                }
            } else {
                byOwner.forEach((owner, own) -> {
                    if (owners.map(wanted -> wanted.contains(owner)).orElse(true)) {
                        add(sums, owner, own);
                    }
                });
            }
        }
        return sums;
    }

    private static void add(Map<String, Map<Currency, ForecastTotals>> sums, String owner, DealSums own) {
        if (!own.totals().isEmpty()) {
            Map<Currency, ForecastTotals> totals = sums.computeIfAbsent(owner, key -> new HashMap<>(2));
            own.totals().forEach((currency, sum) -> totals.merge(currency, sum, ForecastTotals::plus));
        }
    }
}
