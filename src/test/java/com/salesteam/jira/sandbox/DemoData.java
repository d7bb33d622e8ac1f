package com.salesteam.jira.sandbox;

import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.service.TeamGroupSync;
// KPI Scorecard
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.ScorecardRepository;
// Commission pages
import com.salesteam.jira.model.commission.CommissionPlan;
import com.salesteam.jira.model.commission.PlanKind;
import com.salesteam.jira.model.commission.Tier;
import com.salesteam.jira.store.CommissionRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
// Competitions
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.competition.CompetitionTerms;
import com.salesteam.jira.model.competition.Scoring;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.store.CompetitionRepository;
import java.time.YearMonth;

/**
 * Seeds the sandbox on its first start: three teams (one nested), twenty reps with English and Chinese names,
 * and deals around the current quarter in every stage (EUR in EMEA, CNY in East China).
 */
final class DemoData {

    private static final String[] STAGES = {"prospecting", "qualification", "proposal", "negotiation"};
    private static final int[] STAGE_PROBABILITY = {10, 25, 50, 75};
    private static final ForecastCategory[] STAGE_CATEGORY = {ForecastCategory.PIPELINE, ForecastCategory.PIPELINE,
            ForecastCategory.BEST_CASE, ForecastCategory.COMMIT};

    private DemoData() {
    }

    /** The demo stages' names (their ids are words in the sandbox), and the statuses project setup created. */
    static Map<String, String> stageNames(Map<String, String> setUpStatuses) {
        Map<String, String> names = new java.util.HashMap<>(setUpStatuses);
        for (String stage : STAGES) {
            names.put(stage, Character.toUpperCase(stage.charAt(0)) + stage.substring(1));
        }
        names.put("won", "Closed Won");
        names.put("lost", "Closed Lost");
        return names;
    }

    /** The demo deal workflow's stages, as an admin would describe them on the Deals page. */
    static void seedStagesIfEmpty(StageRuleRepository stages) {
        if (!stages.rules().all().isEmpty()) {
            return;
        }
        List<StageRule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < STAGES.length; i++) {
            rules.add(new StageRule(STAGES[i], DealOutcome.OPEN, STAGE_PROBABILITY[i], STAGE_CATEGORY[i]));
        }
        rules.add(new StageRule("won", DealOutcome.WON, 100, ForecastCategory.CLOSED));
        rules.add(new StageRule("lost", DealOutcome.LOST, 0, ForecastCategory.OMITTED));
        stages.replaceAll(rules);
    }

    static void seedIfEmpty(TeamRepository teams, DealLedger ledger, Clock clock) {
        if (!teams.findAll().isEmpty()) {
            return;
        }
        long emea = teams.create(new TeamDraft("EMEA Enterprise", "Large accounts in Europe", Optional.empty(),
                Optional.of("m.garcia"), List.of("e.johnson", "l.brown", "o.davis", "n.wilson", "a.taylor",
                "s.martin", "j.clark"))).id();
        teams.create(new TeamDraft("华东区销售", "上海、杭州、南京的客户", Optional.empty(),
                Optional.of("wang.fang"), List.of("li.wei", "zhang.min", "liu.yang", "chen.jing", "yang.lei",
                "zhao.li", "huang.qiang")));
        teams.create(new TeamDraft("EMEA Inside Sales", "New business by phone, part of EMEA", Optional.of(emea),
                Optional.of("j.smith"), List.of("i.lewis", "zhou.jie", "m.lee", "b.walker", "c.hall", "wu.hao")));
        seedDeals(teams.findAll(), ledger, clock);
    }

    private static void seedDeals(List<Team> teams, DealLedger ledger, Clock clock) {
        Random random = new Random(42);
        Period quarter = FiscalCalendar.DEFAULT.periodContaining(PeriodType.QUARTER, LocalDate.now(clock));
        LocalDate from = quarter.previous().start();
        int days = (int) (quarter.next().end().toEpochDay() - from.toEpochDay());
        long issueId = 10_000;
        for (Team team : teams) {
            Currency currency = Currency.getInstance(team.name().startsWith("华东") ? "CNY" : "EUR");
            for (String rep : team.memberKeys()) {
                int deals = 4 + random.nextInt(6);
                for (int i = 0; i < deals; i++) {
                    LocalDate close = from.plusDays(random.nextInt(days));
                    long amount = (5 + random.nextInt(200)) * 100_000L;
                    int roll = random.nextInt(10);
                    DealOutcome outcome = roll < 3 ? DealOutcome.WON : roll == 3 ? DealOutcome.LOST : DealOutcome.OPEN;
                    int stage = random.nextInt(STAGES.length);
                    ledger.record(new DealFacts(++issueId, 10_100L, Optional.of(rep), Optional.of(team.id()),
                            Money.ofMinor(amount, currency), outcome == DealOutcome.OPEN ? STAGES[stage] : outcome.name().toLowerCase(),
                            outcome, outcome == DealOutcome.WON ? 100 : outcome == DealOutcome.LOST ? 0 : STAGE_PROBABILITY[stage],
                            STAGE_CATEGORY[stage], Optional.of(close),
                            outcome == DealOutcome.OPEN ? Optional.empty() : Optional.of(close), random.nextInt(3), 1,
                            // created a month or three before its close (no random draw: the other demo data stay as they were)
                            Optional.of(close.minusDays(30 + issueId % 60))), FiscalCalendar.DEFAULT);
                }
            }
        }
    }

    // --- Quota Attainment gadget: quotas for the demo reps and teams ---

    /** Attainment each rep is aimed at, relative to the pace of the quarter: some ahead, some behind. */
    private static final BigDecimal[] AIMS = {new BigDecimal("1.40"), new BigDecimal("0.70"), new BigDecimal("1.05"),
            new BigDecimal("0.45"), new BigDecimal("1.20"), new BigDecimal("0.85"), new BigDecimal("0.30")};
    private static final long THOUSAND_MINOR = 100_000L;

    /**
     * Revenue and deals-won quotas of every demo rep for the current and the previous quarter, set from what each
     * has won so the gadget shows reps ahead of pace and behind it; EMEA Enterprise also gets an explicit team
     * quota, its manager's own number rather than the sum of everyone in it. The next quarter is left without quotas, to show that empty state.
     */
    static void seedQuotasIfEmpty(QuotaRepository quotas, TeamRepository teams, DealLedger ledger, Clock clock) {
        boolean[] any = {false};
        quotas.forEach(quota -> any[0] = true);
        if (any[0]) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Period current = FiscalCalendar.DEFAULT.periodContaining(PeriodType.QUARTER, today);
        seedWonDeals(teams.findAll(), ledger, List.of(current.previous(), current), today);
        List<Quota> wanted = new ArrayList<>();
        for (Period quarter : List.of(current.previous(), current)) {
            BigDecimal elapsed = Attainment.pace(quarter, today).movePointLeft(2).max(new BigDecimal("0.15"));
            int turn = 0;
            for (Team team : teams.findAll()) {
                Currency currency = Currency.getInstance(team.name().startsWith("华东") ? "CNY" : "EUR");
                Map<String, Map<Currency, ForecastTotals>> sums = ledger.monthSums(team.memberKeys(),
                        YearMonth.from(quarter.start()), YearMonth.from(quarter.end())).byOwner();
                long teamTarget = 0;
                for (String rep : team.memberKeys()) {
                    BigDecimal aim = AIMS[turn++ % AIMS.length].multiply(elapsed);
                    ForecastTotals won = sums.getOrDefault(rep, Map.of()).getOrDefault(currency, ForecastTotals.zero(currency));
                    long target = won.wonMinor() == 0 ? 500 * THOUSAND_MINOR : BigDecimal.valueOf(won.wonMinor())
                            .divide(aim.multiply(BigDecimal.valueOf(THOUSAND_MINOR)), 0, RoundingMode.HALF_UP)
                            .max(BigDecimal.ONE).longValueExact() * THOUSAND_MINOR;
                    long deals = BigDecimal.valueOf(won.wonCount()).divide(aim, 0, RoundingMode.CEILING)
                            .max(BigDecimal.ONE).longValueExact();
                    QuotaSubject subject = new QuotaSubject.Rep(rep);
                    wanted.add(Quota.ofAmount(subject, quarter.key(), QuotaMetric.REVENUE_WON, Money.ofMinor(target, currency)));
                    wanted.add(Quota.ofCount(subject, quarter.key(), QuotaMetric.DEALS_WON, deals));
                    teamTarget += target;
                }
                if (team.name().equals("EMEA Enterprise")) {
                    wanted.add(Quota.ofAmount(new QuotaSubject.TeamQuota(team.id()), quarter.key(),
                            QuotaMetric.REVENUE_WON, Money.ofMinor(teamTarget * 2, currency)));
                }
            }
        }
        quotas.putAll(wanted, SandboxUsers.ADMIN, clock.instant());
    }

    /**
     * One or two deals won by every rep in each of these quarters, on days already past, so that every demo quota
     * has something against it (the random deals above leave many reps without a win in a given quarter).
     */
    private static void seedWonDeals(List<Team> teams, DealLedger ledger, List<Period> quarters, LocalDate today) {
        Random random = new Random(7);
        long issueId = 20_000;
        for (Period quarter : quarters) {
            int days = (int) Math.max(1, Math.min(today.toEpochDay() + 1, quarter.end().toEpochDay())
                    - quarter.start().toEpochDay());
            for (Team team : teams) {
                Currency currency = Currency.getInstance(team.name().startsWith("华东") ? "CNY" : "EUR");
                for (String rep : team.memberKeys()) {
                    for (int i = 0, wins = 1 + random.nextInt(2); i < wins; i++) {
                        LocalDate won = quarter.start().plusDays(random.nextInt(days));
                        long amount = (20 + random.nextInt(130)) * 100_000L;
                        ledger.record(new DealFacts(++issueId, 10_100L, Optional.of(rep), Optional.of(team.id()),
                                Money.ofMinor(amount, currency), "won", DealOutcome.WON, 100, ForecastCategory.CLOSED,
                                Optional.of(won), Optional.of(won), 0, 1), FiscalCalendar.DEFAULT);
                    }
                }
            }
        }
    }

    // --- Team group sync: one demo team kept in sync with a Jira group ---

    /**
     * Links EMEA Inside Sales to the group of the same people (plus a deactivated one, who stays out) and syncs it,
     * unless it was ever synced: a sandbox that an admin changed keeps the admin's choice.
     */
    static void linkDemoGroupIfNeverSynced(TeamRepository teams, TeamGroupSync groupSync) {
        teams.findIdByName("EMEA Inside Sales")
                .filter(id -> !teams.syncStatuses().containsKey(id))
                .flatMap(teams::findById)
                .filter(team -> team.groupName().isEmpty())
                .ifPresent(team -> {
                    teams.update(team.id(), new TeamDraft(team.name(), team.description(), team.parentId(),
                            team.managerKey(), List.of(), Optional.of(SandboxGroups.EMEA_INSIDE_SALES)));
                    groupSync.sync(team.id());
                });
    }

    // ---- KPI Scorecard

    /**
     * A deals-won KPI and both roles' weights, when no scorecard is set: reps 30 % calls, 20 % meetings, 20 %
     * e-mails and 30 % deals won (capped at 150 %); managers half meetings, half deals won.
     */
    static void seedScorecardWeightsIfEmpty(ScorecardRepository scorecards, KpiRepository kpis) {
        if (scorecards.scorecards().values().stream().anyMatch(card -> !card.weights().isEmpty())) {
            return;
        }
        kpis.createMissing(List.of(new KpiDefinition("deals-won", "Deals won", "赢单数", KpiUnit.COUNT,
                new KpiSource.DealMetric(QuotaMetric.DEALS_WON), KpiDirection.HIGHER_IS_BETTER,
                Map.of(KpiRole.REP, new BigDecimal("2"), KpiRole.MANAGER, new BigDecimal("1")), true)));
        scorecards.replace(List.of(
                new Scorecard(KpiRole.REP, List.of(weight("calls", "30", null), weight("meetings", "20", null),
                        weight("emails", "20", null), weight("deals-won", "30", "150"))),
                new Scorecard(KpiRole.MANAGER, List.of(weight("meetings", "50", null), weight("deals-won", "50", null)))));
    }

    private static ScorecardWeight weight(String kpi, String weight, String cap) {
        return new ScorecardWeight(kpi, new BigDecimal(weight), Optional.ofNullable(cap).map(BigDecimal::new));
    }

    // ---- Commission pages: one marginal plan for EMEA Enterprise this quarter

    /**
     * A marginal plan (4 % up to 100,000 EUR of credit, 6 % above) assigned to EMEA Enterprise for the current
     * quarter, unless any plan exists: the statement page then explains lines for its reps (e.johnson, say).
     */
    static void seedCommissionIfEmpty(CommissionRepository commission, TeamRepository teams, Clock clock) {
        if (!commission.plans().isEmpty()) {
            return;
        }
        teams.findIdByName("EMEA Enterprise").ifPresent(team -> {
            long plan = commission.create(CommissionPlan.tiered("EMEA marginal", Currency.getInstance("EUR"),
                    PlanKind.MARGINAL_TIERS, List.of(
                            new Tier(BigDecimal.ZERO, Optional.of(new BigDecimal("100000")), new BigDecimal("4")),
                            new Tier(new BigDecimal("100000"), Optional.empty(), new BigDecimal("6"))))).id();
            String quarter = FiscalCalendar.DEFAULT.periodContaining(PeriodType.QUARTER, LocalDate.now(clock)).key();
            commission.assign(plan, "team", Long.toString(team), quarter);
        });
    }

    // --- Badges: the sandbox's deals are no issues; their badges name them as if they were ---

    /** The issue key a demo deal would have in Jira's SALES project. */
    static Optional<String> dealKey(long issueId) {
        return Optional.of("SALES-" + issueId);
    }

    // ---- Competitions: a running one this month and a finished one last month (frozen at start)

    /**
     * Unless any competition exists: "Deals won sprint" over this month for EMEA Enterprise (with EMEA Inside Sales
     * below it), and "Revenue race" over last month, in euros like the demo deals, with two prizes. The sandbox freezes
     * the finished one when it starts, as the hourly job would.
     */
    static void seedCompetitionsIfEmpty(CompetitionRepository competitions, TeamRepository teams, Clock clock) {
        if (!competitions.all().isEmpty()) {
            return;
        }
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        teams.findIdByName("EMEA Enterprise").ifPresent(team -> {
            List<String> roster = List.copyOf(hierarchy.rollUpMembers(team));
            YearMonth month = YearMonth.now(clock);
            competitions.create(new CompetitionTerms("Deals won sprint", "Most deals won this month.",
                    LeaderboardMetric.DEALS_WON, Scoring.ABSOLUTE, month.atDay(1), month.atEndOfMonth(), List.of(team),
                    List.of(), List.of("Team dinner")), roster, Currency.getInstance("EUR"), "m.garcia");
            YearMonth last = month.minusMonths(1);
            competitions.create(new CompetitionTerms("Revenue race", "Highest revenue won last month.",
                    LeaderboardMetric.REVENUE_WON, Scoring.ABSOLUTE, last.atDay(1), last.atEndOfMonth(), List.of(team),
                    List.of(), List.of("Weekend in Lisbon", "Dinner for two")), roster, Currency.getInstance("EUR"),
                    "m.garcia");
        });
    }

    // --- Coaching cadence ---
    /**
     * Review cycles for EMEA Enterprise (monthly, due on the 10th day) and 华东区销售 (quarterly, due on the 20th),
     * their reviews created by a real run of the cycles over {@code issues}, one of them signed off, and coaching
     * rows for some reps (open actions, last 1:1s, onboarding), unless any cycle exists.
     */
    static void seedCoachingIfEmpty(com.salesteam.jira.store.ReviewCycleRepository cycles,
                                    com.salesteam.jira.store.RepCoachingRepository coaching,
                                    com.salesteam.jira.store.CoachingRepository actions,
                                    com.salesteam.jira.store.ReviewRecordRepository reviews, TeamRepository teams,
                                    com.salesteam.jira.service.cadence.ReviewCycleRun run, Clock clock) {
        if (!cycles.cycles().isEmpty()) {
            return;
        }
        teams.findIdByName("EMEA Enterprise").ifPresent(team -> cycles.save(new com.salesteam.jira.model.cadence
                .ReviewCycle(team, com.salesteam.jira.model.cadence.ReviewCadence.MONTHLY, 10, "SALES",
                com.salesteam.jira.model.cadence.ReviewAssignee.REP)));
        teams.findIdByName("华东区销售").ifPresent(team -> cycles.save(new com.salesteam.jira.model.cadence
                .ReviewCycle(team, com.salesteam.jira.model.cadence.ReviewCadence.QUARTERLY, 20, "CN",
                com.salesteam.jira.model.cadence.ReviewAssignee.MANAGER)));
        run.run(() -> false);
        reviews.openByReviewee(List.of("l.brown")).getOrDefault("l.brown", List.of()).forEach(review ->
                reviews.record(new com.salesteam.jira.model.review.ReviewRecord(review.issueId(), review.issueKey(),
                        review.revieweeKey(), review.periodKey(), "Signed Off", true, review.due())));
        java.time.Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String[][] open = {{"e.johnson", "Ride-along: discovery calls"}, {"e.johnson", "Negotiation course"},
                {"e.johnson", "Mentoring with Ava"}, {"l.brown", "1:1 coaching: pipeline hygiene"},
                {"li.wei", "Training course: solution selling"}, {"li.wei", "Ride-along: key account visit"}};
        for (int i = 0; i < open.length; i++) {
            actions.record(new com.salesteam.jira.model.review.CoachingAction(40_000 + i, "SALES-C" + (i + 1),
                    open[i][1], Optional.of(open[i][0]), Optional.empty(), "1:1 coaching",
                    com.salesteam.jira.model.review.CoachingState.OPEN, Optional.of(today.plusDays(7)),
                    Optional.empty()), today);
        }
        coaching.recordOneOnOne("e.johnson", now.minus(java.time.Duration.ofDays(4)));
        coaching.recordOneOnOne("l.brown", now.minus(java.time.Duration.ofDays(21)));
        coaching.recordOneOnOne("j.clark", now.minus(java.time.Duration.ofDays(7)));
        coaching.recordOneOnOne("li.wei", now.minus(java.time.Duration.ofDays(9)));
        coaching.setOnboarding("huang.qiang", 4, 4);
    }

    // --- 1:1 meetings ---
    /**
     * Unless any 1:1 schedule exists: o.davis meets m.garcia every week (the current meeting three days ago) and
     * zhang.min meets wang.fang every two weeks; a real run creates their current meetings over {@code run}'s issues,
     * and o.davis's is held (two action items, one already a coaching action), so the gadget's last 1:1 is real.
     */
    static void seedOneOnOnesIfEmpty(com.salesteam.jira.store.OneOnOneRepository oneOnOnes,
                                     com.salesteam.jira.service.cadence.OneOnOneRun run,
                                     com.salesteam.jira.service.cadence.MeetingRecords records,
                                     com.salesteam.jira.store.CoachingRepository actions, Clock clock) {
        if (!oneOnOnes.schedules().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        oneOnOnes.save(new com.salesteam.jira.model.cadence.OneOnOneSchedule("o.davis", "m.garcia",
                com.salesteam.jira.model.cadence.MeetingFrequency.WEEKLY, today.minusDays(10), "SALES"));
        oneOnOnes.save(new com.salesteam.jira.model.cadence.OneOnOneSchedule("zhang.min", "wang.fang",
                com.salesteam.jira.model.cadence.MeetingFrequency.BIWEEKLY, today.minusDays(2), "CN"));
        run.run(() -> false);
        LocalDate held = today.minusDays(3);
        oneOnOnes.issueIdOf(held + "|o.davis").ifPresent(issueId -> {
            records.record(new com.salesteam.jira.model.cadence.MeetingIssue(issueId, "SALES-" + (issueId - 30_000),
                    Optional.of("o.davis"), Optional.of(held.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC)),
                    "* Send the Acme proposal\n* Book a ride-along with Ava"));
            // what the Hold transition's post-function creates from the first item in Jira
            actions.record(new com.salesteam.jira.model.review.CoachingAction(41_000, "SALES-C41",
                    "Send the Acme proposal", Optional.of("o.davis"), Optional.empty(), "1:1 coaching",
                    com.salesteam.jira.model.review.CoachingState.OPEN, Optional.of(today.plusDays(4)),
                    Optional.empty()), today);
        });
    }

    // --- Onboarding ---
    /** Sandbox Coaching Action ids of onboarding tasks start above this (the demo coaching actions use 40,000+). */
    static final long ONBOARDING_ISSUE_IDS = 50_000;

    static String onboardingIssueKey(String projectKey, long issueId) {
        return projectKey + "-" + (issueId - ONBOARDING_ISSUE_IDS + 1_000);
    }

    /**
     * A five-task onboarding template in SALES and James Clark's plan from it, made 21 days ago: its Coaching
     * Actions created by a real run of the onboarding job's work and the first two done, through the same path as
     * the issue listener, so the Coaching &amp; Reviews gadget shows 2 of 5 from real data. Unless a template exists.
     */
    static void seedOnboardingIfEmpty(com.salesteam.jira.store.OnboardingRepository onboarding,
                                      com.salesteam.jira.service.cadence.OnboardingPlans plans,
                                      com.salesteam.jira.service.cadence.OnboardingRun run,
                                      com.salesteam.jira.store.CoachingRepository actions, Clock clock) {
        if (!onboarding.template().tasks().isEmpty()) {
            return;
        }
        com.salesteam.jira.model.cadence.OnboardingTemplate template =
                new com.salesteam.jira.model.cadence.OnboardingTemplate("SALES", List.of(
                        new com.salesteam.jira.model.cadence.OnboardingTask("Product training", "Training course", 3),
                        new com.salesteam.jira.model.cadence.OnboardingTask("CRM and pipeline hygiene", "1:1 coaching", 5),
                        new com.salesteam.jira.model.cadence.OnboardingTask("Ride-along with a senior rep", "Ride-along", 10),
                        new com.salesteam.jira.model.cadence.OnboardingTask("First deal review with a mentor", "Mentoring", 30),
                        new com.salesteam.jira.model.cadence.OnboardingTask("Solo discovery call, reviewed", "1:1 coaching", 45)));
        onboarding.saveTemplate(template);
        LocalDate today = LocalDate.now(clock);
        onboarding.create(template.planFor("j.clark", today.minusDays(21)));
        run.run(() -> false);
        for (com.salesteam.jira.model.cadence.OnboardingStep step : onboarding.plan("j.clark").orElseThrow().steps()) {
            if (step.position() < 2 && step.issueKey().isPresent()) {
                long id = ONBOARDING_ISSUE_IDS - 1_000 + Long.parseLong(step.issueKey().get().substring("SALES-".length()));
                actions.record(new com.salesteam.jira.model.review.CoachingAction(id, step.issueKey().get(),
                        step.title(), Optional.of("j.clark"), Optional.empty(), step.kind(),
                        com.salesteam.jira.model.review.CoachingState.DONE, Optional.of(step.due()), Optional.empty()),
                        step.due());
                plans.coachingChanged(id, true);
            }
        }
    }

    // --- Team meeting cadence ---

    /**
     * EMEA Enterprise meets weekly and monthly in SALES, 华东区销售 quarterly in CN (showing three of the board); a
     * first run of the meeting job creates this week's, month's and quarter's meetings, once: a restart keeps them.
     */
    static void seedMeetingCadencesIfEmpty(com.salesteam.jira.store.MeetingCadenceRepository cadences,
                                           TeamRepository teams,
                                           com.salesteam.jira.service.automation.AutomationRunner runner) {
        if (!cadences.cadences().isEmpty()) {
            return;
        }
        teams.findIdByName("EMEA Enterprise").ifPresent(team -> cadences.save(new com.salesteam.jira.model.cadence
                .MeetingCadence(team, java.util.EnumSet.of(com.salesteam.jira.model.cadence.TeamMeetingFrequency.WEEKLY,
                com.salesteam.jira.model.cadence.TeamMeetingFrequency.MONTHLY), "SALES", 5)));
        teams.findIdByName("华东区销售").ifPresent(team -> cadences.save(new com.salesteam.jira.model.cadence
                .MeetingCadence(team, java.util.EnumSet.of(com.salesteam.jira.model.cadence.TeamMeetingFrequency
                .QUARTERLY), "CN", 3)));
        runner.run(com.salesteam.jira.service.automation.AutomationJobs.MEETINGS,
                com.salesteam.jira.service.automation.AutomationRunner.SCHEDULE, () -> false);
    }
}
