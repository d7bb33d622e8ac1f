package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.DueMeeting;
import com.salesteam.jira.model.cadence.MeetingFrequency;
import com.salesteam.jira.model.cadence.OneOnOneSchedule;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.kpi.RepScorecardLoader;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.AutoSettingEntity;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.CoachActionEntity;
import com.salesteam.jira.store.CoachingRepository;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.KpiDefEntity;
import com.salesteam.jira.store.KpiEntryEntity;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.OneOnOneEntity;
import com.salesteam.jira.store.OneOnOneMeetEntity;
import com.salesteam.jira.store.OneOnOneRepository;
import com.salesteam.jira.store.ScoreWeightEntity;
import com.salesteam.jira.store.ScorecardRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StaleRuleEntity;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The 1:1 run on the real-SQL stores with a recording stand-in for Jira's IssueService. Boss manages ann (weekly
 * from Wednesday 2026-11-04) and bob (every two weeks from the same day); dee is in no team with a manager.
 */
public class OneOnOneRunTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 4);

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class,
            AutoSettingEntity.class, StaleRuleEntity.class, KpiDefEntity.class, KpiEntryEntity.class,
            ScoreWeightEntity.class, CoachActionEntity.class, OneOnOneEntity.class, OneOnOneMeetEntity.class);

    private final List<DueMeeting> created = new ArrayList<>();
    private final List<String> summaries = new ArrayList<>();
    private final List<String> agendas = new ArrayList<>();
    private final AtomicInteger nextId = new AtomicInteger(10_000);
    private String failingRep = "";
    private OneOnOneRepository meetings;
    private final com.salesteam.jira.testing.MemoryClaimMarkers markers = new com.salesteam.jira.testing.MemoryClaimMarkers();

    /** Records what it was asked to create; refuses {@link #failingRep} as Jira would refuse a bad request. */
    private final MeetingIssues issues = (meeting, summary, agenda, marker) -> {
        if (meeting.repKey().equals(failingRep)) {
            throw new IllegalStateException("Jira refused the 1:1: project: no such project");
        }
        created.add(meeting);
        summaries.add(summary);
        agendas.add(agenda);
        int id = nextId.getAndIncrement();
        return new MeetingIssues.Created(id, "SALES-" + id);
    };

    private final UserDirectory users = new UserDirectory() {
        @Override
        public Optional<Person> byKey(String userKey) {
            return Optional.of(new Person(userKey, userKey, userKey.toUpperCase(Locale.ROOT)));
        }

        @Override
        public Optional<Person> byUsername(String username) {
            return byKey(username);
        }
    };

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"), List.of("ann", "bob")));
        teams.create(new TeamDraft("Orphans", "", Optional.empty(), Optional.empty(), List.of("dee")));
        meetings = new OneOnOneRepository(db.ao());
        meetings.save(new OneOnOneSchedule("ann", "boss", MeetingFrequency.WEEKLY, FIRST, "SALES"));
        meetings.save(new OneOnOneSchedule("bob", "boss", MeetingFrequency.BIWEEKLY, FIRST, "SALES"));
        meetings.save(new OneOnOneSchedule("dee", "boss", MeetingFrequency.WEEKLY, FIRST, "SALES"));
        new CoachingRepository(db.ao()).record(new CoachingAction(41, "SALES-C41", "Negotiation course",
                Optional.of("ann"), Optional.empty(), "Training course", CoachingState.OPEN, Optional.empty(),
                Optional.empty()), FIRST);
    }

    private OneOnOneRun run(String instant) {
        return run(meetings, instant);
    }

    private OneOnOneRun run(OneOnOneRepository store, String instant) {
        return run(store, instant, "");
    }

    /** A run whose agenda reader fails whenever {@code brokenRep} is among the reps it is asked for. */
    private OneOnOneRun run(OneOnOneRepository store, String instant, String brokenRep) {
        KpiRepository kpis = new KpiRepository(db.ao());
        ScorecardRepository weights = new ScorecardRepository(db.ao());
        TeamRepository teams = new TeamRepository(db.ao());
        SettingsRepository settings = new SettingsRepository(db.ao());
        RepScorecardLoader loader = new RepScorecardLoader(kpis, weights, new DealLedger(db.ao()),
                new MemoryDaySumsCache(new DealLedger(db.ao())), teams, settings);
        MeetingAgendas agendaReader = new MeetingAgendas(new DealLedger(db.ao()), new AutomationRepository(db.ao()),
                loader, MemoryScorecardCache.over(loader), new CoachingRepository(db.ao()), store,
                ids -> java.util.Map.of(), user -> Set.of()) {
            @Override
            public java.util.Map<String, com.salesteam.jira.model.cadence.MeetingAgenda> forReps(
                    Collection<String> reps, com.salesteam.jira.model.TeamHierarchy hierarchy, LocalDate day,
                    java.time.ZoneId zone, Locale locale) {
                if (reps.contains(brokenRep)) {
                    throw new IllegalStateException("scorecard of " + brokenRep + " cannot be read");
                }
                return super.forReps(reps, hierarchy, day, zone, locale);
            }
        };
        return new OneOnOneRun(store, teams, settings, agendaReader, issues, users,
                new PropertiesTranslator(Locale.ENGLISH), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
                new ClaimRecovery(markers, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)));
    }

    private List<LocalDate> annsMeetings() {
        return created.stream().filter(meeting -> meeting.repKey().equals("ann")).map(DueMeeting::day).toList();
    }

    @Test
    public void aMeetingClaimedOverSixHoursAgoWithNoIssueIsCreatedOnceWhileStillOwed() {
        meetings.claim(new DueMeeting("ann", "boss", LocalDate.of(2026, 11, 11), "SALES"),
                Instant.parse("2026-11-11T00:00:00Z"));

        run("2026-11-11T07:00:00Z").run(() -> false);
        run("2026-11-11T14:00:00Z").run(() -> false);

        assertEquals(List.of(LocalDate.of(2026, 11, 11)), annsMeetings());
        assertTrue(meetings.issueIdOf("2026-11-11|ann").isPresent());
        assertEquals("boss", markers.markedBy(com.salesteam.jira.model.cadence.ClaimMarker.of(
                com.salesteam.jira.model.cadence.ClaimMarker.Job.ONE_ON_ONE, "2026-11-11|ann")));
    }

    @Test
    public void aMeetingWhoseMarkedIssueExistsIsLinkedNotCreatedAgain() {
        meetings.claim(new DueMeeting("ann", "boss", LocalDate.of(2026, 11, 11), "SALES"),
                Instant.parse("2026-11-11T00:00:00Z"));
        markers.existing(com.salesteam.jira.model.cadence.ClaimMarker.of(
                com.salesteam.jira.model.cadence.ClaimMarker.Job.ONE_ON_ONE, "2026-11-11|ann"), 77L, "SALES-77");

        run("2026-11-11T07:00:00Z").run(() -> false);

        assertEquals(List.of(), annsMeetings());
        assertEquals(Optional.of(77L), meetings.issueIdOf("2026-11-11|ann"));
    }

    @Test
    public void aFreshlyClaimedMeetingIsLeftAlone() {
        meetings.claim(new DueMeeting("ann", "boss", LocalDate.of(2026, 11, 11), "SALES"),
                Instant.parse("2026-11-11T05:00:00Z"));

        run("2026-11-11T07:00:00Z").run(() -> false);

        assertEquals(List.of(), annsMeetings());
        assertEquals(Optional.empty(), meetings.issueIdOf("2026-11-11|ann"));
    }

    @Test
    public void eachDueMeetingIsCreatedForTheRepsManagerWithItsAgenda() {
        OneOnOneRun.Outcome outcome = run("2026-11-11T06:00:00Z").run(() -> false);

        assertEquals(new OneOnOneRun.Outcome(2, 0, 0, true), outcome);
        assertEquals(List.of(new DueMeeting("bob", "boss", FIRST, "SALES"),
                new DueMeeting("ann", "boss", LocalDate.of(2026, 11, 11), "SALES")), created);
        assertEquals("1:1 with ANN on Nov 11, 2026", summaries.get(1));
        assertTrue(agendas.get(1), agendas.get(1).contains("h3. Open coaching actions\n* SALES\\-C41 Negotiation course"));
        assertTrue(agendas.get(0), agendas.get(0).startsWith("Nothing was found to discuss"));
        assertEquals(Optional.of(10_001L), meetings.issueIdOf("2026-11-11|ann"));
        assertEquals(Optional.of(10_000L), meetings.issueIdOf("2026-11-04|bob"));
    }

    @Test
    public void aRepWhoseAgendaCannotBeReadGetsAnEmptyOneAndTheOtherMeetingsKeepTheirs() {
        OneOnOneRun.Outcome outcome = run(meetings, "2026-11-11T06:00:00Z", "ann").run(() -> false);

        assertEquals(new OneOnOneRun.Outcome(2, 0, 0, true), outcome);
        assertEquals(List.of(new DueMeeting("bob", "boss", FIRST, "SALES"),
                new DueMeeting("ann", "boss", LocalDate.of(2026, 11, 11), "SALES")), created);
        assertTrue(agendas.get(1), agendas.get(1).startsWith("Nothing was found to discuss"));
        assertEquals(Optional.of(10_001L), meetings.issueIdOf("2026-11-11|ann"));
    }

    @Test
    public void aScheduleMovedAfterItsMeetingCreatesNoSecondMeetingInThatCycle() {
        run("2026-11-11T06:00:00Z").run(() -> false);
        // Friday 11-13: ann's weekly 1:1 moves from Wednesdays to Fridays, saved that day
        meetings.save(new OneOnOneSchedule("ann", "boss", MeetingFrequency.WEEKLY, LocalDate.of(2026, 11, 13),
                "SALES", LocalDate.of(2026, 11, 13)));
        created.clear();

        OneOnOneRun.Outcome sameCycle = run("2026-11-13T06:00:00Z").run(() -> false);
        OneOnOneRun.Outcome nextFriday = run("2026-11-20T06:00:00Z").run(() -> false);

        assertEquals(new OneOnOneRun.Outcome(0, 0, 0, true), sameCycle);
        assertEquals(new OneOnOneRun.Outcome(2, 0, 0, true), nextFriday);
        assertEquals(List.of(new DueMeeting("bob", "boss", LocalDate.of(2026, 11, 18), "SALES"),
                new DueMeeting("ann", "boss", LocalDate.of(2026, 11, 20), "SALES")), created);
    }

    @Test
    public void reRunsInTheSameCycleCreateNothingAndTheNextCycleCreatesItsOwn() {
        run("2026-11-11T06:00:00Z").run(() -> false);
        OneOnOneRun.Outcome again = run("2026-11-11T09:00:00Z").run(() -> false);
        OneOnOneRun.Outcome later = run("2026-11-17T23:00:00Z").run(() -> false);

        assertEquals(new OneOnOneRun.Outcome(0, 0, 0, true), again);
        assertEquals(new OneOnOneRun.Outcome(0, 0, 0, true), later);
        assertEquals(2, created.size());
        assertEquals(2, db.ao().count(OneOnOneMeetEntity.class));

        OneOnOneRun.Outcome next = run("2026-11-18T00:30:00Z").run(() -> false);
        assertEquals(new OneOnOneRun.Outcome(2, 0, 0, true), next);
        assertEquals(Optional.of(10_002L), meetings.issueIdOf("2026-11-18|ann"));
        assertEquals(Optional.of(10_003L), meetings.issueIdOf("2026-11-18|bob"));
        assertEquals(4, db.ao().count(OneOnOneMeetEntity.class));
    }

    @Test
    public void aSecondNodeRunningAlongsideCreatesEachMeetingOnce() {
        // the second node read the claimed keys before the first wrote any: only the claims keep them apart
        OneOnOneRun first = run("2026-11-11T06:00:00Z");
        OneOnOneRepository racing = new OneOnOneRepository(db.ao()) {
            @Override
            public java.util.Map<String, LocalDate> lastClaimedDays(Collection<String> repKeys, LocalDate since) {
                java.util.Map<String, LocalDate> before = super.lastClaimedDays(repKeys, since);
                first.run(() -> false);
                return before;
            }
        };

        OneOnOneRun.Outcome second = run(racing, "2026-11-11T06:00:00Z").run(() -> false);

        assertEquals(new OneOnOneRun.Outcome(0, 2, 0, true), second);
        assertEquals(2, created.size());
        assertEquals(2, db.ao().count(OneOnOneMeetEntity.class));
    }

    @Test
    public void aMeetingJiraRefusesIsReleasedAndCreatedByTheNextRun() {
        failingRep = "ann";
        OneOnOneRun.Outcome refused = run("2026-11-11T06:00:00Z").run(() -> false);
        failingRep = "";
        OneOnOneRun.Outcome retried = run("2026-11-11T09:00:00Z").run(() -> false);

        assertEquals(new OneOnOneRun.Outcome(1, 0, 1, true), refused);
        assertEquals(new OneOnOneRun.Outcome(1, 0, 0, true), retried);
        assertEquals(List.of("bob", "ann"), created.stream().map(DueMeeting::repKey).toList());
    }

    @Test
    public void withoutSchedulesNothingIsReadBeyondThem() {
        meetings.delete("ann");
        meetings.delete("bob");
        meetings.delete("dee");
        db.statements().reset();

        assertEquals(new OneOnOneRun.Outcome(0, 0, 0, true), run("2026-11-11T06:00:00Z").run(() -> false));
        assertEquals(1, db.statements().count());
    }
}
