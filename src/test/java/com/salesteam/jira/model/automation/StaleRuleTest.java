package com.salesteam.jira.model.automation;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The stale-deal rule on single cases and on generated histories of updates and hourly runs. */
public class StaleRuleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final StalePolicy POLICY = new StalePolicy("10001", 7, 3, true, true);
    // Wednesday 2026-05-06 10:00 in Berlin
    private static final Instant WEDNESDAY = ZonedDateTime.of(2026, 5, 6, 10, 0, 0, 0, BERLIN).toInstant();

    private static StaleDeal deal(Instant lastUpdate) {
        return new StaleDeal(42, "rep1", "10001", lastUpdate);
    }

    @Test
    public void aDealUpdatedLessThanTheStageDaysAgoIsLeftAlone() {
        Instant updated = WEDNESDAY.minus(Duration.ofDays(7)).plusSeconds(1);
        assertEquals(Optional.empty(), StaleRule.decide(deal(updated), POLICY, Optional.empty(), WEDNESDAY, BERLIN,
                QuietHours.NONE));
    }

    @Test
    public void aDealStaleForTheStageDaysIsNudgedWithItsEpisodeKey() {
        Instant updated = WEDNESDAY.minus(Duration.ofDays(7));
        StaleDecision decision = StaleRule.decide(deal(updated), POLICY, Optional.empty(), WEDNESDAY, BERLIN,
                QuietHours.NONE).orElseThrow();
        assertEquals(StaleStep.NUDGE, decision.step());
        assertEquals("stale:42:" + updated.toEpochMilli(), decision.episodeKey());
        assertEquals("stale:42:" + updated.toEpochMilli() + ":nudge:commented", decision.actionKey(ActionKind.COMMENTED));
    }

    @Test
    public void theOwnCommentsEchoDoesNotStartANewEpisodeButAPersonsUpdateDoes() {
        Instant updated = WEDNESDAY.minus(Duration.ofDays(30));
        StaleEpisode nudged = new StaleEpisode(42, updated, WEDNESDAY.minus(Duration.ofDays(1)), false);
        Instant echo = nudged.lastAction().plusSeconds(2);
        assertEquals(Optional.empty(), StaleRule.decide(deal(echo), new StalePolicy("10001", 7, 0, false, false),
                Optional.of(nudged), WEDNESDAY, BERLIN, QuietHours.NONE));
        Instant human = nudged.lastAction().plus(Duration.ofMinutes(16));
        assertEquals(Optional.empty(), StaleRule.decide(deal(human), POLICY, Optional.of(nudged), WEDNESDAY, BERLIN,
                QuietHours.NONE));
        StaleDecision again = StaleRule.decide(deal(human), POLICY, Optional.of(nudged),
                human.plus(Duration.ofDays(7)), BERLIN, QuietHours.NONE).orElseThrow();
        assertEquals(StaleStep.NUDGE, again.step());
        assertEquals(human, again.episodeStart());
    }

    @Test
    public void managersAreToldTheGivenDaysAfterTheNudgeOnce() {
        Instant updated = WEDNESDAY.minus(Duration.ofDays(10));
        StaleEpisode nudged = new StaleEpisode(42, updated, updated.plus(Duration.ofDays(7)), false);
        Instant echo = nudged.lastAction().plusSeconds(1);
        StaleDecision decision = StaleRule.decide(deal(echo), POLICY, Optional.of(nudged), WEDNESDAY, BERLIN,
                QuietHours.NONE).orElseThrow();
        assertEquals(StaleStep.ESCALATE, decision.step());
        assertEquals(Optional.empty(), StaleRule.decide(deal(echo), POLICY, Optional.of(nudged),
                WEDNESDAY.minusSeconds(1), BERLIN, QuietHours.NONE));
        StaleEpisode escalated = new StaleEpisode(42, updated, WEDNESDAY, true);
        assertEquals(Optional.empty(), StaleRule.decide(deal(WEDNESDAY.plusSeconds(1)), POLICY, Optional.of(escalated),
                WEDNESDAY.plus(Duration.ofDays(5)), BERLIN, QuietHours.NONE));
    }

    @Test
    public void quietHoursAreReadOnTheOwnersClock() {
        QuietHours quiet = new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0), false);
        // 10:00 in Berlin is 16:00 in Shanghai; 16:00 in Berlin is 22:00 in Shanghai
        Instant updated = WEDNESDAY.minus(Duration.ofDays(8));
        Instant berlinAfternoon = WEDNESDAY.plus(Duration.ofHours(6));
        assertTrue(StaleRule.decide(deal(updated), POLICY, Optional.empty(), berlinAfternoon, BERLIN, quiet).isPresent());
        assertFalse(StaleRule.decide(deal(updated), POLICY, Optional.empty(), berlinAfternoon, SHANGHAI, quiet).isPresent());
    }

    @Test
    public void quietHoursEdgesStartInclusiveAndEndExclusiveAcrossMidnightAndDaylightSaving() {
        QuietHours quiet = new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0), true);
        assertTrue(quiet.isQuiet(ZonedDateTime.of(2026, 5, 6, 20, 0, 0, 0, BERLIN)));
        assertTrue(quiet.isQuiet(ZonedDateTime.of(2026, 5, 7, 7, 59, 59, 0, BERLIN)));
        assertFalse(quiet.isQuiet(ZonedDateTime.of(2026, 5, 7, 8, 0, 0, 0, BERLIN)));
        assertFalse(quiet.isQuiet(ZonedDateTime.of(2026, 5, 6, 19, 59, 59, 0, BERLIN)));
        assertTrue(quiet.isQuiet(ZonedDateTime.of(2026, 5, 9, 12, 0, 0, 0, BERLIN)));
        // the night the clocks go forward: 02:30 does not exist, the instant reads as 03:30, still quiet
        assertTrue(quiet.isQuiet(Instant.parse("2026-03-29T01:30:00Z").atZone(BERLIN)));
        QuietHours daytime = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0), false);
        assertTrue(daytime.isQuiet(ZonedDateTime.of(2026, 5, 6, 12, 30, 0, 0, BERLIN)));
        assertFalse(daytime.isQuiet(ZonedDateTime.of(2026, 5, 6, 13, 0, 0, 0, BERLIN)));
        assertFalse(QuietHours.NONE.isQuiet(ZonedDateTime.of(2026, 5, 9, 3, 0, 0, 0, BERLIN)));
    }

    /**
     * Generated histories: random updates by people, hourly runs that apply what the rule decides (as the service
     * does: the episode remembered, the automation's own comment updating the deal a second later). However the
     * history goes, each episode is nudged at most once and escalated at most once, never before it is due, never in
     * quiet hours, and every episode stale long enough outside quiet hours is nudged.
     */
    @Test
    public void generatedHistoriesNeverNudgeTwiceForOneEpisodeAndNeverInQuietHours() {
        QuietHours quiet = QuietHours.DEFAULT;
        ZoneId[] zones = {BERLIN, SHANGHAI, ZoneId.of("America/Los_Angeles"), ZoneId.of("Pacific/Kiritimati")};
        Random random = new Random(7);
        for (int history = 0; history < 300; history++) {
            ZoneId zone = zones[history % zones.length];
            StalePolicy policy = new StalePolicy("s", 1 + random.nextInt(10), random.nextInt(5), false, false);
            Instant now = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(86_400));
            Instant lastUpdate = now;
            Optional<StaleEpisode> episode = Optional.empty();
            List<String> nudged = new ArrayList<>();
            List<String> escalated = new ArrayList<>();
            List<Instant> humanUpdates = new ArrayList<>();
            for (int hour = 0; hour < 24 * 60; hour++) {
                now = now.plus(Duration.ofHours(1));
                if (random.nextInt(24 * 12) == 0) {
                    lastUpdate = now.minusSeconds(random.nextInt(3600));
                    humanUpdates.add(lastUpdate);
                }
                // several runs in the same hour change nothing more than one run
                for (int run = 0; run < 1 + random.nextInt(2); run++) {
                    Optional<StaleDecision> decision = StaleRule.decide(new StaleDeal(1, "r", "s", lastUpdate), policy,
                            episode, now, zone, quiet);
                    if (decision.isEmpty()) {
                        continue;
                    }
                    StaleDecision step = decision.get();
                    assertFalse(quiet.isQuiet(now.atZone(zone)));
                    assertFalse(now.isBefore(step.episodeStart().plus(Duration.ofDays(policy.staleDays()))));
                    if (step.step() == StaleStep.NUDGE) {
                        assertFalse("nudged twice: " + step.episodeKey(), nudged.contains(step.episodeKey()));
                        nudged.add(step.episodeKey());
                        episode = Optional.of(new StaleEpisode(1, step.episodeStart(), now, false));
                    } else {
                        assertTrue(policy.escalates());
                        assertFalse("escalated twice", escalated.contains(step.episodeKey()));
                        assertTrue(nudged.contains(step.episodeKey()));
                        assertFalse(now.isBefore(step.episodeStart()
                                .plus(Duration.ofDays(policy.staleDays() + (long) policy.escalateDays()))));
                        escalated.add(step.episodeKey());
                        episode = Optional.of(new StaleEpisode(1, step.episodeStart(), now, true));
                    }
                    lastUpdate = now.plusSeconds(1); // the automation's own comment updates the issue
                }
            }
            for (int i = 0; i < humanUpdates.size(); i++) {
                Instant start = humanUpdates.get(i);
                Instant next = i + 1 < humanUpdates.size() ? humanUpdates.get(i + 1) : now;
                // stale for a whole extra day means at least one weekday daytime run happened in between
                if (Duration.between(start, next).compareTo(Duration.ofDays(policy.staleDays() + 3L)) > 0) {
                    assertTrue("episode never nudged: " + start, nudged.contains(StaleEpisode.key(1, start)));
                }
            }
        }
    }
}
