package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.commission.BandShare;
import com.salesteam.jira.model.commission.CommissionPlan;
import com.salesteam.jira.model.commission.CurvePoint;
import com.salesteam.jira.model.commission.PlanHeading;
import com.salesteam.jira.model.commission.PlanKind;
import com.salesteam.jira.model.commission.StatementLine;
import com.salesteam.jira.model.commission.Tier;
import com.salesteam.jira.model.commission.TierBasis;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Commission plans with their rows, their assignments, closed periods and the frozen lines of those periods. */
public class CommissionRepository {

    /** A summary's absent figure: Oracle stores an empty text as NULL, which a NOT NULL column refuses. */
    private static final String NONE = "-";

    public record StoredPlan(long id, CommissionPlan plan) {
    }

    /** A plan given to a rep ({@code "rep"}, user key) or a team ({@code "team"}, id) for one period. */
    public record Assignment(long id, long planId, String subjectType, String subjectKey, String periodKey) {
    }

    /**
     * A frozen line of a rep's closed period. A SUMMARY line (kind empty here, see {@link #summary}) carries the
     * period's credited total, earned total and, for a pay curve, attainment and payout.
     */
    public record FrozenLine(String repKey, String periodKey, int position, StatementLine line) {
    }

    /**
     * What a closed period's statement said in total, and the plan's name, kind and currency then ({@code heading}
     * empty on summaries frozen before headings were kept), and a pay curve's target incentive (empty before it was
     * kept).
     */
    public record FrozenSummary(String repKey, String periodKey, long planId, Optional<PlanHeading> heading,
                                Money credited, Money earned, Optional<BigDecimal> attainment,
                                Optional<BigDecimal> payout, Optional<Money> targetIncentive) {
    }

    private static final String SUMMARY = "SUMMARY";

    private final ActiveObjects ao;

    public CommissionRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Every plan with its rows: two statements. */
    public List<StoredPlan> plans() {
        List<CommPlanEntity> plans = new ArrayList<>();
        ao.stream(CommPlanEntity.class, Query.select(), plans::add);
        Map<Long, List<CommTierEntity>> rows = new HashMap<>();
        ao.stream(CommTierEntity.class, Query.select(), row -> rows.computeIfAbsent(row.getPlanId(), id -> new ArrayList<>()).add(row));
        List<StoredPlan> result = new ArrayList<>();
        for (CommPlanEntity plan : plans) {
            List<CommTierEntity> own = rows.getOrDefault((long) plan.getID(), new ArrayList<>());
            own.sort(Comparator.comparingInt(CommTierEntity::getPosition));
            result.add(new StoredPlan(plan.getID(), toPlan(plan, own)));
        }
        result.sort(Comparator.comparing(stored -> stored.plan().name(), String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    /** A new plan and its rows, in one transaction. */
    public StoredPlan create(CommissionPlan plan) {
        return ao.executeInTransaction(() -> {
            CommPlanEntity row = ao.create(CommPlanEntity.class, Map.<String, Object>of("NAME", plan.name(),
                    "CURRENCY", plan.currency().getCurrencyCode(), "KIND", plan.kind().name()));
            write(row, plan);
            return new StoredPlan(row.getID(), plan);
        });
    }

    /** Replaces the plan and its rows in one transaction; empty if there is no such plan. */
    public Optional<StoredPlan> update(long id, CommissionPlan plan) {
        return ao.executeInTransaction(() -> {
            CommPlanEntity row = ao.get(CommPlanEntity.class, (int) id);
            if (row == null) {
                return Optional.empty();
            }
            ao.deleteWithSQL(CommTierEntity.class, "PLAN_ID = ?", id);
            write(row, plan);
            return Optional.of(new StoredPlan(id, plan));
        });
    }

    private void write(CommPlanEntity row, CommissionPlan plan) {
        row.setName(plan.name());
        row.setCurrency(plan.currency().getCurrencyCode());
        row.setKind(plan.kind().name());
        row.setTierBasis(plan.basis().name());
        row.setTargetMinor(plan.targetIncentive().map(Money::minor).orElse(0L));
        row.setThreshold(plan.threshold().toPlainString());
        row.setAccelerator(plan.accelerator().toPlainString());
        row.setCapPercent(plan.cap().map(BigDecimal::toPlainString).orElse(null));
        row.save();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (plan.kind() == PlanKind.PAY_CURVE) {
            for (CurvePoint point : plan.points()) {
                rows.add(tierRow(row.getID(), rows.size(), point.attainment(), Optional.empty(), point.payout()));
            }
        } else {
            for (Tier tier : plan.tiers()) {
                rows.add(tierRow(row.getID(), rows.size(), tier.from(), tier.to(), tier.rate()));
            }
        }
        ao.create(CommTierEntity.class, rows);
    }

    private static Map<String, Object> tierRow(long planId, int position, BigDecimal low, Optional<BigDecimal> high,
                                               BigDecimal rate) {
        Map<String, Object> row = new HashMap<>();
        row.put("PLAN_ID", planId);
        row.put("POSITION", position);
        row.put("LOW_BOUND", low.toPlainString());
        row.put("HIGH_BOUND", high.map(BigDecimal::toPlainString).orElse(null));
        row.put("RATE", rate.toPlainString());
        return row;
    }

    private static CommissionPlan toPlan(CommPlanEntity row, List<CommTierEntity> rows) {
        Currency currency = Currency.getInstance(row.getCurrency());
        PlanKind kind = PlanKind.valueOf(row.getKind());
        if (kind == PlanKind.PAY_CURVE) {
            List<CurvePoint> points = rows.stream().map(point -> new CurvePoint(new BigDecimal(point.getLowBound()),
                    new BigDecimal(point.getRate()))).toList();
            return CommissionPlan.payCurve(row.getName(), Money.ofMinor(row.getTargetMinor(), currency),
                    new BigDecimal(row.getThreshold()), points, new BigDecimal(row.getAccelerator()),
                    Optional.ofNullable(row.getCapPercent()).map(BigDecimal::new));
        }
        List<Tier> tiers = rows.stream().map(tier -> new Tier(new BigDecimal(tier.getLowBound()),
                Optional.ofNullable(tier.getHighBound()).map(BigDecimal::new), new BigDecimal(tier.getRate()))).toList();
        TierBasis basis = row.getTierBasis() == null ? TierBasis.AMOUNT : TierBasis.valueOf(row.getTierBasis());
        return CommissionPlan.tiered(row.getName(), currency, kind, basis, tiers);
    }

    /** Every assignment: one statement. */
    public List<Assignment> assignments() {
        List<Assignment> found = new ArrayList<>();
        ao.stream(CommAssignEntity.class, Query.select(), row -> found.add(new Assignment(row.getID(), row.getPlanId(),
                row.getSubjectType(), row.getSubjectKey(), row.getPeriodKey())));
        return found;
    }

    /** Gives the plan to the subject for the period, replacing what the subject had for it, in one transaction. */
    public Assignment assign(long planId, String subjectType, String subjectKey, String periodKey) {
        return ao.executeInTransaction(() -> {
            ao.deleteWithSQL(CommAssignEntity.class, "SUBJECT_KEY = ? AND SUBJECT_TYPE = ? AND PERIOD_KEY = ?",
                    subjectKey, subjectType, periodKey);
            CommAssignEntity row = ao.create(CommAssignEntity.class, Map.<String, Object>of("PLAN_ID", planId,
                    "SUBJECT_TYPE", subjectType, "SUBJECT_KEY", subjectKey, "PERIOD_KEY", periodKey));
            return new Assignment(row.getID(), planId, subjectType, subjectKey, periodKey);
        });
    }

    public boolean unassign(long id) {
        return ao.executeInTransaction(() -> {
            CommAssignEntity row = ao.get(CommAssignEntity.class, (int) id);
            if (row == null) {
                return false;
            }
            ao.delete(row);
            return true;
        });
    }

    /** The closed periods' keys: one statement. */
    public Set<String> closedPeriods() {
        Set<String> closed = new HashSet<>();
        ao.stream(CommCloseEntity.class, Query.select(), row -> closed.add(row.getPeriodKey()));
        return closed;
    }

    /**
     * Closes the period with every rep's lines and summaries, all or nothing, in one transaction; false (and nothing
     * written) when it was closed already.
     */
    public boolean close(String periodKey, String byKey, Instant at, List<FrozenLine> lines, List<FrozenSummary> summaries) {
        return ao.executeInTransaction(() -> {
            if (ao.find(CommCloseEntity.class, Query.select().where("PERIOD_KEY = ?", periodKey)).length > 0) {
                return false;
            }
            ao.create(CommCloseEntity.class, List.of(Map.<String, Object>of("PERIOD_KEY", periodKey, "CLOSED_BY", byKey,
                    "CLOSED_AT", at.toEpochMilli())));
            List<Map<String, Object>> rows = new ArrayList<>(lines.size() + summaries.size());
            lines.forEach(line -> rows.add(lineRow(line)));
            summaries.forEach(summary -> rows.add(summaryRow(summary)));
            if (!rows.isEmpty()) {
                ao.create(CommLineEntity.class, rows);
            }
            return true;
        });
    }

    /**
     * Every rep with a frozen statement (paid or given back in a closed period), who may owe a clawback whatever
     * plan they have now: one indexed read of the summary rows.
     */
    public Set<String> paidReps() {
        Set<String> reps = new HashSet<>();
        ao.stream(CommLineEntity.class, Query.select().where("KIND = ?", SUMMARY), row -> reps.add(row.getRepKey()));
        return reps;
    }

    /** The rep's frozen lines and summaries of every closed period: one statement. */
    public Frozen frozen(String repKey) {
        return frozen(List.of(repKey)).getOrDefault(repKey, new Frozen(List.of(), List.of()));
    }

    /**
     * The frozen lines and summaries of each of those reps (one read up to 2,000 reps, else one per 1,000), a rep
     * without any absent from the map.
     */
    public Map<String, Frozen> frozen(Collection<String> repKeys) {
        Map<String, List<FrozenLine>> lines = new HashMap<>();
        Map<String, List<FrozenSummary>> summaries = new HashMap<>();
        if (repKeys.isEmpty()) {
            return Map.of();
        }
        for (List<String> batch : InList.perStatement(new LinkedHashSet<>(repKeys), 0)) {
            ao.stream(CommLineEntity.class, Query.select().where(InList.of("REP_KEY", batch.size()), batch.toArray()),
                    row -> {
                        Currency currency = Currency.getInstance(row.getCurrency());
                        if (SUMMARY.equals(row.getKind())) {
                            summaries.computeIfAbsent(row.getRepKey(), rep -> new ArrayList<>()).add(new FrozenSummary(
                                    row.getRepKey(), row.getPeriodKey(), row.getDealId(), heading(row, currency),
                                    Money.ofMinor(row.getCreditMinor(), currency),
                                    Money.ofMinor(row.getCommissionMinor(), currency), decimal(row.getRate()),
                                    decimal(row.getBands()), Optional.ofNullable(row.getTargetMinor())
                                            .map(minor -> Money.ofMinor(minor, currency))));
                        } else {
                            lines.computeIfAbsent(row.getRepKey(), rep -> new ArrayList<>()).add(new FrozenLine(
                                    row.getRepKey(), row.getPeriodKey(), row.getPosition(), toLine(row, currency)));
                        }
                    });
        }
        Map<String, Frozen> frozen = new HashMap<>();
        for (String rep : repKeys) {
            List<FrozenLine> repLines = new ArrayList<>(lines.getOrDefault(rep, List.of()));
            List<FrozenSummary> repSummaries = summaries.getOrDefault(rep, List.of());
            if (!repLines.isEmpty() || !repSummaries.isEmpty()) {
                repLines.sort(Comparator.comparing(FrozenLine::periodKey).thenComparingInt(FrozenLine::position));
                frozen.put(rep, new Frozen(repLines, repSummaries));
            }
        }
        return frozen;
    }

    public record Frozen(List<FrozenLine> lines, List<FrozenSummary> summaries) {
        public Frozen {
            lines = List.copyOf(lines);
            summaries = List.copyOf(summaries);
        }
    }

    private static Optional<PlanHeading> heading(CommLineEntity row, Currency currency) {
        if (row.getPlanName() == null || row.getPlanKind() == null) {
            return Optional.empty();
        }
        TierBasis basis = row.getPlanBasis() == null ? TierBasis.AMOUNT : TierBasis.valueOf(row.getPlanBasis());
        return Optional.of(new PlanHeading(row.getPlanName(), PlanKind.valueOf(row.getPlanKind()), basis, currency));
    }

    private static Optional<BigDecimal> decimal(String text) {
        return text == null || text.isEmpty() || text.equals(NONE) ? Optional.empty() : Optional.of(new BigDecimal(text));
    }

    private static Map<String, Object> lineRow(FrozenLine frozen) {
        StatementLine line = frozen.line();
        Map<String, Object> row = new HashMap<>();
        row.put("REP_KEY", frozen.repKey());
        row.put("PERIOD_KEY", frozen.periodKey());
        row.put("KIND", line.kind().name());
        row.put("DEAL_ID", line.dealId());
        row.put("POSITION", frozen.position());
        row.put("CLOSED_ON", line.closedOn().map(LocalDate::toString).orElse(null));
        row.put("CREDIT_MINOR", line.credit().minor());
        row.put("COMMISSION_MINOR", line.commission().minor());
        row.put("CURRENCY", line.credit().currency().getCurrencyCode());
        row.put("RATE", line.rate().toPlainString());
        List<String> bands = new ArrayList<>();
        for (BandShare share : line.bands()) {
            bands.add(share.band() + ";" + share.from().toPlainString() + ";"
                    + share.to().map(BigDecimal::toPlainString).orElse("") + ";" + share.rate().toPlainString() + ";"
                    + share.portion().minor() + ";" + share.commission().minor()
                    + (share.basis() == TierBasis.ATTAINMENT ? ";" + TierBasis.ATTAINMENT.name() : ""));
        }
        row.put("BANDS", String.join(" ", bands));
        row.put("PAID_PERIOD", line.paidPeriod().orElse(null));
        return row;
    }

    private static Map<String, Object> summaryRow(FrozenSummary summary) {
        Map<String, Object> row = new HashMap<>();
        row.put("REP_KEY", summary.repKey());
        row.put("PERIOD_KEY", summary.periodKey());
        row.put("KIND", SUMMARY);
        row.put("DEAL_ID", summary.planId());
        row.put("POSITION", -1);
        row.put("CREDIT_MINOR", summary.credited().minor());
        row.put("COMMISSION_MINOR", summary.earned().minor());
        row.put("CURRENCY", summary.credited().currency().getCurrencyCode());
        row.put("RATE", summary.attainment().map(BigDecimal::toPlainString).orElse(NONE));
        row.put("BANDS", summary.payout().map(BigDecimal::toPlainString).orElse(NONE));
        summary.targetIncentive().ifPresent(target -> row.put("TARGET_MINOR", target.minor()));
        summary.heading().ifPresent(heading -> {
            row.put("PLAN_NAME", heading.name());
            row.put("PLAN_KIND", heading.kind().name());
            if (heading.basis() == TierBasis.ATTAINMENT) {
                row.put("PLAN_BASIS", heading.basis().name());
            }
        });
        return row;
    }

    private static StatementLine toLine(CommLineEntity row, Currency currency) {
        List<BandShare> bands = new ArrayList<>();
        String text = row.getBands() == null ? "" : row.getBands();
        for (String band : text.isEmpty() ? new String[0] : text.split(" ")) {
            String[] parts = band.split(";", -1);
            bands.add(new BandShare(Integer.parseInt(parts[0]), new BigDecimal(parts[1]),
                    parts[2].isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(parts[2])), new BigDecimal(parts[3]),
                    Money.ofMinor(Long.parseLong(parts[4]), currency), Money.ofMinor(Long.parseLong(parts[5]), currency),
                    parts.length > 6 ? TierBasis.valueOf(parts[6]) : TierBasis.AMOUNT));
        }
        return new StatementLine(StatementLine.Kind.valueOf(row.getKind()), row.getDealId(),
                Optional.ofNullable(row.getClosedOn()).map(LocalDate::parse), Money.ofMinor(row.getCreditMinor(), currency),
                bands, new BigDecimal(row.getRate()), Money.ofMinor(row.getCommissionMinor(), currency),
                Optional.ofNullable(row.getPaidPeriod()));
    }
}
