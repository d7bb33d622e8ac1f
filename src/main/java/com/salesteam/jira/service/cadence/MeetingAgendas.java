package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.automation.StalePolicy;
import com.salesteam.jira.model.cadence.HeldMeeting;
import com.salesteam.jira.model.cadence.MeetingAgenda;
import com.salesteam.jira.model.kpi.ScoreLine;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.kpi.RepScorecardLoader;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.CoachingRepository;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.OneOnOneRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The agendas of many reps' 1:1s from a fixed number of reads whatever their number: the reps' open deals (the
 * ledger: slips and last update), the stale-deal rules of the automation (how long each stage may sit idle; a stage
 * without a rule is never stale, as for the automation), the reps' scorecards of the quarter, their open coaching
 * actions and their last held meeting. Only the deals that make an agenda are named through Jira.
 *
 * <p>"The last meeting's open action items" are the items of the rep's last held meeting whose Coaching Action
 * (created from the item when the meeting was held) is still open; they are listed under that heading instead of
 * among the other open coaching actions. KPIs below benchmark are the scored higher-is-better lines whose actual is
 * below the benchmark of the quarter.
 */
public class MeetingAgendas {

    /** The agenda's own default: never applies, as every deal carries its stage's rule (or "never"). */
    static final int DEFAULT_STALE_DAYS = 14;
    private static final int NEVER_STALE = Integer.MAX_VALUE;
    private static final int SUMMARY_MAX = 255;

    private final DealLedger ledger;
    private final AutomationRepository automation;
    private final RepScorecardLoader scorecards;
    private final ScorecardCache scorecardRules;
    private final CoachingRepository coaching;
    private final OneOnOneRepository meetings;
    private final DealTitles titles;

    public MeetingAgendas(DealLedger ledger, AutomationRepository automation, RepScorecardLoader scorecards,
                          ScorecardCache scorecardRules, CoachingRepository coaching, OneOnOneRepository meetings,
                          DealTitles titles) {
        this.ledger = ledger;
        this.automation = automation;
        this.scorecards = scorecards;
        this.scorecardRules = scorecardRules;
        this.coaching = coaching;
        this.meetings = meetings;
        this.titles = titles;
    }

    /** Each rep's agenda for a meeting on {@code day}; deal updates are read as days in {@code zone}. */
    public Map<String, MeetingAgenda> forReps(Collection<String> reps, TeamHierarchy hierarchy, LocalDate day,
                                              ZoneId zone, Locale locale) {
        Map<String, MeetingAgenda> agendas = new HashMap<>();
        if (reps.isEmpty()) {
            return agendas;
        }
        Map<String, StalePolicy> policies = automation.stalePolicies();
        Map<String, List<DealFacts>> deals = new HashMap<>();
        Set<Long> discussed = new HashSet<>();
        for (DealFacts deal : ledger.openDealsOf(reps)) {
            if (deal.ownerKey().isPresent()) {
                deals.computeIfAbsent(deal.ownerKey().get(), rep -> new ArrayList<>()).add(deal);
                if (MeetingAgenda.discussed(fact(deal, "", "", policies, zone), day, DEFAULT_STALE_DAYS)) {
                    discussed.add(deal.issueId());
                }
            }
        }
        Map<Long, DealTitles.Title> named = discussed.isEmpty() ? Map.of() : titles.titles(discussed);
        Map<String, ScorecardScore> scores = scorecards.quarterScores(reps, hierarchy, day, scorecardRules.rules());
        Map<String, List<CoachingAction>> open = coaching.openByRep(reps);
        Map<String, HeldMeeting> last = meetings.lastHeld(reps);
        for (String rep : reps) {
            List<MeetingAgenda.DealFact> facts = new ArrayList<>();
            for (DealFacts deal : deals.getOrDefault(rep, List.of())) {
                DealTitles.Title title = named.get(deal.issueId());
                if (title != null) {
                    facts.add(fact(deal, title.key(), title.summary(), policies, zone));
                }
            }
            List<MeetingAgenda.Action> actions = new ArrayList<>();
            List<String> stillOpen = new ArrayList<>();
            Set<String> lastItems = new HashSet<>();
            if (last.containsKey(rep)) {
                last.get(rep).items().forEach(item -> lastItems.add(normal(item)));
            }
            for (CoachingAction action : open.getOrDefault(rep, List.of())) {
                if (lastItems.contains(normal(action.summary()))) {
                    stillOpen.add(action.summary());
                } else {
                    actions.add(new MeetingAgenda.Action(action.issueKey(), action.summary()));
                }
            }
            agendas.put(rep, MeetingAgenda.build(facts, kpis(scores.get(rep), locale), actions,
                    String.join("\n", stillOpen), day, DEFAULT_STALE_DAYS));
        }
        return agendas;
    }

    private static MeetingAgenda.DealFact fact(DealFacts deal, String key, String summary,
                                               Map<String, StalePolicy> policies, ZoneId zone) {
        StalePolicy policy = policies.get(deal.stageId());
        int staleAfter = policy == null ? NEVER_STALE : policy.staleDays();
        return new MeetingAgenda.DealFact(key, summary, deal.slipCount(),
                LocalDate.ofInstant(Instant.ofEpochMilli(deal.version()), zone), true, staleAfter);
    }

    private static List<MeetingAgenda.Kpi> kpis(ScorecardScore score, Locale locale) {
        List<MeetingAgenda.Kpi> kpis = new ArrayList<>();
        if (score == null) {
            return kpis;
        }
        for (ScoreLine line : score.lines()) {
            if (!line.scored() || line.actual().isEmpty() || line.benchmark().signum() <= 0) {
                continue;
            }
            BigDecimal actual = line.actual().get();
            boolean belowRatio = line.ratioPercent().map(ratio -> ratio.compareTo(BigDecimal.valueOf(100)) < 0)
                    .orElse(false);
            if (belowRatio && actual.compareTo(line.benchmark()) < 0) {
                kpis.add(new MeetingAgenda.Kpi(line.name(locale), actual, line.benchmark()));
            }
        }
        return kpis;
    }

    /** A Coaching Action's summary is the item cut to Jira's summary length; case and padding do not matter. */
    private static String normal(String text) {
        String stripped = text.strip();
        return (stripped.length() > SUMMARY_MAX ? stripped.substring(0, SUMMARY_MAX) : stripped).toLowerCase(Locale.ROOT);
    }
}
