package com.salesteam.jira.service.automation;

import com.salesteam.jira.testing.MutableClock;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationRun;
import com.salesteam.jira.model.cadence.MeetingCadence;
import com.salesteam.jira.model.cadence.TeamAgenda;
import com.salesteam.jira.model.cadence.TeamMeetingFrequency;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.cadence.SalesMeetingIssues;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.AutoActionEntity;
import com.salesteam.jira.store.AutoJobEntity;
import com.salesteam.jira.store.AutoRunEntity;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.MeetingCadenceEntity;
import com.salesteam.jira.store.MeetingCadenceRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMeetingEntity;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The meeting cadence over a real database: one meeting per team, frequency and period, however many runs or nodes;
 * a meeting Jira refuses is tried again; the audit lists what was created.
 */
public class TeamMeetingAutomationTest {

    // Thursday of fiscal week 2026-W20, in May and the second quarter
    private static final Instant NOW = Instant.parse("2026-05-14T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, AutoJobEntity.class, AutoRunEntity.class,
            AutoActionEntity.class, MeetingCadenceEntity.class, TeamMeetingEntity.class);

    private final MutableClock clock = new MutableClock(NOW);
    private final List<String> created = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> refuseProject = new AtomicReference<>("");
    private AutomationRepository repository;
    private MeetingCadenceRepository cadences;
    private long emea;
    private long apac;
    private long leaderless;

    /** A stand-in for Jira: numbered issues, refusing one project when asked to. */
    private final SalesMeetingIssues jira = (projectKey, reporterKey, summary, description, due, marker) -> {
        if (projectKey.equals(refuseProject.get())) {
            throw new IllegalStateException("Jira refused the meeting: no project " + projectKey);
        }
        String key = projectKey + "-" + (created.size() + 1);
        created.add(key + "|" + reporterKey + "|" + summary + "|" + due + "|" + description);
        return new SalesMeetingIssues.Created(1000 + created.size(), key);
    };

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        emea = teams.create(new TeamDraft("EMEA *[x|http://evil]*", "", Optional.empty(), Optional.of("boss"),
                List.of("boss", "ann"))).id();
        apac = teams.create(new TeamDraft("APAC", "", Optional.empty(), Optional.of("lin"), List.of("lin", "wei")))
                .id();
        leaderless = teams.create(new TeamDraft("Nobody leads", "", Optional.empty(), Optional.empty(),
                List.of("zed"))).id();
        repository = new AutomationRepository(db.ao());
        cadences = new MeetingCadenceRepository(db.ao());
        cadences.save(new MeetingCadence(emea, EnumSet.of(TeamMeetingFrequency.WEEKLY, TeamMeetingFrequency.MONTHLY),
                "SALES", 5));
        cadences.save(new MeetingCadence(apac, EnumSet.of(TeamMeetingFrequency.QUARTERLY), "CN", 3));
    }

    private TeamMeetingAutomation automation(SalesMeetingIssues issues) {
        TeamAgendaSource agendas = mock(TeamAgendaSource.class);
        when(agendas.agenda(any(), any(), any(), anyInt(), anyString(), any())).thenAnswer(call -> {
            Team team = call.getArgument(0);
            return new TeamAgenda(team.name(), "period", Optional.of(List.of()), Optional.empty(), List.of(),
                    new TeamAgenda.ReviewsDue(0, 0), List.of());
        });
        return new TeamMeetingAutomation(cadences, repository, new SettingsRepository(db.ao()),
                new TeamLookup(new TeamRepository(db.ao())), agendas, issues, new PropertiesTranslator(Locale.ENGLISH),
                new com.salesteam.jira.service.cadence.ClaimRecovery(new com.salesteam.jira.testing.MemoryClaimMarkers(), clock));
    }

    private RunTally run(TeamMeetingAutomation automation) {
        RunTally tally = new RunTally();
        long runId = repository.startRun(AutomationJobs.MEETINGS, "schedule", clock.instant());
        automation.run(runId, clock.instant(), () -> false, tally);
        repository.finishRun(runId, clock.instant(), tally.deals(), tally.actions(), tally.failures(), "done");
        return tally;
    }

    private static String key(PeriodType type, Instant at) {
        return FiscalCalendar.DEFAULT.periodContaining(type, at).key();
    }

    @Test
    public void eachTeamGetsOneMeetingPerFrequencyWithItsAgendaAndTheAuditSaysSo() {
        RunTally tally = run(automation(jira));

        assertEquals(3, created.size());
        assertEquals(3, tally.actions());
        assertEquals(0, tally.failures());
        String weekly = created.stream().filter(line -> line.startsWith("SALES-")).findFirst().orElseThrow();
        assertTrue(weekly, weekly.startsWith("SALES-1|boss|Sales Meeting: EMEA *[x|http://evil]*, "));
        assertTrue(weekly, weekly.endsWith("|2026-05-14|Agenda of the sales meeting of EMEA \\*\\[x\\|http://evil\\]\\* for"
                + " period, generated from the sales data.\n\nh3. Forecast\n_Nothing to discuss._\n\nh3. Leaderboard\n"
                + "Leaderboards are not shown to reps.\n\nh3. Slipped deals\n_Nothing to discuss._\n\nh3. Reviews due\n"
                + "_Nothing to discuss._\n\nh3. Competitions running\n_Nothing to discuss._"));
        assertTrue(created.stream().anyMatch(line -> line.startsWith("CN-") && line.contains("|lin|Sales Meeting: APAC, ")));
        Map<String, String> meetings = db.ao().count(TeamMeetingEntity.class) == 3 ? java.util.Arrays.stream(
                db.ao().find(TeamMeetingEntity.class)).collect(Collectors.toMap(TeamMeetingEntity::getNaturalKey,
                TeamMeetingEntity::getIssueKey)) : Map.of();
        assertEquals(Set.of("meeting:" + emea + ":weekly:" + key(PeriodType.WEEK, NOW),
                "meeting:" + emea + ":monthly:" + key(PeriodType.MONTH, NOW),
                "meeting:" + apac + ":quarterly:" + key(PeriodType.QUARTER, NOW)), meetings.keySet());
        List<AutomationAction> audit = repository.actionsSince(NOW);
        assertEquals(3, audit.size());
        assertTrue(audit.stream().allMatch(action -> action.kind() == ActionKind.CREATED_MEETING));
        assertTrue(audit.stream().anyMatch(action -> action.detail().equals("APAC · " + key(PeriodType.QUARTER, NOW))));
        assertEquals(Set.copyOf(meetings.values()), audit.stream().map(AutomationAction::issueKey)
                .collect(Collectors.toSet()));
    }

    @Test
    public void severalRunsCreateNoSecondMeetingAndANewWeekBringsOnlyItsOwn() {
        TeamMeetingAutomation automation = automation(jira);
        run(automation);
        clock.advance(Duration.ofHours(1));
        RunTally second = run(automation);
        clock.advance(Duration.ofHours(6));
        run(automation(jira));

        assertEquals(3, created.size());
        assertEquals(0, second.actions());
        assertEquals("a run finding everything done goes through no meeting", 0, second.deals());

        // Thursday of the next week, still May and the same quarter: only EMEA's weekly meeting is new
        clock.advance(Duration.ofDays(7));
        RunTally nextWeek = run(automation);
        assertEquals(4, created.size());
        assertEquals(1, nextWeek.actions());
        assertTrue(created.get(3).startsWith("SALES-4|boss|"));
        assertEquals(4, db.ao().count(TeamMeetingEntity.class));
    }

    @Test
    public void aMeetingJiraRefusesIsReleasedCountedAndCreatedByTheNextRun() {
        refuseProject.set("CN");
        RunTally refused = run(automation(jira));

        assertEquals(2, created.size());
        assertEquals(1, refused.failures());
        assertEquals(2, db.ao().count(TeamMeetingEntity.class));

        refuseProject.set("");
        RunTally retried = run(automation(jira));
        assertEquals(1, retried.actions());
        assertTrue(created.get(2).startsWith("CN-3|lin|"));
        assertEquals(3, db.ao().count(TeamMeetingEntity.class));
    }

    @Test
    public void oneTeamsFailedClaimIsCountedAndTheOtherTeamsStillMeet() {
        cadences = spy(cadences);
        doThrow(new IllegalStateException("deadlock")).when(cadences).claim(argThat(key -> key.teamId() == emea), any());

        RunTally tally = run(automation(jira));

        assertEquals(1, created.size());
        assertTrue(created.get(0).startsWith("CN-1|lin|"));
        assertEquals(2, tally.failures());
        assertEquals(1, tally.actions());
    }

    @Test
    public void aFailedReleaseOrAuditIsCountedAndTheRunGoesOn() {
        refuseProject.set("SALES");
        cadences = spy(cadences);
        doThrow(new IllegalStateException("connection lost")).when(cadences).release(any());

        RunTally released = run(automation(jira));

        assertEquals(1, created.size());
        assertEquals(2, released.failures());
        assertEquals(1, released.actions());

        refuseProject.set("");
        created.clear();
        cadences = new MeetingCadenceRepository(db.ao());
        db.ao().deleteWithSQL(TeamMeetingEntity.class, "ISSUE_ID = ?", 0L);
        repository = spy(repository);
        doThrow(new IllegalStateException("audit table locked")).when(repository).recordAction(anyString(), any());

        RunTally audited = run(automation(jira));

        assertEquals(2, created.size());
        assertEquals(2, audited.failures());
        assertEquals(0, audited.actions());
    }

    @Test
    public void aTeamWithoutAManagerIsCountedAsAFailureAndClaimsNothing() {
        cadences.save(new MeetingCadence(leaderless, EnumSet.of(TeamMeetingFrequency.MONTHLY), "SALES", 5));

        RunTally tally = run(automation(jira));

        assertEquals(1, tally.failures());
        assertEquals(3, tally.actions());
        assertEquals(0, java.util.Arrays.stream(db.ao().find(TeamMeetingEntity.class))
                .filter(row -> row.getTeamId() == leaderless).count());
    }

    @Test
    public void aSecondNodeRunningAlongsideCreatesNothingTheFirstClaimed() throws Exception {
        cadences.delete(apac);
        CountDownLatch firstIsCreating = new CountDownLatch(1);
        CountDownLatch secondIsDone = new CountDownLatch(1);
        SalesMeetingIssues slowJira = (projectKey, reporterKey, summary, description, due, marker) -> {
            firstIsCreating.countDown();
            try {
                assertTrue(secondIsDone.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return jira.create(projectKey, reporterKey, summary, description, due, marker);
        };
        cadences.save(new MeetingCadence(emea, EnumSet.of(TeamMeetingFrequency.WEEKLY), "SALES", 5));
        AtomicReference<RunTally> first = new AtomicReference<>();
        Thread nodeOne = new Thread(() -> first.set(run(automation(slowJira))));
        nodeOne.start();
        assertTrue(firstIsCreating.await(10, TimeUnit.SECONDS));

        RunTally second = run(automation(jira));
        secondIsDone.countDown();
        nodeOne.join(10_000);

        assertEquals(0, second.actions());
        assertEquals(1, first.get().actions());
        assertEquals(1, created.size());
        assertEquals(1, db.ao().count(TeamMeetingEntity.class));
    }

    @Test
    public void theRunnerListsTheJobsRunAndASwitchedOffJobRunsOnlyWhenAnAdminAsks() {
        AutomationRunner runner = new AutomationRunner(stub(StaleDealAutomation.class, AutomationJobs.STALE_DEALS),
                stub(SlipAlertAutomation.class, AutomationJobs.SLIP_ALERTS),
                stub(DigestAutomation.class, AutomationJobs.DIGEST), automation(jira), repository, clock);
        repository.setEnabled(AutomationJobs.MEETINGS, false);

        assertEquals("meetings is switched off", runner.run(AutomationJobs.MEETINGS, AutomationRunner.SCHEDULE,
                () -> false));
        assertEquals(0, created.size());
        assertEquals("3 deals, 3 actions, 0 failed", runner.run(AutomationJobs.MEETINGS, AutomationRunner.ADMIN,
                () -> false));
        AutomationRun last = repository.lastRuns(List.of(AutomationJobs.MEETINGS)).get(AutomationJobs.MEETINGS);
        assertEquals(AutomationRunner.ADMIN, last.trigger());
        assertEquals(3, last.actions());
        assertEquals(3, repository.actionsOf(List.of(last.id())).get(last.id()).size());
    }

    @Test
    public void aCancelledRunStopsBeforeTheNextMeeting() {
        RunTally tally = new RunTally();
        automation(jira).run(1, NOW, () -> true, tally);

        assertEquals(0, created.size());
        assertEquals(0, db.ao().count(TeamMeetingEntity.class));
    }

    private static <T extends Automation> T stub(Class<T> type, String key) {
        T automation = mock(type);
        when(automation.key()).thenReturn(key);
        return automation;
    }
}
