package com.salesteam.jira.jobs;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.MeetingCadence;
import com.salesteam.jira.model.cadence.TeamAgenda;
import com.salesteam.jira.model.cadence.TeamMeetingFrequency;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.automation.AutomationJobs;
import com.salesteam.jira.service.automation.AutomationRunner;
import com.salesteam.jira.service.automation.DigestAutomation;
import com.salesteam.jira.service.automation.SlipAlertAutomation;
import com.salesteam.jira.service.automation.StaleDealAutomation;
import com.salesteam.jira.service.automation.TeamAgendaSource;
import com.salesteam.jira.service.automation.TeamMeetingAutomation;
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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The meeting cadence as the scheduler runs it: the automation job under its cluster lock over a real database,
 * run again and again and by a second node, creating each team's meeting of a period once.
 */
public class MeetingJobTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-14T10:00:00Z"), ZoneOffset.UTC);

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, AutoJobEntity.class, AutoRunEntity.class,
            AutoActionEntity.class, MeetingCadenceEntity.class, TeamMeetingEntity.class);

    private final List<String> created = new ArrayList<>();
    private final JobRunnerRequest request = mock(JobRunnerRequest.class);
    private AutomationRunner runner;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        long emea = teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"), List.of("ann")))
                .id();
        MeetingCadenceRepository cadences = new MeetingCadenceRepository(db.ao());
        cadences.save(new MeetingCadence(emea, EnumSet.allOf(TeamMeetingFrequency.class), "SALES", 5));
        TeamAgendaSource agendas = mock(TeamAgendaSource.class);
        when(agendas.agenda(any(), any(), any(), anyInt(), anyString(), any())).thenReturn(new TeamAgenda("EMEA", "May",
                Optional.empty(), Optional.empty(), List.of(), new TeamAgenda.ReviewsDue(0, 0), List.of()));
        SalesMeetingIssues jira = (projectKey, reporterKey, summary, description, due, marker) -> {
            created.add(summary);
            return new SalesMeetingIssues.Created(created.size(), projectKey + "-" + created.size());
        };
        AutomationRepository repository = new AutomationRepository(db.ao());
        StaleDealAutomation stale = mock(StaleDealAutomation.class);
        when(stale.key()).thenReturn(AutomationJobs.STALE_DEALS);
        SlipAlertAutomation slips = mock(SlipAlertAutomation.class);
        when(slips.key()).thenReturn(AutomationJobs.SLIP_ALERTS);
        DigestAutomation digest = mock(DigestAutomation.class);
        when(digest.key()).thenReturn(AutomationJobs.DIGEST);
        runner = new AutomationRunner(stale, slips, digest,
                new TeamMeetingAutomation(cadences, repository, new SettingsRepository(db.ao()),
                        new TeamLookup(teams), agendas, jira, new PropertiesTranslator(Locale.ENGLISH),
                        new com.salesteam.jira.service.cadence.ClaimRecovery(new com.salesteam.jira.testing.MemoryClaimMarkers(), CLOCK)),
                repository, CLOCK);
        when(request.getJobId()).thenReturn(AutomationJobRegistrar.hourlyId(AutomationJobs.MEETINGS));
    }

    @Test
    public void everyRunOnEveryNodeAddsNothingOnceThePeriodsMeetingsExist() {
        ClusterLockService cluster = mock(ClusterLockService.class);
        ClusterLockStubs.lockFree(cluster, "com.salesteam.jira.sales-team-manager.automation.meetings",
                mock(ClusterLock.class));
        AutomationJob nodeA = new AutomationJob(AutomationJobs.MEETINGS, cluster, runner);
        AutomationJob nodeB = new AutomationJob(AutomationJobs.MEETINGS, cluster, runner);

        JobRunnerResponse first = nodeA.runJob(request);
        JobRunnerResponse second = nodeB.runJob(request);
        JobRunnerResponse third = nodeA.runJob(request);

        assertEquals(RunOutcome.SUCCESS, first.getRunOutcome());
        assertEquals("3 deals, 3 actions, 0 failed", first.getMessage());
        assertEquals("0 deals, 0 actions, 0 failed", second.getMessage());
        assertEquals(RunOutcome.SUCCESS, third.getRunOutcome());
        assertEquals(3, created.size());
        assertEquals(3, db.ao().count(TeamMeetingEntity.class));
        assertEquals(3, db.ao().count(AutoActionEntity.class));
    }

    @Test
    public void aRunFindingTheLockHeldByAnotherNodeGivesWayAndCreatesNothing() {
        ClusterLockService cluster = mock(ClusterLockService.class);
        ClusterLockStubs.lockHeldByAnotherNode(cluster, "com.salesteam.jira.sales-team-manager.automation.meetings",
                mock(ClusterLock.class));

        JobRunnerResponse response = new AutomationJob(AutomationJobs.MEETINGS, cluster, runner).runJob(request);

        assertEquals(RunOutcome.ABORTED, response.getRunOutcome());
        assertEquals(0, created.size());
        assertEquals(0, db.ao().count(AutoRunEntity.class));
    }
}
