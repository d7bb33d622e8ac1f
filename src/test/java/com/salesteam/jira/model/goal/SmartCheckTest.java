package com.salesteam.jira.model.goal;

import com.salesteam.jira.model.FiscalCalendar;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Each letter of SMART passing and failing, alone and together, on the default and an April fiscal year. */
public class SmartCheckTest {

    private static final SmartCheck CHECK = new SmartCheck(SmartRules.DEFAULT, FiscalCalendar.DEFAULT);
    private static final GoalDraft GOOD = new GoalDraft("Win 150k of new revenue in Q1",
            "Close the three enterprise renewals and two new logos in EMEA.", Optional.of("Revenue won"),
            Optional.of(new BigDecimal("150000")), Optional.of("FY2027-Q1"), Optional.of(LocalDate.of(2027, 3, 31)),
            Optional.of("ann"));
    /** Ann's revenue won per month of 2026 (the four quarters before FY2027-Q1): best quarter Q3 = 120,000. */
    private static final Map<YearMonth, BigDecimal> HISTORY = Map.of(
            YearMonth.of(2026, 1), new BigDecimal("30000"), YearMonth.of(2026, 2), new BigDecimal("20000"),
            YearMonth.of(2026, 5), new BigDecimal("90000"),
            YearMonth.of(2026, 7), new BigDecimal("70000"), YearMonth.of(2026, 9), new BigDecimal("50000"),
            YearMonth.of(2026, 12), new BigDecimal("10000"),
            // outside the four quarters: never counts
            YearMonth.of(2025, 12), new BigDecimal("9000000"));

    private static GoalDraft with(String summary, String description) {
        return new GoalDraft(summary, description, GOOD.metric(), GOOD.target(), GOOD.periodKey(), GOOD.dueDate(),
                GOOD.ownerKey());
    }

    private static GoalDraft withTarget(String metric, String target) {
        return new GoalDraft(GOOD.summary(), GOOD.description(), Optional.ofNullable(metric),
                Optional.ofNullable(target).map(BigDecimal::new), GOOD.periodKey(), GOOD.dueDate(), GOOD.ownerKey());
    }

    private static GoalDraft timed(String period, LocalDate due) {
        return new GoalDraft(GOOD.summary(), GOOD.description(), GOOD.metric(), GOOD.target(),
                Optional.ofNullable(period), Optional.ofNullable(due), GOOD.ownerKey());
    }

    private static List<String> reasons(SmartResult result) {
        return result.failures().stream().map(f -> f.letter() + " " + f.reasonKey().substring("salesteam.goal.smart.".length())
                + f.args()).toList();
    }

    @Test
    public void aSmartGoalPasses() {
        SmartResult result = CHECK.check(GOOD, true, HISTORY);
        assertTrue(reasons(result).toString(), result.passed());
        assertEquals(Set.of(), result.failedLetters());
    }

    @Test
    public void specificNeedsSummaryAndDescriptionLongEnoughAndNotBoilerplate() {
        assertEquals(List.of("S s.summary.missing[]", "S s.description.missing[]"),
                reasons(CHECK.check(with("  ", null), true, HISTORY)));
        assertEquals(List.of("S s.summary.boilerplate[]", "S s.description.boilerplate[]"),
                reasons(CHECK.check(with("TBD", "Goal: todo - n/a ... Lorem Ipsum!"), true, HISTORY)));
        assertEquals(List.of("S s.summary.short[10]", "S s.description.short[20]"),
                reasons(CHECK.check(with("Win more", "Close deals"), true, HISTORY)));
        assertEquals("a boilerplate word inside a real sentence is fine", List.of(),
                reasons(CHECK.check(with("Sales goal: win 150k in Q1", "TBD which accounts, but 150k of revenue"),
                        true, HISTORY)));
        assertEquals("phrases are whole words: 'goalkeeper' is no 'goal'", List.of(),
                reasons(CHECK.check(with("goalkeeper gloves for all", GOOD.description()), true, HISTORY)));
        assertEquals("Chinese text counts characters", List.of("S s.summary.boilerplate[]"),
                reasons(CHECK.check(with("待定", "在第一季度赢得十五万新收入，完成三个企业续约和两个新客户的签约工作"), true, HISTORY)));
    }

    @Test
    public void measurableNeedsAMetricAndATargetAboveZeroWholeForCounts() {
        assertEquals(List.of("M m.metric.missing[]", "M m.target.missing[]"),
                reasons(CHECK.check(withTarget(null, null), true, HISTORY)));
        assertEquals(List.of("M m.target.notpositive[0]"), reasons(CHECK.check(withTarget("Revenue won", "0.00"), true, HISTORY)));
        assertEquals(List.of("M m.target.notpositive[-5]"), reasons(CHECK.check(withTarget("Deals won", "-5"), true, Map.of())));
        assertEquals(List.of("M m.target.whole[2.5]"), reasons(CHECK.check(withTarget("Deals won", "2.5"), true, Map.of())));
        assertEquals(List.of(), reasons(CHECK.check(withTarget("deals-won", "3.0"), true, Map.of())));
    }

    @Test
    public void achievableComparesWithTheBestOfTheFourPeriodsBeforeTimesTheMultiple() {
        // best quarter: Q3 2026 = 120,000; 1.5 × 120,000 = 180,000
        assertEquals(List.of("A a.target.toohigh[180000.01, 1.5, 4, 120000, 180000]"),
                reasons(CHECK.check(withTarget("Revenue won", "180000.01"), true, HISTORY)));
        assertEquals(List.of(), reasons(CHECK.check(withTarget("Revenue won", "180000"), true, HISTORY)));
        SmartCheck strict = new SmartCheck(new SmartRules(BigDecimal.ONE, List.of(), 0, 0), FiscalCalendar.DEFAULT);
        assertEquals(List.of("A a.target.toohigh[150000, 1, 4, 120000, 120000]"),
                reasons(strict.check(GOOD, true, HISTORY)));
    }

    @Test
    public void achievablePassesWithoutHistoryForWeeksAndForNewPipeline() {
        GoalDraft huge = withTarget("Revenue won", "99000000");
        assertEquals("no history", List.of(), reasons(CHECK.check(huge, true, Map.of())));
        assertEquals("history of zeros is none", List.of(),
                reasons(CHECK.check(huge, true, Map.of(YearMonth.of(2026, 3), BigDecimal.ZERO))));
        assertEquals(Optional.empty(), CHECK.historyMonths(withTarget("New pipeline", "99000000")));
        GoalDraft weekly = new GoalDraft(GOOD.summary(), GOOD.description(), GOOD.metric(), GOOD.target(),
                Optional.of("2027-W02"), Optional.of(LocalDate.of(2027, 1, 14)), GOOD.ownerKey());
        assertEquals(Optional.empty(), CHECK.historyMonths(weekly));
        assertEquals(List.of(), reasons(CHECK.check(weekly, true, HISTORY)));
    }

    @Test
    public void theHistoryIsTheFourPeriodsOfTheSameLengthBefore() {
        assertEquals(Optional.of(new SmartCheck.Months(YearMonth.of(2026, 1), YearMonth.of(2027, 1))),
                CHECK.historyMonths(GOOD));
        GoalDraft monthly = timed("FY2027-M03", LocalDate.of(2027, 3, 10));
        assertEquals(Optional.of(new SmartCheck.Months(YearMonth.of(2026, 11), YearMonth.of(2027, 3))),
                CHECK.historyMonths(monthly));
        // best month of Nov 2026 – Feb 2027 is December's 10,000: 150,000 is far beyond 15,000
        assertEquals(Set.of(SmartLetter.A), CHECK.check(monthly, true, HISTORY).failedLetters());
        SmartCheck april = new SmartCheck(SmartRules.DEFAULT, FiscalCalendar.of(Month.APRIL, ZoneId.of("Asia/Shanghai"),
                DayOfWeek.MONDAY));
        // FY2027 starts in April 2026 there; its Q1 is April–June 2026, the four quarters before start April 2025
        assertEquals(Optional.of(new SmartCheck.Months(YearMonth.of(2025, 4), YearMonth.of(2026, 4))),
                april.historyMonths(GOOD));
        assertEquals("a count goal reads counts", Optional.of(new SmartCheck.Months(YearMonth.of(2026, 1),
                YearMonth.of(2027, 1))), CHECK.historyMonths(withTarget("Deals won", "4")));
        assertEquals(List.of("A a.target.toohigh[7, 1.5, 4, 4, 6]"), reasons(CHECK.check(withTarget("Deals won", "7"), true,
                Map.of(YearMonth.of(2026, 4), new BigDecimal("3"), YearMonth.of(2026, 6), BigDecimal.ONE))));
    }

    @Test
    public void relevantNeedsAQuotaMetricAndAnOwnerOnASalesTeam() {
        assertEquals(List.of("R r.metric.unknown[Happiness]"),
                reasons(CHECK.check(withTarget("Happiness", "10"), true, HISTORY)));
        assertEquals(List.of("R r.owner.noteam[]"), reasons(CHECK.check(GOOD, false, HISTORY)));
        GoalDraft ownerless = new GoalDraft(GOOD.summary(), GOOD.description(), GOOD.metric(), GOOD.target(),
                GOOD.periodKey(), GOOD.dueDate(), Optional.of(" "));
        assertEquals(List.of("R r.owner.missing[]"), reasons(CHECK.check(ownerless, false, HISTORY)));
    }

    /**
     * A goal's metric is one of the Goal Metric options, the three deal metrics; a KPI may carry a quota but is no
     * goal metric (the goal's attainment field reads deal figures only), so a goal naming one is not relevant.
     */
    @Test
    public void aKpiIsNoGoalMetricEvenThoughItMayCarryAQuota() {
        assertEquals(List.of("R r.metric.unknown[kpi:calls]"),
                reasons(CHECK.check(withTarget("kpi:calls", "100"), true, HISTORY)));
        assertEquals(Optional.empty(), SmartCheck.metricNamed("kpi:calls"));
    }

    @Test
    public void timeBoundNeedsANamedPeriodAndADueDateInsideIt() {
        assertEquals(List.of("T t.period.missing[]", "T t.due.missing[]"), reasons(CHECK.check(timed(" ", null), true, HISTORY)));
        assertEquals(List.of("T t.period.unknown[FY2027-Q7]"),
                reasons(CHECK.check(timed("FY2027-Q7", LocalDate.of(2027, 3, 1)), true, HISTORY)));
        assertEquals(List.of("T t.due.outside[2027-04-01, FY2027-Q1]"),
                reasons(CHECK.check(timed("FY2027-Q1", LocalDate.of(2027, 4, 1)), true, HISTORY)));
        assertEquals("the first day counts, the key may be typed in lower case", List.of(),
                reasons(CHECK.check(timed("fy2027-q1", LocalDate.of(2027, 1, 1)), true, HISTORY)));
    }

    @Test
    public void everyFailingLetterIsReportedInSmartOrder() {
        GoalDraft bad = new GoalDraft("TBD", "", Optional.empty(), Optional.empty(), Optional.of("FY2027-Q1"),
                Optional.of(LocalDate.of(2027, 5, 3)), Optional.of("ann"));
        SmartResult result = CHECK.check(bad, false, HISTORY);
        assertEquals(EnumSet.of(SmartLetter.S, SmartLetter.M, SmartLetter.R, SmartLetter.T), result.failedLetters());
        assertEquals(List.of(SmartLetter.S, SmartLetter.S, SmartLetter.M, SmartLetter.M, SmartLetter.R, SmartLetter.T),
                result.failures().stream().map(SmartFailure::letter).toList());
        assertEquals("salesteam.goal.smart.letter.t", SmartLetter.T.labelKey());
    }

    @Test
    public void rulesReadFromArgsFallBackOnNonsenseAndRoundTrip() {
        assertEquals(SmartRules.DEFAULT, SmartRules.fromArgs(Map.of()));
        assertEquals(SmartRules.DEFAULT, SmartRules.fromArgs(SmartRules.DEFAULT.toArgs()));
        SmartRules odd = SmartRules.fromArgs(Map.of(SmartRules.MULTIPLE_ARG, "-2", SmartRules.MIN_SUMMARY_ARG, "ten",
                SmartRules.MIN_DESCRIPTION_ARG, " 5 ", SmartRules.BOILERPLATE_ARG, " TBD ,, Foo "));
        assertEquals(new SmartRules(new BigDecimal("1.5"), List.of("tbd", "foo"), 10, 5), odd);
        assertEquals(List.of(), SmartRules.fromArgs(Map.of(SmartRules.BOILERPLATE_ARG, "")).boilerplate());
        assertEquals(new BigDecimal("2"), SmartRules.fromArgs(Map.of(SmartRules.MULTIPLE_ARG, "2")).achievableMultiple());
    }
}
