package com.salesteam.jira.rest;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.kpi.TeamKpiSums;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** KPIs in JSON: exact values as text without trailing zeros ("12", "2.5"), names in both languages and the caller's. */
public final class KpiJsonMapper {

    private final Translator translator;

    public KpiJsonMapper(Translator translator) {
        this.translator = translator;
    }

    public Map<String, Object> definition(KpiDefinition kpi) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", kpi.key());
        json.put("name", kpi.name(translator.locale()));
        json.put("nameEn", kpi.nameEn());
        json.put("nameZh", kpi.nameZh());
        json.put("unit", kpi.unit().key());
        json.put("source", kpi.source().type());
        if (kpi.source() instanceof KpiSource.DealMetric dealMetric) {
            json.put("metric", dealMetric.metric().key());
        }
        if (kpi.source() instanceof KpiSource.JqlCount jqlCount) {
            json.put("jql", jqlCount.jql());
        }
        json.put("direction", kpi.direction().key());
        Map<String, String> benchmarks = new LinkedHashMap<>();
        for (KpiRole role : KpiRole.values()) {
            benchmarks.put(role.key(), KpiDefinition.plainText(kpi.benchmark(role)));
        }
        json.put("benchmarks", benchmarks);
        json.put("active", kpi.active());
        return json;
    }

    public Map<String, Object> entry(KpiEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kpi", entry.kpiKey());
        json.put("user", entry.userKey());
        json.put("day", entry.day().toString());
        json.put("value", KpiDefinition.plainText(entry.value()));
        return json;
    }

    public Map<String, Object> sums(TeamKpiSums sums) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kpi", sums.kpiKey());
        json.put("team", sums.teamId());
        json.put("from", sums.from().toString());
        json.put("to", sums.to().toString());
        Map<String, String> byUser = new TreeMap<>();
        sums.byUser().forEach((user, total) -> byUser.put(user, KpiDefinition.plainText(total)));
        json.put("sums", byUser);
        return json;
    }
}
