package com.salesteam.jira.model.commission;

import com.salesteam.jira.model.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A commission or bonus plan. Tier kinds use {@link #tiers()}, bands of credited amount or, for retroactive tiers
 * whose {@link #basis()} is attainment, bands of attainment % of the rep's revenue quota; the pay curve uses the
 * target incentive, the threshold (attainment % below which nothing is paid), the {@link #points()} from the
 * threshold up to 100 %, the accelerator (payout % gained per attainment % above 100) and an optional cap (the
 * attainment % above which pay stops growing).
 * Built freely; {@link #problems()} says what is wrong before anyone stores it.
 */
public record CommissionPlan(String name, Currency currency, PlanKind kind, List<Tier> tiers, TierBasis basis,
                             Optional<Money> targetIncentive, BigDecimal threshold, List<CurvePoint> points,
                             BigDecimal accelerator, Optional<BigDecimal> cap) {

    public static final int MAX_NAME = 100;
    public static final int MAX_ROWS = 20;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_ACCELERATOR = BigDecimal.TEN;
    private static final BigDecimal MAX_CAP = BigDecimal.valueOf(1000);

    public CommissionPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(kind, "kind");
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(targetIncentive, "targetIncentive");
        Objects.requireNonNull(threshold, "threshold");
        points = List.copyOf(points);
        Objects.requireNonNull(accelerator, "accelerator");
        Objects.requireNonNull(cap, "cap");
    }

    /** The plan's name, kind and currency, as a statement shows them. */
    public PlanHeading heading() {
        return new PlanHeading(name, kind, basis, currency);
    }

    /** Whether a statement needs the rep's revenue quota: a pay curve, or retroactive tiers of attainment. */
    public boolean readsQuota() {
        return heading().readsQuota();
    }

    public static CommissionPlan tiered(String name, Currency currency, PlanKind kind, List<Tier> tiers) {
        return tiered(name, currency, kind, TierBasis.AMOUNT, tiers);
    }

    public static CommissionPlan tiered(String name, Currency currency, PlanKind kind, TierBasis basis,
                                        List<Tier> tiers) {
        return new CommissionPlan(name, currency, kind, tiers, basis, Optional.empty(), BigDecimal.ZERO, List.of(),
                BigDecimal.ZERO, Optional.empty());
    }

    public static CommissionPlan payCurve(String name, Money targetIncentive, BigDecimal threshold,
                                          List<CurvePoint> points, BigDecimal accelerator, Optional<BigDecimal> cap) {
        return new CommissionPlan(name, targetIncentive.currency(), PlanKind.PAY_CURVE, List.of(), TierBasis.AMOUNT,
                Optional.of(targetIncentive), threshold, points, accelerator, cap);
    }

    /** Every reason to refuse the plan, each naming its field; empty when the plan is sound. */
    public List<PlanProblem> problems() {
        List<PlanProblem> problems = new ArrayList<>();
        if (name.isBlank() || name.length() > MAX_NAME) {
            problems.add(PlanProblem.of("name", "name", MAX_NAME));
        }
        if (kind == PlanKind.PAY_CURVE) {
            curveProblems(problems);
        } else {
            tierProblems(problems);
        }
        return problems;
    }

    private void tierProblems(List<PlanProblem> problems) {
        if (basis == TierBasis.ATTAINMENT && kind != PlanKind.RETROACTIVE_TIERS) {
            problems.add(PlanProblem.of("tierBasis", "basis.kind"));
        }
        if (tiers.isEmpty() || tiers.size() > MAX_ROWS) {
            problems.add(PlanProblem.of("tiers", "tiers.count", MAX_ROWS));
            return;
        }
        // attainment bounds are percentages, kept to the four decimals rates are; amounts to the currency's minor unit
        int digits = basis == TierBasis.ATTAINMENT ? 4 : currency.getDefaultFractionDigits();
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            String field = "tiers[" + i + "]";
            if (tier.from().signum() < 0 || tier.from().stripTrailingZeros().scale() > digits) {
                problems.add(PlanProblem.of(field + ".from", basis == TierBasis.ATTAINMENT ? "tiers.percent" : "amount",
                        tier.from().toPlainString()));
            }
            if (i == 0 && tier.from().signum() != 0) {
                problems.add(PlanProblem.of(field + ".from", "tiers.start"));
            }
            if (i > 0) {
                Optional<BigDecimal> previousEnd = tiers.get(i - 1).to();
                if (previousEnd.isEmpty()) {
                    problems.add(PlanProblem.of("tiers[" + (i - 1) + "].to", "tiers.open"));
                } else if (previousEnd.get().compareTo(tier.from()) > 0) {
                    problems.add(PlanProblem.of(field + ".from", "tiers.overlap", tier.from().toPlainString()));
                } else if (previousEnd.get().compareTo(tier.from()) < 0) {
                    problems.add(PlanProblem.of(field + ".from", "tiers.gap", previousEnd.get().toPlainString()));
                }
            }
            tier.to().ifPresent(to -> {
                if (to.compareTo(tier.from()) <= 0 || to.stripTrailingZeros().scale() > digits) {
                    problems.add(PlanProblem.of(field + ".to", "tiers.to", to.toPlainString()));
                }
            });
            if (outside(tier.rate(), BigDecimal.ZERO, HUNDRED)) {
                problems.add(PlanProblem.of(field + ".rate", "rate", tier.rate().toPlainString()));
            }
        }
    }

    private void curveProblems(List<PlanProblem> problems) {
        if (targetIncentive.isEmpty() || targetIncentive.get().isNegative() || targetIncentive.get().isZero()) {
            problems.add(PlanProblem.of("targetIncentive", "target"));
        }
        boolean thresholdOk = !outside(threshold, BigDecimal.ZERO, HUNDRED);
        if (!thresholdOk) {
            problems.add(PlanProblem.of("threshold", "threshold", threshold.toPlainString()));
        }
        if (outside(accelerator, BigDecimal.ZERO, MAX_ACCELERATOR)) {
            problems.add(PlanProblem.of("accelerator", "accelerator", accelerator.toPlainString()));
        }
        cap.ifPresent(limit -> {
            if (thresholdOk && limit.compareTo(threshold) < 0) {
                problems.add(PlanProblem.of("cap", "cap.threshold", limit.toPlainString(), threshold.toPlainString()));
            } else if (limit.compareTo(MAX_CAP) > 0) {
                problems.add(PlanProblem.of("cap", "cap.max", limit.toPlainString()));
            }
        });
        if (points.isEmpty() || points.size() > MAX_ROWS) {
            problems.add(PlanProblem.of("points", "points.count", MAX_ROWS));
            return;
        }
        if (thresholdOk && points.get(0).attainment().compareTo(threshold) != 0) {
            problems.add(PlanProblem.of("points[0].attainment", "points.first", threshold.toPlainString()));
        }
        if (points.get(points.size() - 1).attainment().compareTo(HUNDRED) != 0) {
            problems.add(PlanProblem.of("points[" + (points.size() - 1) + "].attainment", "points.last"));
        }
        for (int i = 0; i < points.size(); i++) {
            CurvePoint point = points.get(i);
            String field = "points[" + i + "]";
            if (outside(point.payout(), BigDecimal.ZERO, HUNDRED)) {
                problems.add(PlanProblem.of(field + ".payout", "rate", point.payout().toPlainString()));
            }
            if (i > 0 && point.attainment().compareTo(points.get(i - 1).attainment()) <= 0) {
                problems.add(PlanProblem.of(field + ".attainment", "points.order"));
            }
            if (i > 0 && point.payout().compareTo(points.get(i - 1).payout()) < 0) {
                problems.add(PlanProblem.of(field + ".payout", "points.decreasing"));
            }
        }
    }

    private static boolean outside(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 4;
    }
}
