package com.salesteam.jira.rest;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.service.Forecast;
import com.salesteam.jira.service.ForecastLine;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class ForecastCsvTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    public void writesOneRowPerLineAndCurrencyWithExactAmounts() {
        Period quarter = Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow();
        ForecastTotals sums = new ForecastTotals(CNY, 123_45, 1, 10_00, 20_00, 30_00, 5_00, 12_34, 3);
        Forecast forecast = new Forecast(quarter, new ForecastLine("team:1", "华东区", Map.of(CNY, sums)),
                List.of(new ForecastLine("li.wei", "=HYPERLINK(\"x\")", Map.of(CNY, sums))), List.of(), List.of());

        String csv = ForecastCsv.write(forecast, new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE));
        String[] lines = csv.substring(1).split("\r\n");

        assertEquals('\uFEFF', csv.charAt(0));
        assertEquals("期间,行,名称,币种,已赢单,承诺,最佳情况,未结管道,加权管道,赢单数,未结交易数", lines[0]);
        assertEquals("FY2026-Q2,合计,华东区,CNY,123.45,153.45,173.45,60.00,12.34,1,3", lines[1]);
        assertTrue("a formula is defused: " + lines[2], lines[2].startsWith("FY2026-Q2,销售代表,\"'=HYPERLINK(\"\"x\"\")\",CNY"));
        assertEquals(3, lines.length);
    }
}
