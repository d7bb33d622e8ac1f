package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.model.StageRules;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stage rules, read in one statement and replaced as a whole in one transaction. */
public class StageRuleRepository {

    private final ActiveObjects ao;

    public StageRuleRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    public StageRules rules() {
        List<StageRule> rules = new ArrayList<>();
        for (StageRuleEntity row : ao.find(StageRuleEntity.class, Query.select().order("STAGE_ID"))) {
            rules.add(new StageRule(row.getStageId(), DealOutcome.valueOf(row.getOutcome()), row.getProbability(),
                    ForecastCategory.valueOf(row.getCategory())));
        }
        return new StageRules(rules);
    }

    public void replaceAll(List<StageRule> rules) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(StageRuleEntity.class, "PROBABILITY >= ?", 0);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (StageRule rule : rules) {
                Map<String, Object> row = new HashMap<>();
                row.put("STAGE_ID", rule.stageId());
                row.put("OUTCOME", rule.outcome().name());
                row.put("PROBABILITY", rule.probability());
                row.put("CATEGORY", rule.category().name());
                rows.add(row);
            }
            if (!rows.isEmpty()) {
                ao.create(StageRuleEntity.class, rows);
            }
            return null;
        });
    }
}
