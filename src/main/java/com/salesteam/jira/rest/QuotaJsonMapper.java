package com.salesteam.jira.rest;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaChange;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.quota.QuotaGrid;
import com.salesteam.jira.service.quota.TeamQuotas;

import java.util.LinkedHashMap;
import java.util.Map;

/** Quotas in JSON: exact targets (amount and currency, a count, or a KPI's value) with their display form in the caller's language. */
public final class QuotaJsonMapper {

    private final Translator translator;

    public QuotaJsonMapper(Translator translator) {
        this.translator = translator;
    }

    public Map<String, Object> quota(Quota quota) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subjectType", quota.subject().type());
        json.put("subjectKey", quota.subject().key());
        json.put("period", quota.periodKey());
        json.put("metric", quota.metric().key());
        quota.amount().ifPresentOrElse(amount -> {
            json.put("target", amount.amount().toPlainString());
            json.put("currency", amount.currency().getCurrencyCode());
            json.put("formatted", amount.format(translator.locale()));
        }, () -> {
            json.put("target", quota.targetText());
            json.put("formatted", quota.targetText());
        });
        return json;
    }

    public Map<String, Object> change(QuotaChange change) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (change.removed()) {
            json.put("action", "removed");
            json.put("actionText", translator.text("salesteam.quota.history.removed"));
        } else if (change.before().isPresent()) {
            json.put("action", "changed");
            json.put("actionText", translator.text("salesteam.quota.history.changed"));
        } else {
            json.put("action", "created");
            json.put("actionText", translator.text("salesteam.quota.history.created"));
        }
        json.put("before", change.before().map(this::quota).orElse(null));
        json.put("after", change.after().map(this::quota).orElse(null));
        json.put("authorKey", change.authorKey());
        json.put("changedAt", change.changedAt().toString());
        return json;
    }

    public Map<String, Object> team(TeamQuotas quotas) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", quotas.periodKey());
        json.put("team", quotas.team().map(this::quota).orElse(null));
        json.put("members", quotas.members().stream().map(this::line).toList());
        json.put("subTeams", quotas.subTeams().stream().map(this::line).toList());
        json.put("derived", quotas.derivedCurrency()
                .filter(currency -> !currency.isEmpty())
                .map(currency -> Money.ofMinor(quotas.derivedUnits(), java.util.Currency.getInstance(currency)))
                .map(money -> (Object) Map.of("target", money.amount().toPlainString(), "currency",
                        money.currency().getCurrencyCode(), "formatted", money.format(translator.locale())))
                .orElseGet(() -> Map.of("target", Quota.unitsText(quotas.metric(), quotas.derivedUnits()))));
        json.put("overAssignmentPercent", quotas.overAssignmentPercent().map(Object::toString).orElse(null));
        return json;
    }

    public Map<String, Object> grid(QuotaGrid grid) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", grid.fiscalYear());
        json.put("metric", grid.metric().key());
        json.put("money", grid.metric().money());
        json.put("periods", grid.periods().stream()
                .map(period -> Map.of("key", period.key(), "label", period.label(translator.locale())))
                .toList());
        json.put("rows", grid.rows().stream().map(row -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("subjectType", row.subjectType());
            line.put("fileName", row.fileName());
            line.put("name", row.displayName());
            line.put("editable", row.editable());
            Map<String, Object> byPeriod = new LinkedHashMap<>();
            row.quotas().forEach((period, quota) -> byPeriod.put(period, quota(quota)));
            line.put("quotas", byPeriod);
            return line;
        }).toList());
        return json;
    }

    private Map<String, Object> line(TeamQuotas.Line line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subjectKey", line.subjectKey());
        json.put("name", line.name());
        json.put("quota", line.quota().map(this::quota).orElse(null));
        return json;
    }
}
