package com.salesteam.jira.jira.field;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.ScoreLine;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.service.RepScorecard;
import com.salesteam.jira.service.Translator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code $scorecardField} of the KPI Scorecard templates: the score and its breakdown in the reader's language.
 * Each method is on the Velocity allow-list; what it returns is plain text, escaped like every reference.
 */
public final class KpiScorecardView {

    private final Translator translator;

    KpiScorecardView(Translator translator) {
        this.translator = translator;
    }

    /** E.g. "47.92 points". */
    public String score(RepScorecard value) {
        return translator.text("salesteam.field.scorecard.score",
                KpiDefinition.plainText(value.score().score().orElse(BigDecimal.ZERO)));
    }

    /** E.g. "KPI scorecard, FY2026-Q2, as rep". */
    public String heading(RepScorecard value) {
        return translator.text("salesteam.field.scorecard.heading", value.periodKey(),
                translator.text("salesteam.field.scorecard.role." + value.score().role().key()));
    }

    /** One text per KPI: "Calls: 300 of 600 (50 %) · weight 40 % · 25 points", or why it does not count. */
    public List<String> lines(RepScorecard value) {
        return value.score().lines().stream().map(this::line).toList();
    }

    /** Empty when every weighted KPI is measured; otherwise which share of the weights the score stands on. */
    public String measured(RepScorecard value) {
        ScorecardScore score = value.score();
        return score.measuredWeight().compareTo(Scorecard.TOTAL) == 0 ? ""
                : translator.text("salesteam.field.scorecard.measured", KpiDefinition.plainText(score.measuredWeight()));
    }

    private String line(ScoreLine line) {
        String name = line.name(translator.locale());
        String weight = KpiDefinition.plainText(line.weight());
        return switch (line.status()) {
            case NOT_MEASURED -> translator.text("salesteam.field.scorecard.line.notmeasured", name, weight);
            case NO_BENCHMARK -> translator.text("salesteam.field.scorecard.line.nobenchmark", name, weight);
            case SCORED -> line.cap().isPresent()
                    ? translator.text("salesteam.field.scorecard.line.capped", name, text(line.actual().orElseThrow()),
                    text(line.benchmark()), text(line.ratioPercent().orElseThrow()), text(line.cap().get()), weight,
                    text(line.points().orElseThrow()))
                    : translator.text("salesteam.field.scorecard.line", name, text(line.actual().orElseThrow()),
                    text(line.benchmark()), text(line.ratioPercent().orElseThrow()), weight,
                    text(line.points().orElseThrow()));
        };
    }

    private static String text(BigDecimal value) {
        return KpiDefinition.plainText(value);
    }
}
