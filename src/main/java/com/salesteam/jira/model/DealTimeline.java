package com.salesteam.jira.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deal's history as far as the forecast cares: when the issue was created and its stage, amount and expected
 * close changes. Rewinding the current facts through the changes made after a moment gives the deal as it stood
 * then, so "what was in Commit on 1 May" is answered from Jira's own history.
 */
public record DealTimeline(Instant created, List<DealChange> changes) {

    public DealTimeline {
        Objects.requireNonNull(created, "created");
        changes = changes.stream().sorted(Comparator.comparing(DealChange::at)).toList();
    }

    /**
     * The deal as it stood at {@code moment}, or empty if it did not exist yet. A field's value then is the "from"
     * of its first change after the moment, or today's value if it has not changed since. A rewound stage takes
     * its rule's outcome, probability and category; an unchanged stage keeps the deal's own (overrides included).
     * The owner and team are today's: the ledger credits a deal to the team of its current owner.
     */
    public Optional<DealFacts> asOf(DealFacts current, Instant moment, StageRules rules, LocalDate day) {
        if (created.isAfter(moment)) {
            return Optional.empty();
        }
        String stageId = current.stageId();
        Money amount = current.amount();
        Optional<LocalDate> expectedClose = current.expectedClose();
        boolean stageRewound = false;
        boolean amountRewound = false;
        boolean closeRewound = false;
        for (DealChange change : changes) {
            if (!change.at().isAfter(moment)) {
                continue;
            }
            if (change instanceof DealChange.Stage stage && !stageRewound) {
                stageId = stage.fromStageId();
                stageRewound = true;
            } else if (change instanceof DealChange.Amount changed && !amountRewound) {
                amount = changed.from().orElse(Money.zero(current.amount().currency()));
                amountRewound = true;
            } else if (change instanceof DealChange.ExpectedClose changed && !closeRewound) {
                expectedClose = changed.from();
                closeRewound = true;
            }
        }
        int slips = (int) changes.stream()
                .filter(change -> !change.at().isAfter(moment))
                .filter(change -> change instanceof DealChange.ExpectedClose close && close.slipped())
                .count();
        if (!stageRewound) {
            return Optional.of(new DealFacts(current.issueId(), current.projectId(), current.ownerKey(), current.teamId(),
                    amount, stageId, current.outcome(), current.probability(), current.category(), expectedClose,
                    current.closedOn(), slips, current.version()));
        }
        StageRule rule = rules.ruleFor(stageId);
        Optional<LocalDate> closedOn = rule.outcome() == DealOutcome.OPEN ? Optional.empty()
                : current.closedOn().filter(date -> !date.isAfter(day));
        return Optional.of(new DealFacts(current.issueId(), current.projectId(), current.ownerKey(), current.teamId(),
                amount, stageId, rule.outcome(), rule.probability(), rule.category(), expectedClose, closedOn, slips,
                current.version()));
    }
}
