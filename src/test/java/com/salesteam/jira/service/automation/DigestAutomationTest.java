package com.salesteam.jira.service.automation;

import com.salesteam.jira.testing.MutableClock;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.Digest;
import com.salesteam.jira.model.automation.DigestLine;
import com.salesteam.jira.model.automation.SlipReason;
import com.salesteam.jira.model.automation.SlipWatch;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.AutoActionEntity;
import com.salesteam.jira.store.AutoJobEntity;
import com.salesteam.jira.store.AutoRunEntity;
import com.salesteam.jira.store.AutoSettingEntity;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.DigestOptOutEntity;
import com.salesteam.jira.store.SettingsRepository;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The weekly digest over a real database: who gets what, opt-outs, once per week, a failing recipient skipped. */
public class DigestAutomationTest {

    // Thursday of fiscal week 2026-W20
    private static final Instant NOW = Instant.parse("2026-05-14T10:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class,
            AutoSettingEntity.class, AutoJobEntity.class, AutoRunEntity.class, AutoActionEntity.class,
            StaleRuleEntity.class, StaleEpisodeEntity.class, SlipWatchEntity.class, DigestOptOutEntity.class);

    private final MutableClock clock = new MutableClock(NOW);
    private final List<Digest> sent = new ArrayList<>();
    private AutomationRepository repository;
    private AutomationRunner runner;
    private final java.util.Set<String> unreachable = new java.util.HashSet<>();

    @Before
    public void setUp() {
        DealLedger ledger = new DealLedger(db.ao());
        repository = new AutomationRepository(db.ao());
        TeamRepository teams = new TeamRepository(db.ao());
        teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"), List.of("ann", "bob")));
        UserDirectory users = mock(UserDirectory.class);
        when(users.byKey(anyString())).thenAnswer(call -> Optional.of(
                new Person(call.getArgument(0), call.getArgument(0), "Name of " + call.getArgument(0))));
        DigestMailer mailer = digest -> {
            if (unreachable.contains(digest.recipientKey())) {
                throw new IllegalStateException("no e-mail address");
            }
            sent.add(digest);
        };
        DigestAutomation digest = new DigestAutomation(ledger, repository, new SettingsRepository(db.ao()),
                new TeamLookup(teams), users, mailer);
        RecordingDealActions jira = new RecordingDealActions(ledger, clock);
        runner = new AutomationRunner(new StaleDealAutomation(ledger, repository, new TeamLookup(teams), jira,
                new com.salesteam.jira.testing.PropertiesTranslator(java.util.Locale.ENGLISH)),
                new SlipAlertAutomation(ledger, repository, new SettingsRepository(db.ao()), jira), digest, NoMeetings.automation(), repository, clock);

        deal(ledger, 1, "ann");
        deal(ledger, 2, "bob");
        deal(ledger, 3, "ann");
        long run = repository.startRun(AutomationJobs.STALE_DEALS, "schedule", NOW.minus(Duration.ofDays(2)));
        repository.recordAction("k1", new AutomationAction(run, 1, "SALES-1", ActionKind.COMMENTED, "ann", NOW.minus(Duration.ofDays(2))));
        repository.recordAction("k2", new AutomationAction(run, 2, "SALES-2", ActionKind.COMMENTED, "bob", NOW.minus(Duration.ofDays(3))));
        // a week and a day ago: not in this digest
        repository.recordAction("k3", new AutomationAction(run, 3, "SALES-3", ActionKind.COMMENTED, "ann", NOW.minus(Duration.ofDays(8))));
        repository.saveSlipWatch(new SlipWatch(3, "SALES-3", LocalDate.of(2026, 4, 1), Optional.of("slip:3:3"),
                Set.of(SlipReason.TOO_MANY_SLIPS, SlipReason.LEFT_PERIOD), Optional.of(NOW.minus(Duration.ofDays(1)))));
    }

    private static void deal(DealLedger ledger, long issueId, String owner) {
        ledger.record(new DealFacts(issueId, 1L, Optional.of(owner), Optional.empty(),
                Money.ofMinor(100_00, Currency.getInstance("EUR")), "10001", DealOutcome.OPEN, 20,
                ForecastCategory.PIPELINE, Optional.of(LocalDate.of(2026, 7, 1)), Optional.empty(), 3,
                NOW.toEpochMilli()), FiscalCalendar.DEFAULT);
    }

    private Map<String, Digest> byRecipient() {
        return sent.stream().collect(Collectors.toMap(Digest::recipientKey, d -> d));
    }

    @Test
    public void repsGetTheirOwnDealsAndManagersTheirTeamsOncePerWeek() {
        runner.run(AutomationJobs.DIGEST, AutomationRunner.SCHEDULE, () -> false);

        Map<String, Digest> digests = byRecipient();
        assertEquals(Set.of("ann", "bob", "boss"), digests.keySet());
        assertEquals(List.of(new DigestLine("SALES-1", "Name of ann", ActionKind.COMMENTED, "")), digests.get("ann").stale());
        assertEquals(List.of(new DigestLine("SALES-3", "Name of ann", ActionKind.FLAGGED, "LEFT_PERIOD, TOO_MANY_SLIPS")),
                digests.get("ann").slipped());
        assertEquals(List.of(), digests.get("bob").slipped());
        assertEquals(List.of("SALES-2", "SALES-1"), digests.get("boss").stale().stream().map(DigestLine::issueKey).toList());
        assertEquals(FiscalCalendar.DEFAULT.periodContaining(com.salesteam.jira.model.PeriodType.WEEK, NOW).key(),
                digests.get("boss").weekKey());

        clock.advance(Duration.ofHours(5));
        runner.run(AutomationJobs.DIGEST, AutomationRunner.ADMIN, () -> false);
        assertEquals(3, sent.size());
        assertEquals(3, db.ao().count(AutoActionEntity.class, "KIND = ?", ActionKind.MAILED.name()));
    }

    @Test
    public void whoOptedOutGetsNothingAndAnUnreachablePersonIsSkipped() {
        repository.setDigestOptOut("boss", true);
        unreachable.add("ann");
        String summary = runner.run(AutomationJobs.DIGEST, AutomationRunner.SCHEDULE, () -> false);

        assertEquals(Set.of("bob"), byRecipient().keySet());
        assertEquals("2 deals, 1 actions, 1 failed", summary);
        // ann is mailed on the next run once she can be; bob not twice
        unreachable.clear();
        runner.run(AutomationJobs.DIGEST, AutomationRunner.SCHEDULE, () -> false);
        assertEquals(List.of("bob", "ann"), sent.stream().map(Digest::recipientKey).toList());
    }
}
