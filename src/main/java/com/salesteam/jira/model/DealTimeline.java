package com.salesteam.jira.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deal's history as far as the forecast cares: when the issue was created and the changes of its stage, amount,
 * expected close and own category or probability. Rewinding today's facts through the changes made after a
 * moment gives the deal as it stood then, so "what was in Commit on 1 May" is answered from Jira's own history.
 */
public record DealTimeline(Instant created, List<DealChange> changes) {

    public DealTimeline {
        Objects.requireNonNull(created, "created");
        changes = changes.stream().sorted(Comparator.comparing(DealChange::at)).toList();
    }

    /**
     * The deal as it stood at {@code moment} (on {@code day}), or empty if it did not exist yet. A field's value
     * then is the "from" of its first change after the moment, or today's if it has not changed since. The category
     * and probability are the deal's own where it had one then, else its stage's. The owner and team are today's:
     * the ledger credits a deal to the team of its current owner.
     */
    public Optional<DealFacts> asOf(DealFacts current, Instant moment, StageRules rules, LocalDate day) {
        if (created.isAfter(moment)) {
            return Optional.empty();
        }
        Optional<String> stageThen = Optional.empty();
        Optional<Optional<Money>> amountThen = Optional.empty();
        Optional<Optional<LocalDate>> closeThen = Optional.empty();
        Optional<Optional<ForecastCategory>> categoryThen = Optional.empty();
        Optional<Optional<Integer>> probabilityThen = Optional.empty();
        int slips = 0;
        for (DealChange change : changes) {
            if (!change.at().isAfter(moment)) {
                if (change instanceof DealChange.ExpectedClose close && close.slipped()) {
                    slips++;
                }
                continue;
            }
            if (change instanceof DealChange.Stage stage && stageThen.isEmpty()) {
                stageThen = Optional.of(stage.fromStageId());
            } else if (change instanceof DealChange.Amount amount && amountThen.isEmpty()) {
                amountThen = Optional.of(amount.from());
            } else if (change instanceof DealChange.ExpectedClose close && closeThen.isEmpty()) {
                closeThen = Optional.of(close.from());
            } else if (change instanceof DealChange.Category category && categoryThen.isEmpty()) {
                categoryThen = Optional.of(category.from());
            } else if (change instanceof DealChange.Probability probability && probabilityThen.isEmpty()) {
                probabilityThen = Optional.of(probability.from());
            }
        }
        Money amount = amountThen.map(then -> then.orElse(Money.zero(current.amount().currency()))).orElse(current.amount());
        Optional<LocalDate> expectedClose = closeThen.orElse(current.expectedClose());
        if (stageThen.isEmpty() && categoryThen.isEmpty() && probabilityThen.isEmpty()) {
            return Optional.of(new DealFacts(current.issueId(), current.projectId(), current.ownerKey(), current.teamId(),
                    amount, current.stageId(), current.outcome(), current.probability(), current.category(),
                    expectedClose, current.closedOn(), slips, current.version(), current.createdOn()));
        }
        StageRule ruleNow = rules.ruleFor(current.stageId());
        String stageId = stageThen.orElse(current.stageId());
        StageRule rule = rules.ruleFor(stageId);
        // today's own value stands unless its history says otherwise; a value equal to the stage's is no override
        Optional<ForecastCategory> ownCategory = categoryThen.orElse(
                Optional.of(current.category()).filter(category -> category != ruleNow.category()));
        Optional<Integer> ownProbability = probabilityThen.orElse(
                Optional.of(current.probability()).filter(probability -> probability != ruleNow.probability()));
        int probability = switch (rule.outcome()) {
            case WON -> 100;
            case LOST -> 0;
            case OPEN -> ownProbability.orElse(rule.probability());
        };
        ForecastCategory category = ownCategory.filter(chosen -> chosen != ForecastCategory.CLOSED)
                .orElse(rule.category() == ForecastCategory.CLOSED ? ForecastCategory.COMMIT : rule.category());
        Optional<LocalDate> closedOn = rule.outcome() == DealOutcome.OPEN ? Optional.empty()
                : current.closedOn().filter(date -> !date.isAfter(day));
        return Optional.of(new DealFacts(current.issueId(), current.projectId(), current.ownerKey(), current.teamId(),
                amount, stageId, rule.outcome(), probability, category, expectedClose, closedOn, slips, current.version(),
                current.createdOn()));
    }
}
