package com.salesteam.jira.service.commission;

import java.util.List;

/** A plan as typed: every value text, checked by the service. Tier kinds read the tiers, a pay curve the rest. */
public record PlanDraft(String name, String currency, String kind, List<TierDraft> tiers, String targetIncentive,
                        String threshold, List<PointDraft> points, String accelerator, String cap) {

    public record TierDraft(String from, String to, String rate) {
    }

    public record PointDraft(String attainment, String payout) {
    }

    public PlanDraft {
        tiers = List.copyOf(tiers);
        points = List.copyOf(points);
    }
}
