package com.salesteam.jira.rest;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.commission.BandShare;
import com.salesteam.jira.model.commission.CommissionPlan;
import com.salesteam.jira.model.commission.Statement;
import com.salesteam.jira.model.commission.StatementLine;
import com.salesteam.jira.service.commission.RepStatement;
import com.salesteam.jira.store.CommissionRepository.Assignment;
import com.salesteam.jira.store.CommissionRepository.StoredPlan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Commission plans, assignments and statements as JSON: amounts as exact decimal text with their currency. */
final class CommissionJsonMapper {

    Map<String, Object> plan(StoredPlan stored) {
        CommissionPlan plan = stored.plan();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", stored.id());
        json.put("name", plan.name());
        json.put("currency", plan.currency().getCurrencyCode());
        json.put("kind", plan.kind().key());
        json.put("tierBasis", plan.basis().key());
        json.put("tiers", plan.tiers().stream().map(tier -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("from", tier.from().toPlainString());
            row.put("to", tier.to().map(BigDecimal::toPlainString).orElse(""));
            row.put("rate", tier.rate().toPlainString());
            return row;
        }).toList());
        json.put("targetIncentive", plan.targetIncentive().map(money -> money.amount().toPlainString()).orElse(""));
        json.put("threshold", plan.threshold().toPlainString());
        json.put("points", plan.points().stream().map(point -> Map.of("attainment", point.attainment().toPlainString(),
                "payout", point.payout().toPlainString())).toList());
        json.put("accelerator", plan.accelerator().toPlainString());
        json.put("cap", plan.cap().map(BigDecimal::toPlainString).orElse(""));
        return json;
    }

    Map<String, Object> assignment(Assignment assignment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", assignment.id());
        json.put("planId", assignment.planId());
        json.put("subjectType", assignment.subjectType());
        json.put("subjectKey", assignment.subjectKey());
        json.put("period", assignment.periodKey());
        return json;
    }

    Map<String, Object> statement(RepStatement rep) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("repKey", rep.repKey());
        json.put("repName", rep.repName());
        json.put("period", rep.periodKey());
        json.put("closed", rep.closed());
        json.put("otherCurrencyDeals", rep.otherCurrencyDeals());
        rep.statement().ifPresent(statement -> json.putAll(figures(rep, statement)));
        // deals paid earlier and given back in a currency no plan of the period pays in, one group per currency
        json.put("clawbacks", rep.clawbacks().stream().map(statement -> figures(rep, statement)).toList());
        return json;
    }

    private static Map<String, Object> figures(RepStatement rep, Statement statement) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("plan", Map.of("name", statement.plan().name(), "kind", statement.plan().kind().key(),
                "tierBasis", statement.plan().basis().key()));
        json.put("currency", statement.plan().currency().getCurrencyCode());
        json.put("lines", statement.lines().stream().map(line -> line(rep, line)).toList());
        json.put("credited", amount(statement.credited()));
        json.put("earned", amount(statement.earned()));
        json.put("clawedBack", amount(statement.clawedBack()));
        json.put("net", amount(statement.net()));
        json.put("attainment", statement.attainment().map(BigDecimal::toPlainString).orElse(null));
        json.put("payout", statement.payout().map(BigDecimal::toPlainString).orElse(null));
        json.put("targetIncentive", statement.targetIncentive().map(CommissionJsonMapper::amount).orElse(null));
        return json;
    }

    /**
     * A deal the viewer may not browse (or since deleted) has no {@code dealId} or {@code issueKey} and is marked
     * {@code hidden}: its issue id would name an issue the viewer may not see, as its key would.
     */
    private static Map<String, Object> line(RepStatement rep, StatementLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", line.kind().name().toLowerCase(java.util.Locale.ROOT));
        Optional<String> key = rep.dealKey(line.dealId());
        json.put("dealId", key.isPresent() ? line.dealId() : null);
        json.put("issueKey", key.orElse(null));
        json.put("hidden", key.isEmpty());
        json.put("closedOn", line.closedOn().map(Object::toString).orElse(null));
        json.put("credit", amount(line.credit()));
        json.put("bands", line.bands().stream().map(CommissionJsonMapper::band).toList());
        json.put("rate", line.rate().toPlainString());
        json.put("commission", amount(line.commission()));
        json.put("paidPeriod", line.paidPeriod().orElse(null));
        return json;
    }

    private static Map<String, Object> band(BandShare share) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("band", share.band());
        // an attainment band's bounds are % of quota, not amounts
        json.put("basis", share.basis().key());
        json.put("from", share.from().toPlainString());
        json.put("to", share.to().map(BigDecimal::toPlainString).orElse(""));
        json.put("rate", share.rate().toPlainString());
        json.put("portion", amount(share.portion()));
        json.put("commission", amount(share.commission()));
        return json;
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    List<Map<String, Object>> plans(List<StoredPlan> plans) {
        return plans.stream().map(this::plan).toList();
    }
}
