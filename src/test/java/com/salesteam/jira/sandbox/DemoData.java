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
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

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
                            outcome == DealOutcome.OPEN ? Optional.empty() : Optional.of(close), random.nextInt(3), 1));
                }
            }
        }
    }
}
