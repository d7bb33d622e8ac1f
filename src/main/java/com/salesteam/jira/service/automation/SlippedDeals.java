package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.automation.SlipWatch;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.DealLedger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The open deals the slip alerts flagged, newest alert first, of some owners or of everyone; no permission check
 * (the slipped-deal list and the meeting agenda check who asks). Two statements: the alerts, the deals' facts.
 */
public class SlippedDeals {

    private final AutomationRepository repository;
    private final DealLedger ledger;
    private final UserDirectory users;

    public SlippedDeals(AutomationRepository repository, DealLedger ledger, UserDirectory users) {
        this.repository = repository;
        this.ledger = ledger;
        this.users = users;
    }

    public List<SlippedDeal> of(Optional<Set<String>> owners) {
        List<SlipWatch> alerted = repository.alertedSlips();
        Map<Long, DealFacts> facts = ledger.factsOf(alerted.stream().map(SlipWatch::issueId).toList());
        List<SlippedDeal> deals = new ArrayList<>();
        for (SlipWatch watch : alerted) {
            DealFacts deal = facts.get(watch.issueId());
            if (deal == null || deal.outcome() != DealOutcome.OPEN || deal.ownerKey().isEmpty()
                    || deal.expectedClose().isEmpty()
                    || owners.map(set -> !set.contains(deal.ownerKey().get())).orElse(false)) {
                continue;
            }
            String owner = deal.ownerKey().get();
            deals.add(new SlippedDeal(deal.issueId(), watch.issueKey(), owner,
                    users.byKey(owner).map(Person::displayName).orElse(owner), watch.baseline(),
                    deal.expectedClose().get(), deal.slipCount(), watch.reasons(), watch.alertedAt().orElseThrow()));
        }
        return deals;
    }
}
