package com.salesteam.jira.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured stages, turning what a deal issue holds into the facts the ledger records. */
public final class StageRules {

    private final Map<String, StageRule> byStage = new LinkedHashMap<>();

    public StageRules(Collection<StageRule> rules) {
        for (StageRule rule : rules) {
            byStage.put(rule.stageId(), rule);
        }
    }

    public List<StageRule> all() {
        return List.copyOf(byStage.values());
    }

    public StageRule ruleFor(String stageId) {
        return byStage.getOrDefault(stageId, StageRule.unconfigured(stageId));
    }

    /**
     * The facts of a deal now. Won deals count at 100 %, lost ones at 0 %; open ones at their own probability
     * or their stage's default. Each move of the expected close date to a later day counts as a slip. A closed
     * deal closes on its resolution date (Jira's own record of it), else on the day it was first seen closed, so
     * the result does not depend on the order in which changes were seen. A snapshot that does not know the
     * issue's creation day keeps the one recorded.
     */
    public DealFacts toFacts(DealSnapshot deal, Optional<DealFacts> previous, Optional<Long> teamId,
                             Currency defaultCurrency) {
        StageRule rule = ruleFor(deal.statusId());
        int probability = switch (rule.outcome()) {
            case WON -> 100;
            case LOST -> 0;
            case OPEN -> deal.probabilityOverride().orElse(rule.probability());
        };
        ForecastCategory category = deal.categoryOverride()
                .filter(chosen -> chosen != ForecastCategory.CLOSED)
                .orElse(rule.category() == ForecastCategory.CLOSED ? ForecastCategory.COMMIT : rule.category());
        Optional<LocalDate> closedOn = Optional.empty();
        if (rule.outcome() != DealOutcome.OPEN) {
            Optional<LocalDate> earlier = previous.filter(facts -> facts.outcome() == rule.outcome())
                    .flatMap(DealFacts::closedOn);
            closedOn = deal.resolved().or(() -> earlier).or(() -> Optional.of(deal.changedOn()));
        }
        int slips = previous.map(DealFacts::slipCount).orElse(0);
        Optional<LocalDate> before = previous.flatMap(DealFacts::expectedClose);
        if (before.isPresent() && deal.expectedClose().isPresent() && deal.expectedClose().get().isAfter(before.get())) {
            slips++;
        }
        return new DealFacts(deal.issueId(), deal.projectId(), deal.assigneeKey(), teamId,
                deal.amount().orElse(Money.zero(defaultCurrency)), deal.statusId(), rule.outcome(), probability,
                category, deal.expectedClose(), closedOn, slips, deal.version(),
                deal.created().or(() -> previous.flatMap(DealFacts::createdOn)));
    }
}
