package com.salesteam.jira.jira.deal;

import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.DealLedgerService;
import com.salesteam.jira.testing.InJvmLock;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StageRuleEntity;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Jira's issue events, played by mocks, feeding a real ledger on HSQLDB. */
public class DealLedgerListenerTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class, StageRuleEntity.class);
    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private EventPublisher eventPublisher;
    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private Issue issue;
    @Mock
    private IssueType dealType;
    @Mock
    private Status status;
    @Mock
    private ApplicationUser assignee;
    @Mock
    private CustomField amountField;
    @Mock
    private CustomField closeField;

    private DealLedger ledger;
    private DealLedgerListener listener;
    private long teamId;

    @Before
    public void setUp() {
        ledger = new DealLedger(db.ao());
        SettingsRepository settings = new SettingsRepository(db.ao());
        settings.saveDefaultCurrency(EUR);
        new StageRuleRepository(db.ao()).replaceAll(List.of(
                new StageRule("3", DealOutcome.OPEN, 60, ForecastCategory.BEST_CASE),
                new StageRule("6", DealOutcome.WON, 100, ForecastCategory.CLOSED)));
        TeamRepository teams = new TeamRepository(db.ao());
        teamId = teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.empty(), List.of("JIRAUSER1"))).id();
        listener = new DealLedgerListener(eventPublisher,
                new DealIssueReader(customFieldManager, new AppSettings(settings)),
                new DealLedgerService(ledger, new StageRuleRepository(db.ao()), teams, settings, new InJvmLock(),
                        MemoryAttainmentCache.empty(), MemoryScorecardCache.empty(), new MemoryPeriodSumsCache(ledger),
                        new MemoryDaySumsCache(ledger), new MemoryLeaderboardSettingsCache(settings)));

        when(issue.getId()).thenReturn(42L);
        when(issue.getKey()).thenReturn("SALES-42");
        when(issue.getProjectId()).thenReturn(10_100L);
        when(issue.getIssueType()).thenReturn(dealType);
        when(dealType.getName()).thenReturn("Deal");
        when(issue.getStatus()).thenReturn(status);
        when(status.getId()).thenReturn("3");
        when(issue.getAssignee()).thenReturn(assignee);
        when(assignee.getKey()).thenReturn("JIRAUSER1");
        when(customFieldManager.getCustomFieldObjectsByName("Deal Amount")).thenReturn(List.of(amountField));
        when(customFieldManager.getCustomFieldObjectsByName("Expected Close Date")).thenReturn(List.of(closeField));
        when(issue.getCustomFieldValue(amountField)).thenReturn(new BigDecimal("12500.00"));
        when(issue.getCustomFieldValue(closeField)).thenReturn(Timestamp.valueOf(java.time.LocalDate.of(2026, 6, 15).atStartOfDay()));
    }

    private IssueEvent event(Long type) {
        return new IssueEvent(issue, Map.of(), assignee, type);
    }

    @Test
    public void registersWithJirasEventsWhileTheAppRuns() {
        listener.onStart();
        verify(eventPublisher).register(listener);
        listener.onStop();
        verify(eventPublisher).unregister(listener);
    }

    @Test
    public void aNewDealIsRecordedWithItsStageTeamAndAmount() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID));

        DealFacts facts = ledger.find(42).orElseThrow();
        assertEquals(Money.ofMinor(1_250_000, EUR), facts.amount());
        assertEquals(60, facts.probability());
        assertEquals(ForecastCategory.BEST_CASE, facts.category());
        assertEquals(Optional.of(teamId), facts.teamId());
        assertEquals(Optional.of("JIRAUSER1"), facts.ownerKey());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 6, 15)), facts.expectedClose());
    }

    @Test
    public void aTransitionToWonClosesTheDeal() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID));
        when(status.getId()).thenReturn("6");
        when(issue.getResolutionDate()).thenReturn(Timestamp.from(Instant.parse("2026-06-02T09:00:00Z")));

        listener.onIssueEvent(new IssueEvent(issue, Map.of(), assignee, EventType.ISSUE_RESOLVED_ID));

        DealFacts facts = ledger.find(42).orElseThrow();
        assertEquals(DealOutcome.WON, facts.outcome());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 6, 2)), facts.closedOn());
    }

    @Test
    public void deletingOrRetypingADealTakesItOutOfTheLedger() {
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID));
        listener.onIssueEvent(event(EventType.ISSUE_DELETED_ID));
        assertEquals(Optional.empty(), ledger.find(42));

        when(issue.getId()).thenReturn(43L);
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID));
        when(dealType.getName()).thenReturn("Task");
        listener.onIssueEvent(event(EventType.ISSUE_MOVED_ID));
        assertEquals(Optional.empty(), ledger.find(43));
    }

    @Test
    public void otherIssuesAreIgnoredWithoutTouchingTheDatabase() {
        IssueType task = mock(IssueType.class);
        when(task.getName()).thenReturn("Task");
        when(issue.getIssueType()).thenReturn(task);
        db.statements().reset();

        listener.onIssueEvent(event(EventType.ISSUE_COMMENTED_ID));

        assertEquals(0, db.statements().count());
    }

    @Test
    public void aDealKeepsTheDayItsIssueWasCreatedOnTheFiscalCalendarsClockAsNewPipeline() {
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-05-31T23:30:00Z")));
        listener.onIssueEvent(event(EventType.ISSUE_CREATED_ID));

        assertEquals(Optional.of(java.time.LocalDate.of(2026, 5, 31)), ledger.find(42).orElseThrow().createdOn());
        com.salesteam.jira.model.DateRange may = com.salesteam.jira.model.DateRange.ofDays(
                java.time.LocalDate.of(2026, 5, 1), java.time.LocalDate.of(2026, 5, 31));
        assertEquals(Money.ofMinor(1_250_000, EUR), ledger.spanSumsOfEveryone(List.of(may)).get(may).get("JIRAUSER1")
                .created(EUR).amount());
    }
}
