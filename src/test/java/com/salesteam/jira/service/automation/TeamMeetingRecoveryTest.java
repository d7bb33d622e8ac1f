package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.ClaimMarker;
import com.salesteam.jira.model.cadence.MeetingCadence;
import com.salesteam.jira.model.cadence.MeetingKey;
import com.salesteam.jira.model.cadence.TeamAgenda;
import com.salesteam.jira.model.cadence.TeamMeetingFrequency;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.cadence.ClaimRecovery;
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
import com.salesteam.jira.testing.MemoryClaimMarkers;
import com.salesteam.jira.testing.PropertiesTranslator;
import net.java.ao.Query;
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

/** A team meeting claimed by a run that then crashed: completed once when old, linked when found, left when fresh. */
public class TeamMeetingRecoveryTest {

    private static final Instant NOW = Instant.parse("2026-05-14T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, AutoJobEntity.class, AutoRunEntity.class,
            AutoActionEntity.class, MeetingCadenceEntity.class, TeamMeetingEntity.class);

    private final MemoryClaimMarkers markers = new MemoryClaimMarkers();
    private final List<String> created = new ArrayList<>();
    private final SalesMeetingIssues jira = (projectKey, reporterKey, summary, description, due, marker) -> {
        created.add(projectKey + " by " + reporterKey);
        return new SalesMeetingIssues.Created(2_000 + created.size(), projectKey + "-" + created.size());
    };
    private AutomationRepository repository;
    private MeetingCadenceRepository cadences;
    private MeetingKey weekly;

    @Before
    public void setUp() {
        long emea = new TeamRepository(db.ao()).create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"),
                List.of("boss", "ann"))).id();
        repository = new AutomationRepository(db.ao());
        cadences = new MeetingCadenceRepository(db.ao());
        cadences.save(new MeetingCadence(emea, EnumSet.of(TeamMeetingFrequency.WEEKLY), "SALES", 5));
        weekly = new MeetingKey(emea, TeamMeetingFrequency.WEEKLY,
                FiscalCalendar.DEFAULT.periodContaining(PeriodType.WEEK, NOW).key());
    }

    private void run() {
        run(NOW);
    }

    private void run(Instant now) {
        TeamAgendaSource agendas = mock(TeamAgendaSource.class);
        when(agendas.agenda(any(), any(), any(), anyInt(), anyString(), any())).thenAnswer(call -> {
            Team team = call.getArgument(0);
            return new TeamAgenda(team.name(), "period", Optional.of(List.of()), Optional.empty(), List.of(),
                    new TeamAgenda.ReviewsDue(0, 0), List.of());
        });
        TeamMeetingAutomation automation = new TeamMeetingAutomation(cadences, repository,
                new SettingsRepository(db.ao()), new TeamLookup(new TeamRepository(db.ao())), agendas, jira,
                new PropertiesTranslator(Locale.ENGLISH), new ClaimRecovery(markers, Clock.fixed(now, ZoneOffset.UTC)));
        long runId = repository.startRun(AutomationJobs.MEETINGS, "schedule", now);
        automation.run(runId, now, () -> false, new RunTally());
    }

    private TeamMeetingEntity claim() {
        TeamMeetingEntity[] rows = db.ao().find(TeamMeetingEntity.class, Query.select().where("NATURAL_KEY = ?",
                weekly.text()));
        assertEquals(1, rows.length);
        return rows[0];
    }

    @Test
    public void anOldClaimTwoSearchesHoursApartMissGetsItsMeetingOnce() {
        cadences.claim(weekly, NOW.minusSeconds(7 * 3600));

        run();
        assertEquals("one miss releases nothing", List.of(), created);
        run(NOW.plus(ClaimRecovery.RECHECK));
        run(NOW.plus(ClaimRecovery.RECHECK).plusSeconds(3600));

        assertEquals(List.of("SALES by boss"), created);
        assertEquals("SALES-1", claim().getIssueKey());
        assertEquals("boss", markers.markedBy(ClaimMarker.of(ClaimMarker.Job.TEAM_MEETING, weekly.text())));
    }

    @Test
    public void anOldClaimWhoseMarkedMeetingExistsIsLinkedNotCreatedAgain() {
        cadences.claim(weekly, NOW.minusSeconds(7 * 3600));
        markers.existing(ClaimMarker.of(ClaimMarker.Job.TEAM_MEETING, weekly.text()), 300L, "SALES-300");

        run();

        assertEquals(List.of(), created);
        assertEquals(300L, claim().getIssueId());
        assertEquals("SALES-300", claim().getIssueKey());
    }

    @Test
    public void aFreshClaimIsLeftAlone() {
        cadences.claim(weekly, NOW.minusSeconds(3600));

        run();

        assertEquals(List.of(), created);
        assertEquals(0L, claim().getIssueId());
    }
}
