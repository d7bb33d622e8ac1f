package com.salesteam.jira.web;

import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.ReconciliationService;
import com.salesteam.jira.service.StageNames;
import com.salesteam.jira.service.StageService;
import com.salesteam.jira.service.Translator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deals admin page: what each deal workflow status means (edited in the browser, saved over REST) and the
 * state of the deal ledger with a "rebuild now" button.
 */
public class DealsAdminPage implements AdminPage {

    public static final String TEMPLATE = "templates/admin/deals.vm";

    private final StageService stages;
    private final ReconciliationService reconciliation;
    private final StageNames stageNames;
    private final Translator translator;

    public DealsAdminPage(StageService stages, ReconciliationService reconciliation, StageNames stageNames,
                          Translator translator) {
        this.stages = stages;
        this.reconciliation = reconciliation;
        this.stageNames = stageNames;
        this.translator = translator;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> context() {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        Map<String, String> names = stageNames.byId();
        List<StageRow> stageRows = stages.list().stream()
                .map(rule -> new StageRow(rule, names.getOrDefault(rule.stageId(), ""))).toList();
        context.put("stages", stageRows);
        context.put("noStages", stageRows.isEmpty());
        List<GadgetOption> outcomes = new ArrayList<>();
        for (DealOutcome outcome : DealOutcome.values()) {
            String key = outcome.name().toLowerCase(Locale.ROOT);
            outcomes.add(new GadgetOption(key, translator.text("salesteam.admin.deals.outcome." + key)));
        }
        context.put("outcomes", outcomes);
        List<GadgetOption> categories = new ArrayList<>();
        for (ForecastCategory category : ForecastCategory.values()) {
            categories.add(new GadgetOption(category.key(), translator.text("salesteam.admin.deals.category." + category.key())));
        }
        context.put("categories", categories);
        ReconciliationService.Status status = reconciliation.status();
        context.put("lastFinished", status.lastFinished().orElse(""));
        context.put("lastResult", status.lastResult().orElse(""));
        context.put("pending", status.nextStart() > 0
                ? translator.text("salesteam.admin.deals.ledger.pending", status.nextStart(), status.total()) : "");
        return context;
    }
}
