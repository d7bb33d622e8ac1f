package com.salesteam.jira.web;

import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.cadence.OneOnOneService;
import com.salesteam.jira.service.cadence.ReviewCycleService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the Velocity context of the Review cycles page: the teams the caller may configure (an admin all, a
 * manager theirs and those below), each with its cycle, and the reps of those teams with their 1:1 schedules. The
 * services refuse anyone else; tests render it.
 */
public class ReviewCyclesPage {

    public static final String TEMPLATE = "templates/review-cycles.vm";

    private final ReviewCycleService cycles;
    private final Translator translator;
    private final OneOnOneService oneOnOnes;

    public ReviewCyclesPage(ReviewCycleService cycles, Translator translator, OneOnOneService oneOnOnes) {
        this.cycles = cycles;
        this.translator = translator;
        this.oneOnOnes = oneOnOnes;
    }

    public Map<String, Object> context() {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        List<ReviewCycleRow> rows = cycles.list().stream().map(ReviewCycleRow::new).toList();
        context.put("rows", rows);
        context.put("noCycles", rows.isEmpty());
        // 1:1 meetings: the reps' schedules (the caller is a manager or an admin by now: the cycles checked)
        List<OneOnOneRow> oneOnOneRows = oneOnOnes.list().stream().map(OneOnOneRow::new).toList();
        context.put("oneOnOneRows", oneOnOneRows);
        context.put("noOneOnOneReps", oneOnOneRows.isEmpty());
        return context;
    }
}
