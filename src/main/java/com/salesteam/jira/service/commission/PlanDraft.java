package com.salesteam.jira.service.commission;

import java.util.List;
import java.util.Objects;

/**
 * A plan as typed: every value text, checked by the service. Tier kinds read the tiers (retroactive ones also the
 * tier basis, blank meaning amount), a pay curve the rest.
 */
public record PlanDraft(String name, String currency, String kind, String tierBasis, List<TierDraft> tiers,
                        String targetIncentive, String threshold, List<PointDraft> points, String accelerator,
                        String cap) {

    public record TierDraft(String from, String to, String rate) {
    }

    public record PointDraft(String attainment, String payout) {
    }

    /** A plan typed without a tier basis: its tiers, if any, band the credited amount. */
    public PlanDraft(String name, String currency, String kind, List<TierDraft> tiers, String targetIncentive,
                     String threshold, List<PointDraft> points, String accelerator, String cap) {
        this(name, currency, kind, "", tiers, targetIncentive, threshold, points, accelerator, cap);
    }

    public PlanDraft {
        Objects.requireNonNull(tierBasis, "tierBasis");
        tiers = List.copyOf(tiers);
        points = List.copyOf(points);
    }
}
