package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.SlipReason;
import com.salesteam.jira.model.automation.SlipWatch;
import com.salesteam.jira.model.automation.StalePolicy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AutoActionEntity;
import com.salesteam.jira.store.AutoJobEntity;
import com.salesteam.jira.store.AutoRunEntity;
import com.salesteam.jira.store.AutoSettingEntity;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.SlipWatchEntity;
import com.salesteam.jira.store.StaleEpisodeEntity;
import com.salesteam.jira.store.StaleRuleEntity;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The automation's use cases per role, over a real database. */
public class AutomationServiceTest {

    private static final Instant T = Instant.parse("2026-05-06T08:00:00Z");
    private static final Caller ADMIN = new Caller("admin", "Admin", true);
    private static final Caller BOSS = new Caller("boss", "Boss", false);
    private static final Caller ANN = new Caller("ann", "Ann", false);

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();
    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class, AutoSettingEntity.class,
            AutoJobEntity.class, AutoRunEntity.class, AutoActionEntity.class, StaleRuleEntity.class,
            StaleEpisodeEntity.class, SlipWatchEntity.class, com.salesteam.jira.store.DigestOptOutEntity.class);

    @Mock
    private AutomationSchedule schedule;
    @Mock
    private UserDirectory users;
    private AutomationRepository repository;
    private DealLedger ledger;
    private Optional<Caller> caller = Optional.of(ADMIN);
    private AutomationService service;
    private long emea;

    @Before
    public void setUp() {
        repository = new AutomationRepository(db.ao());
        ledger = new DealLedger(db.ao());
        TeamRepository teams = new TeamRepository(db.ao());
        emea = teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"), List.of("ann"))).id();
        teams.create(new TeamDraft("APAC", "", Optional.empty(), Optional.of("other"), List.of("li")));
        service = new AutomationService(repository, schedule, ledger, new TeamLookup(teams), users, () -> caller);
    }

    @Test
    public void theOverviewShowsEveryJobsNextAndLastRunAndWhatItDidInThreeStatements() {
        when(schedule.nextRun(AutomationJobs.STALE_DEALS)).thenReturn(Optional.of(T.plusSeconds(3600)));
        when(schedule.nextRun(AutomationJobs.SLIP_ALERTS)).thenReturn(Optional.empty());
        long run = repository.startRun(AutomationJobs.STALE_DEALS, "schedule", T);
        repository.recordAction("k", new AutomationAction(run, 5, "SALES-5", ActionKind.COMMENTED, "ann", T));
        repository.finishRun(run, T.plusSeconds(2), 3, 1, 0, "3 deals, 1 actions, 0 failed");
        repository.setEnabled(AutomationJobs.SLIP_ALERTS, false);

        db.statements().reset();
        List<JobStatus> jobs = service.overview();
        assertEquals(3, db.statements().count());

        assertEquals(AutomationJobs.ALL, jobs.stream().map(JobStatus::job).toList());
        JobStatus stale = jobs.get(0);
        assertTrue(stale.enabled());
        assertEquals(Optional.of(T.plusSeconds(3600)), stale.nextRun());
        assertEquals(3, stale.lastRun().orElseThrow().deals());
        assertEquals("SALES-5", stale.lastActions().get(0).issueKey());
        assertFalse(jobs.get(1).enabled());
        assertEquals(Optional.empty(), jobs.get(1).lastRun());
    }

    @Test
    public void onlyAdminsSeeSwitchOrRunTheJobs() {
        caller = Optional.of(BOSS);
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(service::overview).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.runNow(AutomationJobs.STALE_DEALS)).reason());
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.setEnabled(AutomationJobs.STALE_DEALS, false)).reason());
        caller = Optional.empty();
        assertEquals(ServiceException.Reason.UNAUTHENTICATED, refused(service::settings).reason());
        verify(schedule, never()).runNow(AutomationJobs.STALE_DEALS);
        assertEquals(Set.of(), repository.disabledJobs());
    }

    @Test
    public void anAdminSwitchesAndRunsKnownJobsOnly() {
        service.setEnabled(AutomationJobs.STALE_DEALS, false);
        service.runNow(AutomationJobs.SLIP_ALERTS);
        assertEquals(Set.of(AutomationJobs.STALE_DEALS), repository.disabledJobs());
        verify(schedule).runNow(AutomationJobs.SLIP_ALERTS);
        assertEquals(ServiceException.Reason.NOT_FOUND, refused(() -> service.runNow("<script>")).reason());
    }

    @Test
    public void settingsAreCheckedFieldByFieldAndSavedOnlyWhenAllAreValid() {
        when(users.byUsername("ghost")).thenReturn(Optional.empty());
        ServiceException refusal = refused(() -> service.saveSettings(
                new AutomationSettingsDraft("ghost", "25:00", "8", true, 101)));
        assertEquals(List.of("actor", "quietStart", "quietEnd", "maxSlips"),
                refusal.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(AutomationSettings.DEFAULT, repository.settings());

        when(users.byUsername("bot")).thenReturn(Optional.of(new Person("bot-key", "bot", "Sales Bot")));
        service.saveSettings(new AutomationSettingsDraft("bot", "21:30", "07:00", false, 3));
        AutomationSettings saved = repository.settings();
        assertEquals(Optional.of("bot-key"), saved.actorKey());
        assertEquals(LocalTime.of(21, 30), saved.quietHours().start());
        assertEquals(3, saved.maxSlips());
    }

    @Test
    public void staleRulesAreCheckedRowByRowAndReplacedAsAWhole() {
        ServiceException refusal = refused(() -> service.saveStalePolicies(List.of(
                new StalePolicyDraft("1", 7, 3, true, false), new StalePolicyDraft("1", 0, -1, null, null))));
        assertEquals(List.of("rules[1].stageId", "rules[1].staleDays", "rules[1].escalateDays"),
                refusal.fieldErrors().stream().map(FieldError::field).toList());
        assertTrue(repository.stalePolicies().isEmpty());
        service.saveStalePolicies(List.of(new StalePolicyDraft("2", 14, 0, null, true)));
        assertEquals(List.of(new StalePolicy("2", 14, 0, false, true)), service.stalePolicies());
    }

    @Test
    public void aManagerSeesTheSlippedOpenDealsOfTheirTeamOnly() {
        when(users.byKey("ann")).thenReturn(Optional.of(new Person("ann", "ann", "Ann <b>")));
        slipped(1, "ann", DealOutcome.OPEN);
        slipped(2, "li", DealOutcome.OPEN);
        slipped(3, "ann", DealOutcome.WON);

        caller = Optional.of(BOSS);
        db.statements().reset();
        List<SlippedDeal> deals = service.slippedDeals(Optional.of(emea));
        assertTrue(db.statements().count() <= 5);
        assertEquals(List.of(1L), deals.stream().map(SlippedDeal::issueId).toList());
        assertEquals("Ann <b>", deals.get(0).ownerName());
        assertEquals(Set.of(SlipReason.TOO_MANY_SLIPS), deals.get(0).reasons());

        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.slippedDeals(Optional.empty())).reason());
        caller = Optional.of(ANN);
        assertEquals(ServiceException.Reason.FORBIDDEN, refused(() -> service.slippedDeals(Optional.of(emea))).reason());
        caller = Optional.of(ADMIN);
        assertEquals(List.of(1L, 2L), service.slippedDeals(Optional.empty()).stream().map(SlippedDeal::issueId).sorted().toList());
    }

    private void slipped(long issueId, String owner, DealOutcome outcome) {
        ledger.record(new DealFacts(issueId, 1L, Optional.of(owner), Optional.empty(),
                Money.ofMinor(100_00, Currency.getInstance("EUR")), "10001", outcome, 20,
                outcome == DealOutcome.OPEN ? ForecastCategory.PIPELINE : ForecastCategory.CLOSED,
                Optional.of(LocalDate.of(2026, 6, 1)), outcome == DealOutcome.WON
                ? Optional.of(LocalDate.of(2026, 5, 1)) : Optional.empty(), 3, T.toEpochMilli()), FiscalCalendar.DEFAULT);
        repository.saveSlipWatch(new SlipWatch(issueId, "SALES-" + issueId, LocalDate.of(2026, 5, 1),
                Optional.of("slip:" + issueId + ":3"), Set.of(SlipReason.TOO_MANY_SLIPS), Optional.of(T.plusSeconds(issueId))));
    }
}
