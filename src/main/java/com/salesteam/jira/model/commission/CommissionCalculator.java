package com.salesteam.jira.model.commission;

import com.salesteam.jira.model.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Computes a {@link Statement} exactly: amounts in minor units, rates as decimals, each band's commission rounded
 * half-up to the minor unit once, and the statement's totals the sums of its lines, so every figure adds up on paper.
 */
public final class CommissionCalculator {

    private static final BigDecimal HUNDRED = CommissionPlan.HUNDRED;
    private static final int RATE_SCALE = 4;
    private static final int ATTAINMENT_SCALE = 6;

    private CommissionCalculator() {
    }

    /**
     * The statement of the period. {@code credits} are the rep's won deals of the period (any order; they are taken
     * in order of close, then deal id), all in the plan's currency; {@code quota} is the rep's revenue quota, which
     * only a pay curve and attainment tiers read; {@code reversed} are deals paid in an earlier period that are no longer won there.
     */
    public static Statement statement(CommissionPlan plan, String periodKey, List<Credit> credits, Optional<Money> quota,
                                      List<PaidCredit> reversed) {
        Currency currency = plan.currency();
        List<Credit> ordered = new ArrayList<>(credits);
        ordered.sort(Comparator.comparing(Credit::closedOn).thenComparingLong(Credit::dealId));
        long total = total(ordered, currency);
        List<StatementLine> lines = new ArrayList<>(ordered.size() + reversed.size());
        Optional<BigDecimal> attainment = Optional.empty();
        Optional<BigDecimal> payout = Optional.empty();
        switch (plan.kind()) {
            case MARGINAL_TIERS -> marginal(plan, ordered, lines);
            case RETROACTIVE_TIERS -> {
                if (plan.basis() == TierBasis.ATTAINMENT) {
                    Optional<Money> usable = usableQuota(quota, currency);
                    attainment = usable.map(q -> attainment(total, q));
                    attainmentTiers(plan, ordered, total, usable, lines);
                } else {
                    retroactive(plan, ordered, total, lines);
                }
            }
            case PAY_CURVE -> {
                attainment = usableQuota(quota, currency).map(q -> attainment(total, q));
                payout = attainment.map(a -> payoutPercent(plan, a));
                Money paid = payout.map(p -> plan.targetIncentive().orElseThrow().multiplyPercent(p, RoundingMode.HALF_UP))
                        .orElse(Money.zero(currency));
                curve(ordered, total, paid, lines);
            }
        }
        Money earned = Money.zero(currency);
        for (StatementLine line : lines) {
            earned = earned.plus(line.commission());
        }
        Money clawedBack = clawbackLines(reversed, currency, lines);
        return new Statement(periodKey, plan.heading(), lines, Money.ofMinor(total, currency), earned, clawedBack,
                earned.plus(clawedBack), attainment.map(a -> a.setScale(1, RoundingMode.HALF_UP)),
                payout.map(p -> p.setScale(2, RoundingMode.HALF_UP)),
                plan.kind() == PlanKind.PAY_CURVE ? plan.targetIncentive() : Optional.empty());
    }

    /**
     * A statement of clawbacks only, for a period in which the rep has no plan in their currency: nothing credited or
     * earned, each reversed deal given back as it was paid. {@code heading} names the plan it was paid under.
     */
    public static Statement clawbacks(PlanHeading heading, String periodKey, List<PaidCredit> reversed) {
        Currency currency = heading.currency();
        List<StatementLine> lines = new ArrayList<>(reversed.size());
        Money clawedBack = clawbackLines(reversed, currency, lines);
        Money zero = Money.zero(currency);
        return new Statement(periodKey, heading, lines, zero, zero, clawedBack, clawedBack, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Appends a line per reversed credit, by the period it was paid in then deal; returns their (negative) sum. */
    private static Money clawbackLines(List<PaidCredit> reversed, Currency currency, List<StatementLine> lines) {
        Money clawedBack = Money.zero(currency);
        List<PaidCredit> clawbacks = new ArrayList<>(reversed);
        clawbacks.sort(Comparator.comparing(PaidCredit::periodKey).thenComparingLong(PaidCredit::dealId));
        for (PaidCredit paid : clawbacks) {
            if (!paid.commission().currency().equals(currency)) {
                throw new IllegalArgumentException("deal " + paid.dealId() + " was not paid in " + currency);
            }
            lines.add(new StatementLine(StatementLine.Kind.CLAWBACK, paid.dealId(), Optional.empty(),
                    paid.credit().negate(), List.of(), rateOf(paid.commission(), paid.credit()),
                    paid.commission().negate(), Optional.of(paid.periodKey())));
            clawedBack = clawedBack.minus(paid.commission());
        }
        return clawedBack;
    }

    /** A quota attainment can be read against: above zero and in the plan's currency. */
    private static Optional<Money> usableQuota(Optional<Money> quota, Currency currency) {
        return quota.filter(q -> q.minor() > 0 && q.currency().equals(currency));
    }

    private static BigDecimal attainment(long total, Money quota) {
        return BigDecimal.valueOf(total).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(quota.minor()), ATTAINMENT_SCALE, RoundingMode.HALF_UP);
    }

    private static long total(List<Credit> credits, Currency currency) {
        long total = 0;
        for (Credit credit : credits) {
            if (!credit.amount().currency().equals(currency)) {
                throw new IllegalArgumentException("deal " + credit.dealId() + " is not in " + currency);
            }
            total = Math.addExact(total, credit.amount().minor());
        }
        return total;
    }

    /**
     * f(attainment) in % of the target incentive: 0 below the threshold; linear between the points up to 100 %;
     * above, f(100) plus the accelerator per point of attainment; flat above the cap.
     */
    public static BigDecimal payoutPercent(CommissionPlan plan, BigDecimal attainment) {
        if (attainment.compareTo(plan.threshold()) < 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal a = plan.cap().filter(cap -> attainment.compareTo(cap) > 0).orElse(attainment);
        List<CurvePoint> points = plan.points();
        CurvePoint last = points.get(points.size() - 1);
        if (a.compareTo(last.attainment()) >= 0) {
            return last.payout().add(plan.accelerator().multiply(a.subtract(last.attainment())));
        }
        for (int i = 1; i < points.size(); i++) {
            CurvePoint low = points.get(i - 1);
            CurvePoint high = points.get(i);
            if (a.compareTo(high.attainment()) < 0) {
                BigDecimal slope = high.payout().subtract(low.payout())
                        .divide(high.attainment().subtract(low.attainment()), ATTAINMENT_SCALE + 4, RoundingMode.HALF_UP);
                return low.payout().add(slope.multiply(a.subtract(low.attainment())))
                        .setScale(ATTAINMENT_SCALE, RoundingMode.HALF_UP);
            }
        }
        return points.get(0).payout();
    }

    private static void marginal(CommissionPlan plan, List<Credit> ordered, List<StatementLine> lines) {
        Currency currency = plan.currency();
        long[] from = bounds(plan, true);
        long[] to = bounds(plan, false);
        long before = 0;
        for (Credit credit : ordered) {
            long after = Math.addExact(before, credit.amount().minor());
            List<BandShare> shares = new ArrayList<>();
            Money commission = Money.zero(currency);
            for (int i = 0; i < from.length; i++) {
                long portion = Math.min(after, to[i]) - Math.max(before, from[i]);
                if (portion > 0) {
                    Tier tier = plan.tiers().get(i);
                    Money part = Money.ofMinor(portion, currency);
                    Money earned = part.multiplyPercent(tier.rate(), RoundingMode.HALF_UP);
                    shares.add(new BandShare(i + 1, tier.from(), tier.to(), tier.rate(), part, earned));
                    commission = commission.plus(earned);
                }
            }
            BigDecimal rate = shares.size() == 1 ? shares.get(0).rate() : rateOf(commission, credit.amount());
            lines.add(creditLine(credit, shares, rate, commission));
            before = after;
        }
    }

    private static void retroactive(CommissionPlan plan, List<Credit> ordered, long total, List<StatementLine> lines) {
        long[] from = bounds(plan, true);
        int band = 0;
        for (int i = 0; i < from.length; i++) {
            if (total >= from[i]) {
                band = i;
            }
        }
        Tier tier = plan.tiers().get(band);
        for (Credit credit : ordered) {
            Money commission = credit.amount().multiplyPercent(tier.rate(), RoundingMode.HALF_UP);
            lines.add(creditLine(credit, List.of(new BandShare(band + 1, tier.from(), tier.to(), tier.rate(),
                    credit.amount(), commission)), tier.rate(), commission));
        }
    }

    /**
     * Retroactive tiers of attainment: the band holding credited ÷ quota × 100 sets one rate for all credit. The band
     * is found exactly (credited × 100 against the bound × quota), so a rep at exactly a bound is in the band it
     * opens. Without a quota nothing is paid: each deal is listed with no band at rate 0.
     */
    private static void attainmentTiers(CommissionPlan plan, List<Credit> ordered, long total, Optional<Money> quota,
                                        List<StatementLine> lines) {
        if (quota.isEmpty()) {
            for (Credit credit : ordered) {
                lines.add(creditLine(credit, List.of(), BigDecimal.ZERO, Money.zero(plan.currency())));
            }
            return;
        }
        BigDecimal reached = BigDecimal.valueOf(total).multiply(HUNDRED);
        BigDecimal quotaMinor = BigDecimal.valueOf(quota.get().minor());
        int band = 0;
        for (int i = 0; i < plan.tiers().size(); i++) {
            if (reached.compareTo(plan.tiers().get(i).from().multiply(quotaMinor)) >= 0) {
                band = i;
            }
        }
        Tier tier = plan.tiers().get(band);
        for (Credit credit : ordered) {
            Money commission = credit.amount().multiplyPercent(tier.rate(), RoundingMode.HALF_UP);
            lines.add(creditLine(credit, List.of(new BandShare(band + 1, tier.from(), tier.to(), tier.rate(),
                    credit.amount(), commission, TierBasis.ATTAINMENT)), tier.rate(), commission));
        }
    }

    /** The payout shared over the deals by credit, rounded down, the remainder on the last deal: the lines add up. */
    private static void curve(List<Credit> ordered, long total, Money paid, List<StatementLine> lines) {
        long given = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Credit credit = ordered.get(i);
            // credits of no amount (a won deal without one) share nothing; the last line keeps the remainder
            long share = i == ordered.size() - 1 ? paid.minor() - given : total == 0 ? 0
                    : BigDecimal.valueOf(paid.minor()).multiply(BigDecimal.valueOf(credit.amount().minor()))
                    .divide(BigDecimal.valueOf(total), 0, RoundingMode.DOWN).longValueExact();
            given += share;
            Money commission = Money.ofMinor(share, paid.currency());
            lines.add(creditLine(credit, List.of(), rateOf(commission, credit.amount()), commission));
        }
    }

    private static StatementLine creditLine(Credit credit, List<BandShare> shares, BigDecimal rate, Money commission) {
        return new StatementLine(StatementLine.Kind.CREDIT, credit.dealId(), Optional.of(credit.closedOn()),
                credit.amount(), shares, rate, commission, Optional.empty());
    }

    private static BigDecimal rateOf(Money commission, Money credit) {
        if (credit.isZero()) {
            return BigDecimal.ZERO.setScale(RATE_SCALE);
        }
        return BigDecimal.valueOf(commission.minor()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(credit.minor()), RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** Band bounds in minor units; the last band reaches upward without end. */
    private static long[] bounds(CommissionPlan plan, boolean lower) {
        List<Tier> tiers = plan.tiers();
        long[] bounds = new long[tiers.size()];
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (lower) {
                bounds[i] = Money.of(tier.from(), plan.currency()).minor();
            } else {
                bounds[i] = i == tiers.size() - 1 ? Long.MAX_VALUE
                        : Money.of(tier.to().orElseThrow(), plan.currency()).minor();
            }
        }
        return bounds;
    }
}
