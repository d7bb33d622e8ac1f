package com.salesteam.jira.sandbox;

import com.salesteam.jira.service.cadence.SalesMeetingIssues;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's stand-in for Jira's IssueService when the meeting cadence creates a Sales Meeting: numbered issues
 * (SALES-501, ...) kept in memory with their summary and agenda, so tests can read what a real run wrote.
 */
final class SandboxSalesMeetings implements SalesMeetingIssues {

    /** A meeting issue as it was created. */
    record Meeting(long id, String key, String reporterKey, String summary, String description, LocalDate due) {
    }

    private final AtomicLong ids = new AtomicLong(50_000);
    private final List<Meeting> created = new CopyOnWriteArrayList<>();

    @Override
    public Created create(String projectKey, String reporterKey, String summary, String description, LocalDate due,
                          String marker) {
        long id = ids.incrementAndGet();
        String key = projectKey + "-" + (id - 49_500);
        created.add(new Meeting(id, key, reporterKey, summary, description, due));
        return new Created(id, key);
    }

    List<Meeting> created() {
        return List.copyOf(created);
    }
}
