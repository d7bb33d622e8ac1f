package com.salesteam.jira.rest;

import com.salesteam.jira.model.CsvText;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.service.Forecast;
import com.salesteam.jira.service.ForecastLine;
import com.salesteam.jira.service.Translator;

import java.util.ArrayList;
import java.util.List;

/**
 * A forecast as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Chinese names). Texts
 * that a spreadsheet would run as a formula are defused with a leading apostrophe.
 */
final class ForecastCsv {

    private ForecastCsv() {
    }

    static String write(Forecast forecast, Translator translator) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, List.of(
                translator.text("salesteam.forecast.csv.period"),
                translator.text("salesteam.forecast.csv.line"),
                translator.text("salesteam.forecast.csv.name"),
                translator.text("salesteam.forecast.csv.currency"),
                translator.text("salesteam.forecast.closedwon"),
                translator.text("salesteam.forecast.commit"),
                translator.text("salesteam.forecast.bestcase"),
                translator.text("salesteam.forecast.openpipeline"),
                translator.text("salesteam.forecast.weighted"),
                translator.text("salesteam.forecast.woncount"),
                translator.text("salesteam.forecast.opencount")));
        lines(csv, forecast, translator.text("salesteam.forecast.csv.total"), List.of(forecast.total()));
        lines(csv, forecast, translator.text("salesteam.forecast.csv.member"), forecast.members());
        lines(csv, forecast, translator.text("salesteam.forecast.csv.subteam"), forecast.subTeams());
        return csv.toString();
    }

    private static void lines(StringBuilder csv, Forecast forecast, String kind, List<ForecastLine> lines) {
        for (ForecastLine line : lines) {
            for (ForecastTotals totals : line.totals().values()) {
                List<String> cells = new ArrayList<>();
                cells.add(forecast.period().key());
                cells.add(kind);
                cells.add(line.subjectName());
                cells.add(totals.currency().getCurrencyCode());
                cells.add(totals.closedWon().amount().toPlainString());
                cells.add(totals.commit().amount().toPlainString());
                cells.add(totals.bestCase().amount().toPlainString());
                cells.add(totals.openPipeline().amount().toPlainString());
                cells.add(totals.weighted().amount().toPlainString());
                cells.add(Long.toString(totals.wonCount()));
                cells.add(Long.toString(totals.openCount()));
                row(csv, cells);
            }
        }
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(CsvText.field(cells.get(i), i >= 4));
        }
        csv.append("\r\n");
    }
}
