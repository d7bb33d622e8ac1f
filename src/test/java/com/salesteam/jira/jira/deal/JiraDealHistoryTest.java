package com.salesteam.jira.jira.deal;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.salesteam.jira.model.DealChange;
import com.salesteam.jira.model.DealTimeline;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraDealHistoryTest {

    private static final Timestamp CREATED = Timestamp.from(Instant.parse("2026-03-01T09:00:00Z"));
    private static final Timestamp APRIL = Timestamp.from(Instant.parse("2026-04-10T10:00:00Z"));
    private static final Timestamp MAY = Timestamp.from(Instant.parse("2026-05-19T10:00:00Z"));
    private static final Timestamp JUNE = Timestamp.from(Instant.parse("2026-06-02T10:00:00Z"));

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueManager issueManager;
    @Mock
    private ChangeHistoryManager history;
    @Mock
    private MutableIssue deal;

    private static ChangeHistory group(Timestamp at, ChangeItemBean... items) {
        ChangeHistory group = mock(ChangeHistory.class);
        when(group.getTimePerformed()).thenReturn(at);
        when(group.getChangeItemBeans()).thenReturn(List.of(items));
        return group;
    }

    @Test
    public void theForecastFieldsAreReadAsJiraWritesThemAndOthersIgnored() {
        when(issueManager.getIssueObject(7L)).thenReturn(deal);
        when(deal.getCreated()).thenReturn(CREATED);
        List<ChangeHistory> groups = List.of(
                group(APRIL, new ChangeItemBean("jira", "status", "10001", "Proposal", "10002", "Negotiation", APRIL),
                        new ChangeItemBean("custom", "Expected Close Date", "2026-04-30", "30/Apr/26", "2026-05-15",
                                "15/May/26", APRIL),
                        new ChangeItemBean("jira", "description", null, "old", null, "new", APRIL)),
                group(MAY, new ChangeItemBean("custom", "Deal Amount", null, "EUR 100000.00", null, "EUR 120000.00", MAY),
                        new ChangeItemBean("custom", "Forecast Category", "10300", "Best Case", "10301", "Commit", MAY),
                        new ChangeItemBean("custom", "Win Probability", null, null, "80.0", "80", MAY)),
                group(JUNE, new ChangeItemBean("custom", "Deal Amount", null, "EUR 120000.00", null, "", JUNE),
                        new ChangeItemBean("custom", "Expected Close Date", null, null, "garbage", "?", JUNE)));
        when(history.getChangeHistories(deal)).thenReturn(groups);

        Map<Long, DealTimeline> timelines = new JiraDealHistory(issueManager, history).timelines(List.of(7L, 8L));

        Currency eur = Currency.getInstance("EUR");
        assertEquals(Map.of(7L, new DealTimeline(CREATED.toInstant(), List.of(
                new DealChange.Stage(APRIL.toInstant(), "10001", "10002"),
                new DealChange.ExpectedClose(APRIL.toInstant(), Optional.of(LocalDate.of(2026, 4, 30)),
                        Optional.of(LocalDate.of(2026, 5, 15))),
                new DealChange.Amount(MAY.toInstant(), Optional.of(Money.ofMinor(100_000_00, eur)),
                        Optional.of(Money.ofMinor(120_000_00, eur))),
                new DealChange.Category(MAY.toInstant(), Optional.of(ForecastCategory.BEST_CASE),
                        Optional.of(ForecastCategory.COMMIT)),
                new DealChange.Probability(MAY.toInstant(), Optional.empty(), Optional.of(80)),
                new DealChange.Amount(JUNE.toInstant(), Optional.of(Money.ofMinor(120_000_00, eur)), Optional.empty()),
                new DealChange.ExpectedClose(JUNE.toInstant(), Optional.empty(), Optional.empty())))), timelines);
    }
}
