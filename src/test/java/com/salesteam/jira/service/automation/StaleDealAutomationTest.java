package com.salesteam.jira.service.automation;

import com.salesteam.jira.testing.MutableClock;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationRun;
import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.QuietHours;
import com.salesteam.jira.model.automation.StalePolicy;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.store.AutoActionEntity;
import com.salesteam.jira.store.AutoJobEntity;
import com.salesteam.jira.store.AutoRunEntity;
import com.salesteam.jira.store.AutoSettingEntity;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.SlipWatchEntity;
import com.salesteam.jira.store.StaleEpisodeEntity;
import com.salesteam.jira.store.StaleRuleEntity;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The stale-deal follow-up and its runner over a real database, run after run, with Jira recorded. */
public class StaleDealAutomationTest {

    // Wednesday 2026-05-06 10:00 UTC
    private static final Instant START = Instant.parse("2026-05-06T10:00:00Z");
    private static final String OPEN_STAGE = "10001";

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class,
            AutoSettingEntity.class, AutoJobEntity.class, AutoRunEntity.class, AutoActionEntity.class,
            StaleRuleEntity.class, StaleEpisodeEntity.class, SlipWatchEntity.class, com.salesteam.jira.store.DigestOptOutEntity.class);

    private final MutableClock clock = new MutableClock(START);
    private DealLedger ledger;
    private AutomationRepository repository;
    private RecordingDealActions jira;
    private AutomationRunner runner;

    private DigestAutomation digest() {
        return new DigestAutomation(ledger, repository, new SettingsRepository(db.ao()),
                new TeamLookup(new TeamRepository(db.ao())),
                org.mockito.Mockito.mock(com.salesteam.jira.service.UserDirectory.class), digest -> { });
    }

    @Before
    public void setUp() {
        ledger = new DealLedger(db.ao());
        repository = new AutomationRepository(db.ao());
        TeamRepository teams = new TeamRepository(db.ao());
        long region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of())).id();
        teams.create(new TeamDraft("EMEA", "", Optional.of(region), Optional.of("boss"), List.of("ann", "boss")));
        jira = new RecordingDealActions(ledger, clock);
        StaleDealAutomation stale = new StaleDealAutomation(ledger, repository, new TeamLookup(teams), jira,
                new PropertiesTranslator(java.util.Locale.ENGLISH));
        SlipAlertAutomation slips = new SlipAlertAutomation(ledger, repository, new SettingsRepository(db.ao()), jira);
        runner = new AutomationRunner(stale, slips, digest(), NoMeetings.automation(), repository, clock);
        repository.saveSettings(new AutomationSettings(Optional.of("bot"), QuietHours.NONE, 2));
        repository.replaceStalePolicies(List.of(new StalePolicy(OPEN_STAGE, 7, 3, true, true)));
    }

    private void deal(long issueId, String owner, Instant updated) {
        ledger.record(new DealFacts(issueId, 1L, Optional.of(owner), Optional.empty(),
                Money.ofMinor(100_00, Currency.getInstance("EUR")), OPEN_STAGE, DealOutcome.OPEN, 20,
                ForecastCategory.PIPELINE, Optional.empty(), Optional.empty(), 0, updated.toEpochMilli()),
                FiscalCalendar.DEFAULT);
    }

    private void hourlyRunsFor(Duration span) {
        for (long hour = 0; hour < span.toHours(); hour++) {
            clock.advance(Duration.ofHours(1));
            runner.run(AutomationJobs.STALE_DEALS, AutomationRunner.SCHEDULE, () -> false);
        }
    }

    @Test
    public void aStaleDealIsNudgedOnceThenItsManagerToldOnceOverManyRuns() {
        deal(1, "ann", START.minus(Duration.ofDays(6)));
        deal(8, "boss", START.minus(Duration.ofDays(6)));
        hourlyRunsFor(Duration.ofDays(20));

        assertEquals(1, jira.entries("comment 1 by bot: [~ann]").size());
        assertEquals(1, jira.entries("subtask 1 for ann").size());
        assertEquals(1, jira.entries("flag 1 stale-deal").size());
        assertEquals(List.of("comment 1 by bot: [~boss] [~ann] has not updated this deal for 10 days."),
                jira.entries("comment 1 by bot: [~boss]"));
        // the manager of their own team is told about by the manager above
        assertEquals(List.of("comment 8 by bot: [~vp] [~boss] has not updated this deal for 10 days."),
                jira.entries("comment 8 by bot: [~vp]"));
        assertEquals(2, db.ao().count(AutoActionEntity.class, "KIND = ?", ActionKind.NOTIFIED.name()));
        // nudged 7 days after the last update, the managers told 3 days after that, each at the first run due
        AutoActionEntity nudge = db.ao().find(AutoActionEntity.class, "ISSUE_ID = ? AND KIND = ?", 1L, "COMMENTED")[0];
        AutoActionEntity told = db.ao().find(AutoActionEntity.class, "ISSUE_ID = ? AND KIND = ?", 1L, "NOTIFIED")[0];
        assertEquals(START.plus(Duration.ofDays(1)).toEpochMilli(), nudge.getDoneAt());
        assertEquals(START.plus(Duration.ofDays(4)).toEpochMilli(), told.getDoneAt());
    }

    @Test
    public void aDealUpdatedAfterItsNudgeAndStaleAgainIsANewEpisode() {
        deal(2, "ann", START.minus(Duration.ofDays(7)).minus(Duration.ofMinutes(30)));
        hourlyRunsFor(Duration.ofDays(1));
        assertEquals(1, jira.entries("comment 2 by bot: [~ann]").size());
        deal(2, "ann", clock.instant()); // the rep updates the deal
        hourlyRunsFor(Duration.ofDays(6));
        assertEquals(1, jira.entries("comment 2 by bot: [~ann]").size());
        hourlyRunsFor(Duration.ofDays(2));
        assertEquals(2, jira.entries("comment 2 by bot: [~ann]").size());
        assertEquals(2, jira.entries("subtask 2").size());
    }

    @Test
    public void quietHoursOnTheOwnersClockDelayTheNudgeUntilMorning() {
        repository.saveSettings(new AutomationSettings(Optional.of("bot"),
                new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0), false), 2));
        jira.zones.put("ann", ZoneId.of("Asia/Shanghai"));
        // stale from 2026-05-06 14:00 UTC = 22:00 in Shanghai: quiet until 08:00 there (00:00 UTC)
        deal(3, "ann", Instant.parse("2026-04-29T14:00:00Z"));
        clock.advance(Duration.ofHours(4));
        hourlyRunsFor(Duration.ofHours(9));
        assertEquals(List.of(), jira.entries("comment 3"));
        hourlyRunsFor(Duration.ofHours(2));
        assertEquals(1, jira.entries("comment 3").size());
    }

    @Test
    public void aFailingDealIsSkippedAndTheOthersStillNudged() {
        deal(4, "ann", START.minus(Duration.ofDays(8)));
        deal(5, "ann", START.minus(Duration.ofDays(8)));
        jira.failing.add(4L);
        String summary = runner.run(AutomationJobs.STALE_DEALS, AutomationRunner.ADMIN, () -> false);

        assertEquals("2 deals, 3 actions, 1 failed", summary);
        assertEquals(1, jira.entries("comment 5").size());
        AutomationRun run = repository.lastRuns(List.of(AutomationJobs.STALE_DEALS)).get(AutomationJobs.STALE_DEALS);
        assertEquals(1, run.failures());
        assertEquals("admin", run.trigger());
        List<AutomationAction> audit = repository.actionsOf(List.of(run.id())).get(run.id());
        assertEquals(List.of(ActionKind.COMMENTED, ActionKind.CREATED, ActionKind.FLAGGED),
                audit.stream().map(AutomationAction::kind).toList());
        assertEquals("SALES-901", audit.get(1).detail());

        // the failure did not claim the episode: once the deal reads again, the next run nudges it
        jira.failing.clear();
        clock.advance(Duration.ofHours(1));
        runner.run(AutomationJobs.STALE_DEALS, AutomationRunner.SCHEDULE, () -> false);
        assertEquals(1, jira.entries("comment 4").size());
        assertEquals(1, jira.entries("comment 5").size());
    }

    @Test
    public void aStageThatNeverEscalatesLeavesNoEpisodeWaiting() {
        repository.replaceStalePolicies(List.of(new StalePolicy(OPEN_STAGE, 7, 0, false, false)));
        deal(9, "ann", START.minus(Duration.ofDays(8)));
        hourlyRunsFor(Duration.ofDays(10));
        assertEquals(1, jira.entries("comment 9").size());
        assertEquals(List.of(), repository.unescalatedEpisodeIssueIds());
    }

    @Test
    public void aDealWonWhileItsEscalationWaitsLeavesNoEpisodeWaiting() {
        deal(10, "ann", START.minus(Duration.ofDays(7)).minus(Duration.ofMinutes(30)));
        hourlyRunsFor(Duration.ofDays(1));
        assertEquals(List.of(10L), repository.unescalatedEpisodeIssueIds());
        ledger.record(new DealFacts(10, 1L, Optional.of("ann"), Optional.empty(),
                Money.ofMinor(100_00, Currency.getInstance("EUR")), "won", DealOutcome.WON, 100,
                ForecastCategory.CLOSED, Optional.empty(), Optional.of(LocalDate.of(2026, 1, 1)), 0,
                clock.instant().toEpochMilli()), FiscalCalendar.DEFAULT);

        hourlyRunsFor(Duration.ofDays(5));

        assertEquals(List.of(), repository.unescalatedEpisodeIssueIds());
        assertEquals(List.of(), jira.entries("comment 10 by bot: [~boss]"));
    }

    @Test
    public void aSwitchedOffJobSkipsScheduledRunsButRunsWhenAnAdminAsks() {
        deal(6, "ann", START.minus(Duration.ofDays(8)));
        repository.setEnabled(AutomationJobs.STALE_DEALS, false);
        assertEquals("stale-deals is switched off",
                runner.run(AutomationJobs.STALE_DEALS, AutomationRunner.SCHEDULE, () -> false));
        assertEquals(0, db.ao().count(AutoRunEntity.class));
        runner.run(AutomationJobs.STALE_DEALS, AutomationRunner.ADMIN, () -> false);
        assertEquals(1, jira.entries("comment 6").size());
    }

    @Test
    public void withoutAnAutomationUserTheRunIsRecordedAsFailed() {
        repository.saveSettings(AutomationSettings.DEFAULT);
        deal(7, "ann", START.minus(Duration.ofDays(8)));
        String summary = runner.run(AutomationJobs.STALE_DEALS, AutomationRunner.SCHEDULE, () -> false);
        assertEquals("failed: no automation user is set", summary);
        assertTrue(jira.log.isEmpty());
        assertTrue(repository.recentRuns(1).get(0).finished().isPresent());
    }

    @Test
    public void aCancelledRunStopsBetweenBatches() {
        for (long id = 100; id < 100 + AutomationJobs.BATCH + 5; id++) {
            deal(id, "ann", START.minus(Duration.ofDays(8)));
        }
        int[] batches = {0};
        String summary = runner.run(AutomationJobs.STALE_DEALS, AutomationRunner.SCHEDULE, () -> batches[0]++ > 0);
        assertEquals(AutomationJobs.BATCH + " deals, " + 3 * AutomationJobs.BATCH + " actions, 0 failed, cancelled", summary);
    }
}
