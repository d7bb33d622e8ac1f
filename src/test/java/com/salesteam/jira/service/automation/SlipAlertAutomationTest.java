package com.salesteam.jira.service.automation;

import com.salesteam.jira.testing.MutableClock;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.QuietHours;
import com.salesteam.jira.model.automation.SlipReason;
import com.salesteam.jira.model.automation.SlipWatch;
import com.salesteam.jira.service.TeamLookup;
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
import com.salesteam.jira.store.SettingsRepository;
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
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Close-date slip alerts over a real database: a generated history of slips, run after run. */
public class SlipAlertAutomationTest {

    private static final Instant START = Instant.parse("2026-04-01T10:00:00Z");

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
        jira = new RecordingDealActions(ledger, clock);
        TeamRepository teams = new TeamRepository(db.ao());
        runner = new AutomationRunner(new StaleDealAutomation(ledger, repository, new TeamLookup(teams), jira,
                new PropertiesTranslator(Locale.ENGLISH)),
                new SlipAlertAutomation(ledger, repository, new SettingsRepository(db.ao()), jira), digest(), NoMeetings.automation(), repository, clock);
        repository.saveSettings(new AutomationSettings(Optional.of("bot"), QuietHours.NONE, 2));
    }

    private void deal(long issueId, LocalDate close, int slips) {
        clock.advance(Duration.ofMinutes(1)); // after the echo of the last flag
        ledger.record(new DealFacts(issueId, 1L, Optional.of("ann"), Optional.empty(),
                Money.ofMinor(100_00, Currency.getInstance("EUR")), "10001", DealOutcome.OPEN, 20,
                ForecastCategory.PIPELINE, Optional.of(close), Optional.empty(), slips, clock.millis()),
                FiscalCalendar.DEFAULT);
    }

    private String run() {
        clock.advance(Duration.ofHours(1));
        return runner.run(AutomationJobs.SLIP_ALERTS, AutomationRunner.SCHEDULE, () -> false);
    }

    @Test
    public void aCloseMovedOutOfItsQuarterIsFlaggedOnceAndListed() {
        deal(1, LocalDate.of(2026, 5, 20), 0);
        run();
        assertEquals(List.of(), jira.entries("flag"));
        deal(1, LocalDate.of(2026, 6, 30), 1);
        run();
        assertEquals(List.of(), jira.entries("flag"));
        deal(1, LocalDate.of(2026, 7, 2), 2);
        run();
        run();
        assertEquals(List.of("flag 1 close-date-slip"), jira.entries("flag"));
        SlipWatch watch = repository.alertedSlips().get(0);
        assertEquals(Set.of(SlipReason.LEFT_PERIOD), watch.reasons());
        assertEquals(LocalDate.of(2026, 5, 20), watch.baseline());
        assertEquals("SALES-1", watch.issueKey());
    }

    @Test
    public void aCloseThatComesBackLeavesTheListAndAFurtherSlipAlertsAgain() {
        deal(2, LocalDate.of(2026, 5, 20), 0);
        run();
        deal(2, LocalDate.of(2026, 8, 1), 1);
        run();
        assertEquals(1, repository.alertedSlips().size());
        deal(2, LocalDate.of(2026, 6, 1), 1);
        run();
        assertTrue(repository.alertedSlips().isEmpty());
        deal(2, LocalDate.of(2026, 9, 1), 2);
        run();
        assertEquals(List.of("flag 2 close-date-slip", "flag 2 close-date-slip"), jira.entries("flag"));
    }

    /** Generated slip histories over many runs: one flag per deal and slip count at most, never a flag without cause. */
    @Test
    public void generatedHistoriesFlagAtMostOncePerSlip() {
        Random random = new Random(3);
        int deals = 30;
        LocalDate[] closes = new LocalDate[deals];
        int[] slips = new int[deals];
        for (int i = 0; i < deals; i++) {
            closes[i] = LocalDate.of(2026, 4, 1).plusDays(random.nextInt(80));
            deal(100 + i, closes[i], 0);
        }
        for (int round = 0; round < 25; round++) {
            for (int i = 0; i < deals; i++) {
                if (random.nextInt(5) == 0) {
                    closes[i] = closes[i].plusDays(1 + random.nextInt(30));
                    deal(100 + i, closes[i], ++slips[i]);
                }
            }
            run();
        }
        for (int i = 0; i < deals; i++) {
            long flags = jira.entries("flag " + (100 + i) + " ").size();
            assertTrue("deal " + i + " flagged " + flags + " times for " + slips[i] + " slips", flags <= slips[i]);
        }
        assertEquals(jira.entries("flag").size(), db.ao().count(AutoActionEntity.class));
    }
}
