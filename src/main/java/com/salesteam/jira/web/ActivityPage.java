package com.salesteam.jira.web;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.kpi.KpiService;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the Velocity context of the "Log activity" page (the caller's own last 14 days); tests render it. */
public class ActivityPage {

    public static final String TEMPLATE = "templates/activity.vm";
    static final int DAYS_SHOWN = 14;

    private final KpiService kpis;
    private final Translator translator;

    public ActivityPage(KpiService kpis, Translator translator) {
        this.kpis = kpis;
        this.translator = translator;
    }

    public Map<String, Object> context() {
        LocalDate today = kpis.today();
        List<KpiDefinition> manual = kpis.list(false).stream().filter(KpiDefinition::manual).toList();
        Map<String, String> logged = new HashMap<>();
        for (KpiEntry entry : kpis.entries("", today.minusDays(DAYS_SHOWN - 1L).toString(), today.toString())) {
            logged.put(entry.day() + "/" + entry.kpiKey(), KpiDefinition.plainText(entry.value()));
        }
        DateTimeFormatter label = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(translator.locale());
        List<ActivityDay> days = new ArrayList<>();
        for (int back = 0; back < DAYS_SHOWN; back++) {
            LocalDate day = today.minusDays(back);
            days.add(new ActivityDay(day.toString(), label.format(day), manual.stream()
                    .map(kpi -> new ActivityCell(kpi.key(), logged.getOrDefault(day + "/" + kpi.key(), ""))).toList()));
        }
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        context.put("today", today.toString());
        context.put("earliest", today.minusDays(90).toString());
        context.put("kpis", manual.stream().map(kpi -> new KpiRow(kpi, translator.locale())).toList());
        context.put("noKpis", manual.isEmpty());
        context.put("days", days);
        return context;
    }
}
