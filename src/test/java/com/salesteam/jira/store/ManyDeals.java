package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.DealOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Thousands of ledger rows written in one batch for the parameter limit tests (recording each through the ledger
 * would take a transaction apiece): deal {@code i} is issue {@code 10,000 + i} of project {@code i} owned by
 * {@link #owner owner(i % owners)}, won on a day of April 2026 unless {@code i % 3 == 2} (open), worth
 * {@code 100 + i} euros, changed at epoch millisecond {@code 1,000 + i}.
 */
final class ManyDeals {

    static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    private ManyDeals() {
    }

    static String owner(int number) {
        return String.format(Locale.ROOT, "rep%04d", number);
    }

    static long issue(int deal) {
        return 10_000L + deal;
    }

    static void write(ActiveObjects ao, int deals, int owners) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < deals; i++) {
            boolean won = i % 3 != 2;
            String day = APRIL.plusDays(i % 30).toString();
            Map<String, Object> row = new HashMap<>();
            row.put("ISSUE_ID", issue(i));
            row.put("PROJECT_ID", (long) i);
            row.put("OWNER_KEY", owner(i % owners));
            row.put("TEAM_ID", 1L);
            row.put("AMOUNT_MINOR", (100L + i) * 100);
            row.put("CURRENCY", "EUR");
            row.put("STAGE_ID", "3");
            row.put("OUTCOME", (won ? DealOutcome.WON : DealOutcome.OPEN).name());
            row.put("PROBABILITY", won ? 100 : 50);
            row.put("CATEGORY", won ? "CLOSED" : "PIPELINE");
            row.put("EXPECTED_CLOSE", day);
            if (won) {
                row.put("CLOSED_ON", day);
            }
            row.put("SLIP_COUNT", 0);
            row.put("VERSION", 1_000L + i);
            row.put("DELETED", Boolean.FALSE);
            rows.add(row);
        }
        ao.create(DealEntity.class, rows);
    }
}
