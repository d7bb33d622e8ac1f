package com.salesteam.jira.model.cadence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The agenda of a 1:1, generated from data: the rep's deals whose close date slipped (most slips first), deals not
 * updated for as long as their stage allows, else {@code staleDays} (longest first), KPIs below their benchmark
 * (lowest share of it first), open coaching actions and the action items of the last meeting. Empty sections are
 * left out when rendered.
 */
public record MeetingAgenda(List<Deal> slipped, List<Deal> stale, List<Kpi> belowBenchmark, List<Action> openActions,
                            List<String> lastActionItems) {

    /** A deal as the agenda names it; {@code daysSinceUpdate} is filled for stale deals. */
    public record Deal(String issueKey, String summary, int slipCount, long daysSinceUpdate) {
        public Deal {
            Objects.requireNonNull(issueKey, "issueKey");
            Objects.requireNonNull(summary, "summary");
        }
    }

    /** A KPI's actual value against its benchmark for the period. */
    public record Kpi(String name, BigDecimal actual, BigDecimal benchmark) {
        public Kpi {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(benchmark, "benchmark");
        }

        boolean below() {
            return actual.compareTo(benchmark) < 0;
        }

        /** Actual as a share of the benchmark, so KPIs of different sizes compare. */
        BigDecimal share() {
            return benchmark.signum() == 0 ? BigDecimal.ZERO : actual.divide(benchmark, 6, RoundingMode.HALF_UP);
        }
    }

    /** An open coaching action. */
    public record Action(String issueKey, String summary) {
        public Action {
            Objects.requireNonNull(issueKey, "issueKey");
            Objects.requireNonNull(summary, "summary");
        }
    }

    /**
     * A deal of the rep as the ledger knows it: slips and the day it was last updated. {@code staleAfterDays} is the
     * idle time its stage allows (the stale-deal rule of the stage), or 0 to use the meeting's default.
     */
    public record DealFact(String issueKey, String summary, int slipCount, LocalDate lastUpdated, boolean open,
                           int staleAfterDays) {
        public DealFact {
            Objects.requireNonNull(issueKey, "issueKey");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(lastUpdated, "lastUpdated");
            if (staleAfterDays < 0) {
                throw new IllegalArgumentException("staleAfterDays must not be negative");
            }
        }

        /** A deal judged by the meeting's default idle time. */
        public DealFact(String issueKey, String summary, int slipCount, LocalDate lastUpdated, boolean open) {
            this(issueKey, summary, slipCount, lastUpdated, open, 0);
        }
    }

    public MeetingAgenda {
        slipped = List.copyOf(slipped);
        stale = List.copyOf(stale);
        belowBenchmark = List.copyOf(belowBenchmark);
        openActions = List.copyOf(openActions);
        lastActionItems = List.copyOf(lastActionItems);
    }

    /** Builds the agenda of a meeting on {@code day}; only open deals are discussed. */
    public static MeetingAgenda build(List<DealFact> deals, List<Kpi> kpis, List<Action> openActions,
                                      String lastMeetingActionItems, LocalDate day, int staleDays) {
        List<Deal> slipped = new ArrayList<>();
        List<Deal> stale = new ArrayList<>();
        for (DealFact deal : deals) {
            if (!deal.open()) {
                continue;
            }
            long idle = Math.max(0, ChronoUnit.DAYS.between(deal.lastUpdated(), day));
            if (deal.slipCount() > 0) {
                slipped.add(new Deal(deal.issueKey(), deal.summary(), deal.slipCount(), idle));
            }
            if (stale(deal, day, staleDays)) {
                stale.add(new Deal(deal.issueKey(), deal.summary(), deal.slipCount(), idle));
            }
        }
        slipped.sort(Comparator.comparingInt(Deal::slipCount).reversed().thenComparing(Deal::issueKey));
        stale.sort(Comparator.comparingLong(Deal::daysSinceUpdate).reversed().thenComparing(Deal::issueKey));
        List<Kpi> below = new ArrayList<>(kpis.stream().filter(Kpi::below).toList());
        below.sort(Comparator.comparing(Kpi::share).thenComparing(Kpi::name));
        return new MeetingAgenda(slipped, stale, below, openActions, actionItems(lastMeetingActionItems));
    }

    /** Whether the deal has a place on the agenda: open, and slipped or stale. */
    public static boolean discussed(DealFact deal, LocalDate day, int staleDays) {
        return deal.open() && (deal.slipCount() > 0 || stale(deal, day, staleDays));
    }

    private static boolean stale(DealFact deal, LocalDate day, int staleDays) {
        long idle = Math.max(0, ChronoUnit.DAYS.between(deal.lastUpdated(), day));
        return idle >= (deal.staleAfterDays() > 0 ? deal.staleAfterDays() : staleDays);
    }

    /** The action items of a meeting, one per non-blank line, list markers ("*", "-", "#") removed. */
    public static List<String> actionItems(String text) {
        List<String> items = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String item = line.strip().replaceFirst("^[*#-]+\\s*", "").strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    public boolean isEmpty() {
        return slipped.isEmpty() && stale.isEmpty() && belowBenchmark.isEmpty() && openActions.isEmpty()
                && lastActionItems.isEmpty();
    }
}
