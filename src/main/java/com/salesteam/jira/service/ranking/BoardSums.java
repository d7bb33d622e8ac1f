package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.NewPipeline;
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
import java.util.function.BiConsumer;

/**
 * A board's sums of its period and of the one before, per board key, owner and currency, always from
 * pre-aggregated rows in at most one statement: a fiscal period's from the period sums cache, a week's from the day
 * sums cache, a custom range's added up from the day sums cache's whole fiscal periods, weeks and single days inside
 * it ({@link RangeCover}), each cached as a deal change forgets it. A range itself is never cached (no deal change
 * could tell which ranges to forget), and what is missing of its pieces is read in one statement of just their days.
 * New pipeline, which the period rows do not hold, comes from the day sums cache for a fiscal period too.
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
                Covers covers = covers(period, calendar);
                byKey.put(period.key(), added(covers.now(), covers.read(), owners));
                byKey.put(period.previousKey(), added(covers.before(), covers.read(), owners));
            }
        }
        return byKey;
    }

    /**
     * The day sums (forecast sums and new pipeline) of the board's period and of the one before, per board key and
     * owner, of everyone or of the owners given at least: for every kind of period from the day sums cache, since the
     * period rows hold no new pipeline. A fiscal period's and a week's are the cached entry itself, not a copy: the
     * all-company board of 10,000 reps reads them as they are; a range's new pipeline is added up from its pieces.
     */
    public Map<String, Map<String, DealSums>> days(BoardPeriod period, FiscalCalendar calendar,
                                                   Optional<Set<String>> owners) {
        Map<String, Map<String, DealSums>> byKey = new LinkedHashMap<>();
        if (period.kind() != BoardPeriod.Kind.CUSTOM) {
            Map<DateRange, Map<String, DealSums>> read = daySums.byRange(List.of(period.range(),
                    period.previousRange()));
            byKey.put(period.key(), read.getOrDefault(period.range(), Map.of()));
            byKey.put(period.previousKey(), read.getOrDefault(period.previousRange(), Map.of()));
            return byKey;
        }
        Covers covers = covers(period, calendar);
        byKey.put(period.key(), createdAdded(covers.now(), covers.read(), owners));
        byKey.put(period.previousKey(), createdAdded(covers.before(), covers.read(), owners));
        return byKey;
    }

    /** A custom range and the one before it as cached pieces, and those pieces' day sums, read in one batch. */
    private record Covers(List<DateRange> now, List<DateRange> before, Map<DateRange, Map<String, DealSums>> read) {
    }

    private Covers covers(BoardPeriod period, FiscalCalendar calendar) {
        List<DateRange> now = RangeCover.of(period.range(), calendar);
        List<DateRange> before = RangeCover.of(period.previousRange(), calendar);
        List<DateRange> pieces = new ArrayList<>(now);
        pieces.addAll(before);
        return new Covers(now, before, daySums.byRange(pieces));
    }

    /** The pieces' new pipeline per owner (who created something), as day sums without forecast sums. */
    private static Map<String, DealSums> createdAdded(List<DateRange> cover, Map<DateRange, Map<String, DealSums>> read,
                                                      Optional<Set<String>> owners) {
        Map<String, Map<Currency, NewPipeline>> sums = new HashMap<>();
        eachOwner(cover, read, owners, (owner, own) -> {
            if (!own.created().isEmpty()) {
                Map<Currency, NewPipeline> created = sums.computeIfAbsent(owner, key -> new HashMap<>(2));
                own.created().forEach((currency, sum) -> created.merge(currency, sum, NewPipeline::plus));
            }
        });
        Map<String, DealSums> added = new HashMap<>();
        sums.forEach((owner, created) -> added.put(owner, new DealSums(Map.of(), created)));
        return added;
    }

    /** The pieces' forecast sums per owner. */
    private static Map<String, Map<Currency, ForecastTotals>> added(List<DateRange> cover,
                                                                    Map<DateRange, Map<String, DealSums>> read,
                                                                    Optional<Set<String>> owners) {
        Map<String, Map<Currency, ForecastTotals>> sums = new HashMap<>();
        eachOwner(cover, read, owners, (owner, own) -> add(sums, owner, own));
        return sums;
    }

    /** Each piece's sums of each owner wanted; a team's looked up per member when it is the smaller side. */
    private static void eachOwner(List<DateRange> cover, Map<DateRange, Map<String, DealSums>> read,
                                  Optional<Set<String>> owners, BiConsumer<String, DealSums> action) {
        for (DateRange piece : cover) {
            Map<String, DealSums> byOwner = read.getOrDefault(piece, Map.of());
            if (owners.isPresent() && owners.get().size() < byOwner.size()) {
                for (String owner : owners.get()) {
                    DealSums own = byOwner.get(owner);
                    if (own != null) {
                        action.accept(owner, own);
                    }
                }
            } else {
                byOwner.forEach((owner, own) -> {
                    if (owners.map(wanted -> wanted.contains(owner)).orElse(true)) {
                        action.accept(owner, own);
                    }
                });
            }
        }
    }

    private static void add(Map<String, Map<Currency, ForecastTotals>> sums, String owner, DealSums own) {
        if (!own.totals().isEmpty()) {
            Map<Currency, ForecastTotals> totals = sums.computeIfAbsent(owner, key -> new HashMap<>(2));
            own.totals().forEach((currency, sum) -> totals.merge(currency, sum, ForecastTotals::plus));
        }
    }
}
