package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.automation.StalePolicy;
import com.salesteam.jira.model.cadence.MeetingAgenda;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
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
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Agendas over the real-SQL stores. On 2026-05-14 ann has a deal that slipped twice, one idle for ten days in a
 * stage whose stale rule allows seven, one idle for sixty days in a stage without a rule and a won one; she logged
 * 40 calls this quarter against a monthly benchmark of 100 (300 for the quarter) and has two open coaching actions, one from her last meeting. Bob is fine.
 */
public class MeetingAgendasTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 14);
    private static final Money EUR = Money.ofMinor(10_000_00, java.util.Currency.getInstance("EUR"));

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class,
            AutoSettingEntity.class, StaleRuleEntity.class, KpiDefEntity.class, KpiEntryEntity.class,
            ScoreWeightEntity.class, CoachActionEntity.class, OneOnOneEntity.class, OneOnOneMeetEntity.class);

    private final List<Collection<Long>> titleRequests = new ArrayList<>();
    private String hiddenFrom = "";
    private MeetingAgendas agendas;
    private TeamHierarchy hierarchy;

    private final DealTitles titles = ids -> {
        titleRequests.add(new TreeSet<>(ids));
        Map<Long, DealTitles.Title> named = new HashMap<>();
        ids.forEach(id -> named.put(id, new DealTitles.Title("SALES-" + id, "Deal <b>" + id + "</b>")));
        return named;
    };

    private static long daysAgo(int days) {
        return DAY.minusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private void deal(long id, String owner, String stage, DealOutcome outcome, int slips, long version) {
        boolean won = outcome == DealOutcome.WON;
        new DealLedger(db.ao()).record(new DealFacts(id, 1, Optional.of(owner), Optional.empty(), EUR, stage, outcome,
                won ? 100 : 50, won ? ForecastCategory.CLOSED : ForecastCategory.PIPELINE, Optional.of(DAY.plusDays(30)),
                won ? Optional.of(DAY) : Optional.empty(), slips, version), FiscalCalendar.DEFAULT);
    }

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"), List.of("ann", "bob")));
        hierarchy = new TeamHierarchy(teams.findAll());
        deal(1, "ann", "negotiation", DealOutcome.OPEN, 2, daysAgo(1));
        deal(2, "ann", "negotiation", DealOutcome.OPEN, 0, daysAgo(10));
        deal(3, "ann", "prospecting", DealOutcome.OPEN, 0, daysAgo(60));
        deal(4, "ann", "won", DealOutcome.WON, 3, daysAgo(90));
        deal(5, "bob", "negotiation", DealOutcome.OPEN, 0, daysAgo(2));
        AutomationRepository automation = new AutomationRepository(db.ao());
        automation.replaceStalePolicies(List.of(new StalePolicy("negotiation", 7, 0, false, false)));
        KpiRepository kpis = new KpiRepository(db.ao());
        KpiDefinition calls = new KpiDefinition("calls", "Calls <i>", "电话", KpiUnit.COUNT, new KpiSource.Manual(),
                KpiDirection.HIGHER_IS_BETTER, Map.of(KpiRole.REP, new BigDecimal("100"), KpiRole.MANAGER,
                new BigDecimal("100")), true);
        kpis.createMissing(List.of(calls));
        ScorecardRepository weights = new ScorecardRepository(db.ao());
        weights.replace(List.of(Scorecard.define(KpiRole.REP, List.of(new ScorecardWeight("calls",
                new BigDecimal("100"), Optional.empty())), Map.of("calls", calls))));
        kpis.log(new KpiEntry("calls", "ann", DAY.minusDays(3), new BigDecimal("40")));
        kpis.log(new KpiEntry("calls", "bob", DAY.minusDays(3), new BigDecimal("350")));
        CoachingRepository coaching = new CoachingRepository(db.ao());
        coaching.record(action(41, "SALES-C41", "Send the Acme proposal", "ann"), DAY);
        coaching.record(action(42, "SALES-C42", "Negotiation course", "ann"), DAY);
        OneOnOneRepository meetings = new OneOnOneRepository(db.ao());
        meetings.recordMeeting(700L, "SALES-700", "ann", Optional.of(Instant.parse("2026-05-07T10:00:00Z")),
                "* send the acme proposal \n* Book a ride-along");
        SettingsRepository settings = new SettingsRepository(db.ao());
        RepScorecardLoader loader = new RepScorecardLoader(kpis, weights, new DealLedger(db.ao()),
                new MemoryDaySumsCache(new DealLedger(db.ao())), teams, settings);
        MemoryScorecardCache cache = MemoryScorecardCache.over(loader);
        cache.rules();
        agendas = new MeetingAgendas(new DealLedger(db.ao()), automation, loader, cache, coaching, meetings, titles,
                user -> user.equals(hiddenFrom) ? Set.of(1L) : Set.of());
    }

    private static CoachingAction action(long id, String key, String summary, String rep) {
        return new CoachingAction(id, key, summary, Optional.of(rep), Optional.empty(), "1:1 coaching",
                CoachingState.OPEN, Optional.empty(), Optional.empty());
    }

    @Test
    public void eachRepsAgendaComesFromTheirDealsScorecardCoachingAndLastMeeting() {
        db.statements().reset();

        Map<String, MeetingAgenda> all = agendas.forReps(List.of("ann", "bob"), hierarchy, DAY, ZoneOffset.UTC,
                Locale.ENGLISH);

        // stale rules, open deals, the calendar with the currency, logged KPI values, open actions, last meetings
        assertEquals(6, db.statements().count());
        MeetingAgenda ann = all.get("ann");
        assertEquals(List.of(new MeetingAgenda.Deal("SALES-1", "Deal <b>1</b>", 2, 1)), ann.slipped());
        assertEquals(List.of(new MeetingAgenda.Deal("SALES-2", "Deal <b>2</b>", 0, 10)), ann.stale());
        assertEquals(List.of(new MeetingAgenda.Kpi("Calls <i>", new BigDecimal("40.00"), new BigDecimal("300.00"))),
                ann.belowBenchmark());
        assertEquals(List.of(new MeetingAgenda.Action("SALES-C42", "Negotiation course")), ann.openActions());
        assertEquals(List.of("Send the Acme proposal"), ann.lastActionItems());
        MeetingAgenda bob = all.get("bob");
        assertTrue(bob.isEmpty());
        assertEquals("only the deals an agenda names are looked up in Jira", List.of(Set.of(1L, 2L)),
                titleRequests.stream().map(Set::copyOf).toList());
    }

    @Test
    public void dealsInAProjectTheManagerCannotBrowseAreLeftOffAndNotNamed() {
        hiddenFrom = "boss";

        MeetingAgenda ann = agendas.forReps(List.of("ann"), hierarchy, DAY, ZoneOffset.UTC, Locale.ENGLISH).get("ann");

        assertEquals(List.of(), ann.slipped());
        assertEquals(List.of(), ann.stale());
        assertEquals(List.of(), titleRequests);
    }

    @Test
    public void noRepsReadNothing() {
        db.statements().reset();

        assertEquals(Map.of(), agendas.forReps(List.of(), hierarchy, DAY, ZoneOffset.UTC, Locale.ENGLISH));
        assertEquals(0, db.statements().count());
    }
}
