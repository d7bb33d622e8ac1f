package com.salesteam.jira.store;

import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationRun;
import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.QuietHours;
import com.salesteam.jira.model.automation.SlipReason;
import com.salesteam.jira.model.automation.SlipWatch;
import com.salesteam.jira.model.automation.StaleEpisode;
import com.salesteam.jira.model.automation.StalePolicy;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The automation's state on a real database. */
@RunWith(Parameterized.class)
public class AutomationRepositoryTest {

    private static final Instant T = Instant.parse("2026-05-06T08:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;
    private AutomationRepository repository;

    public AutomationRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, AutoSettingEntity.class, AutoJobEntity.class, AutoRunEntity.class,
                AutoActionEntity.class, StaleRuleEntity.class, StaleEpisodeEntity.class, SlipWatchEntity.class, com.salesteam.jira.store.DigestOptOutEntity.class);
    }

    @Before
    public void setUp() {
        repository = new AutomationRepository(db.ao());
    }

    @Test
    public void settingsDefaultUntilSavedThenReadBack() {
        assertEquals(AutomationSettings.DEFAULT, repository.settings());
        AutomationSettings saved = new AutomationSettings(Optional.of("bot"),
                new QuietHours(LocalTime.of(21, 30), LocalTime.of(7, 15), false), 4);
        repository.saveSettings(saved);
        repository.saveSettings(saved);
        assertEquals(saved, repository.settings());
        assertEquals(1, db.ao().count(AutoSettingEntity.class));
    }

    @Test
    public void stalePoliciesAreReplacedAsAWhole() {
        repository.replaceStalePolicies(List.of(new StalePolicy("1", 7, 3, true, false), new StalePolicy("2", 14, 0, false, true)));
        repository.replaceStalePolicies(List.of(new StalePolicy("2", 10, 2, true, true)));
        assertEquals(Map.of("2", new StalePolicy("2", 10, 2, true, true)), repository.stalePolicies());
    }

    @Test
    public void jobsAreOnUntilSwitchedOff() {
        assertEquals(Set.of(), repository.disabledJobs());
        repository.setEnabled("stale-deals", false);
        repository.setEnabled("slip-alerts", true);
        assertEquals(Set.of("stale-deals"), repository.disabledJobs());
        repository.setEnabled("stale-deals", true);
        assertEquals(Set.of(), repository.disabledJobs());
    }

    @Test
    public void runsAndTheirActionsAreReadInOneStatementEach() {
        long first = repository.startRun("stale-deals", "schedule", T);
        repository.finishRun(first, T.plusSeconds(5), 10, 1, 0, "ok");
        long second = repository.startRun("stale-deals", "admin", T.plusSeconds(3600));
        long slips = repository.startRun("slip-alerts", "schedule", T.plusSeconds(60));
        repository.recordAction("k1", new AutomationAction(second, 7, "SALES-7", ActionKind.COMMENTED, "", T.plusSeconds(3601)));
        repository.recordAction("k2", new AutomationAction(second, 7, "SALES-7", ActionKind.CREATED, "SALES-9", T.plusSeconds(3602)));

        db.statements().reset();
        Map<String, AutomationRun> last = repository.lastRuns(List.of("stale-deals", "slip-alerts", "digest"));
        assertEquals(1, db.statements().count());
        assertEquals(second, last.get("stale-deals").id());
        assertEquals(Optional.empty(), last.get("stale-deals").finished());
        assertEquals("admin", last.get("stale-deals").trigger());
        assertEquals(slips, last.get("slip-alerts").id());

        db.statements().reset();
        Map<Long, List<AutomationAction>> actions = repository.actionsOf(List.of(first, second));
        assertEquals(1, db.statements().count());
        assertEquals(List.of(ActionKind.COMMENTED, ActionKind.CREATED),
                actions.get(second).stream().map(AutomationAction::kind).toList());
        assertEquals("SALES-9", actions.get(second).get(1).detail());

        AutomationRun finished = repository.recentRuns(10).get(2);
        assertEquals(first, finished.id());
        assertEquals(10, finished.deals());
        assertEquals(Optional.of(T.plusSeconds(5)), finished.finished());
    }

    @Test
    public void doneKeysAreFoundAcrossMoreThanAThousandKeys() {
        long run = repository.startRun("stale-deals", "schedule", T);
        repository.recordAction("stale:5:1:nudge:commented", new AutomationAction(run, 5, "S-5", ActionKind.COMMENTED, "", T));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            keys.add("stale:" + i + ":1:nudge:flagged");
        }
        keys.add("stale:5:1:nudge:commented");
        assertEquals(Set.of("stale:5:1:nudge:commented"), repository.doneKeys(keys));
    }

    @Test
    public void eachDealKeepsItsLatestEpisode() {
        repository.saveEpisode(new StaleEpisode(5, T, T.plusSeconds(10), false));
        repository.saveEpisode(new StaleEpisode(5, T, T.plusSeconds(20), true));
        repository.saveEpisode(new StaleEpisode(6, T.plusSeconds(1), T.plusSeconds(30), false));
        assertEquals(Map.of(5L, new StaleEpisode(5, T, T.plusSeconds(20), true)), repository.episodes(List.of(5L, 9L)));
        assertEquals(2, db.ao().count(StaleEpisodeEntity.class));
        repository.deleteEpisode(5);
        assertEquals(Set.of(6L), repository.episodes(List.of(5L, 6L)).keySet());
    }

    @Test
    public void slipWatchesKeepTheBaselineAndListTheAlertedNewestFirst() {
        repository.saveSlipWatch(new SlipWatch(5, "", LocalDate.of(2026, 5, 1), Optional.empty(), Set.of(), Optional.empty()));
        repository.saveSlipWatch(new SlipWatch(6, "CN-6", LocalDate.of(2026, 5, 2), Optional.of("slip:6:1"),
                Set.of(SlipReason.LEFT_PERIOD), Optional.of(T)));
        repository.saveSlipWatch(new SlipWatch(5, "SALES-5", LocalDate.of(2026, 5, 1), Optional.of("slip:5:3"),
                Set.of(SlipReason.LEFT_PERIOD, SlipReason.TOO_MANY_SLIPS), Optional.of(T.plusSeconds(1))));
        List<SlipWatch> alerted = repository.alertedSlips();
        assertEquals(List.of(5L, 6L), alerted.stream().map(SlipWatch::issueId).toList());
        assertEquals(Set.of(SlipReason.LEFT_PERIOD, SlipReason.TOO_MANY_SLIPS), alerted.get(0).reasons());
        assertEquals("SALES-5", alerted.get(0).issueKey());
        assertEquals(LocalDate.of(2026, 5, 1), repository.slipWatches(List.of(5L)).get(5L).baseline());
        assertTrue(repository.slipWatches(List.of(7L)).isEmpty());
    }
}
