package com.salesteam.jira.model.goal;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.quota.QuotaMetric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judges a Sales Goal letter by letter. Achievable compares the target with the owner's best of the
 * {@value #HISTORY_PERIODS} periods of the same length before the goal's, from monthly figures: weeks are not whole
 * months, and new pipeline has no monthly figure (the month sums are dated by expected close, not by creation), so
 * those goals pass A unjudged. So does a goal whose owner has no wins in those periods: a new rep is not refused
 * for having no history.
 */
public final class SmartCheck {

    public static final int HISTORY_PERIODS = 4;

    /** The months {@code [from, toExclusive)} whose figures judge A. */
    public record Months(YearMonth from, YearMonth toExclusive) {
    }

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private final SmartRules rules;
    private final FiscalCalendar calendar;

    public SmartCheck(SmartRules rules, FiscalCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    public static Optional<QuotaMetric> metric(GoalDraft goal) {
        return goal.metric().flatMap(SmartCheck::metricNamed);
    }

    /** The quota metric a Goal Metric text names: "Revenue won" (the option) or "revenue-won" (the key). */
    public static Optional<QuotaMetric> metricNamed(String text) {
        return QuotaMetric.fromKey(text.replace(' ', '-'));
    }

    public Optional<Period> period(GoalDraft goal) {
        return goal.periodKey().flatMap(key -> Period.parse(key.toUpperCase(Locale.ROOT), calendar));
    }

    /** The months whose figures judge A; empty when A is not judged from monthly figures, so nothing is read. */
    public Optional<Months> historyMonths(GoalDraft goal) {
        Optional<QuotaMetric> metric = metric(goal);
        Optional<Period> period = period(goal);
        if (metric.isEmpty() || metric.get() == QuotaMetric.NEW_PIPELINE || period.isEmpty()
                || period.get().type() == PeriodType.WEEK) {
            return Optional.empty();
        }
        Period earliest = period.get();
        for (int i = 0; i < HISTORY_PERIODS; i++) {
            earliest = earliest.previous();
        }
        return Optional.of(new Months(YearMonth.from(earliest.start()), YearMonth.from(period.get().start())));
    }

    /**
     * @param ownerOnTeam whether the goal's owner is a member or manager of a sales team
     * @param monthly     the owner's figure for the goal's metric per month of {@link #historyMonths}: major
     *                    currency units for money, a count for deals; months without figures may be left out
     */
    public SmartResult check(GoalDraft goal, boolean ownerOnTeam, Map<YearMonth, BigDecimal> monthly) {
        List<SmartFailure> failures = new ArrayList<>();
        specific(goal, failures);
        measurable(goal, failures);
        achievable(goal, monthly, failures);
        relevant(goal, ownerOnTeam, failures);
        timeBound(goal, failures);
        return new SmartResult(failures);
    }

    private void specific(GoalDraft goal, List<SmartFailure> failures) {
        text(goal.summary(), "summary", rules.minSummaryLength()).ifPresent(failures::add);
        text(goal.description(), "description", rules.minDescriptionLength()).ifPresent(failures::add);
    }

    private Optional<SmartFailure> text(String value, String what, int minLength) {
        String text = value.strip();
        if (text.isEmpty()) {
            return Optional.of(SmartFailure.of(SmartLetter.S, "s." + what + ".missing"));
        }
        if (boilerplate(text)) {
            return Optional.of(SmartFailure.of(SmartLetter.S, "s." + what + ".boilerplate"));
        }
        if (text.codePointCount(0, text.length()) < minLength) {
            return Optional.of(SmartFailure.of(SmartLetter.S, "s." + what + ".short", Integer.toString(minLength)));
        }
        return Optional.empty();
    }

    /** Nothing but boilerplate phrases (as whole words), punctuation and blanks: "TBD", "Goal: todo". */
    private boolean boilerplate(String text) {
        String rest = text.toLowerCase(Locale.ROOT);
        for (String phrase : rules.boilerplate()) {
            rest = rest.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])", " ");
        }
        return !LETTER_OR_DIGIT.matcher(rest).find();
    }

    private static void measurable(GoalDraft goal, List<SmartFailure> failures) {
        if (goal.metric().isEmpty()) {
            failures.add(SmartFailure.of(SmartLetter.M, "m.metric.missing"));
        }
        if (goal.target().isEmpty()) {
            failures.add(SmartFailure.of(SmartLetter.M, "m.target.missing"));
        } else if (goal.target().get().signum() <= 0) {
            failures.add(SmartFailure.of(SmartLetter.M, "m.target.notpositive", plain(goal.target().get())));
        } else if (metric(goal).filter(metric -> !metric.money()).isPresent()
                && goal.target().get().stripTrailingZeros().scale() > 0) {
            failures.add(SmartFailure.of(SmartLetter.M, "m.target.whole", plain(goal.target().get())));
        }
    }

    private void achievable(GoalDraft goal, Map<YearMonth, BigDecimal> monthly, List<SmartFailure> failures) {
        Optional<BigDecimal> target = goal.target().filter(value -> value.signum() > 0);
        if (target.isEmpty() || historyMonths(goal).isEmpty()) {
            return;
        }
        BigDecimal best = BigDecimal.ZERO;
        Period period = period(goal).orElseThrow();
        for (int i = 0; i < HISTORY_PERIODS; i++) {
            period = period.previous();
            BigDecimal sum = BigDecimal.ZERO;
            for (YearMonth month = YearMonth.from(period.start()); month.isBefore(YearMonth.from(period.end()));
                 month = month.plusMonths(1)) {
                sum = sum.add(monthly.getOrDefault(month, BigDecimal.ZERO));
            }
            best = best.max(sum);
        }
        BigDecimal limit = best.multiply(rules.achievableMultiple());
        if (best.signum() > 0 && target.get().compareTo(limit) > 0) {
            failures.add(SmartFailure.of(SmartLetter.A, "a.target.toohigh", plain(target.get()),
                    plain(rules.achievableMultiple()), Integer.toString(HISTORY_PERIODS), plain(best), plain(limit)));
        }
    }

    private static void relevant(GoalDraft goal, boolean ownerOnTeam, List<SmartFailure> failures) {
        if (goal.metric().isPresent() && metric(goal).isEmpty()) {
            failures.add(SmartFailure.of(SmartLetter.R, "r.metric.unknown", goal.metric().get()));
        }
        if (goal.ownerKey().isEmpty()) {
            failures.add(SmartFailure.of(SmartLetter.R, "r.owner.missing"));
        } else if (!ownerOnTeam) {
            failures.add(SmartFailure.of(SmartLetter.R, "r.owner.noteam"));
        }
    }

    private void timeBound(GoalDraft goal, List<SmartFailure> failures) {
        Optional<Period> period = period(goal);
        if (goal.periodKey().isEmpty()) {
            failures.add(SmartFailure.of(SmartLetter.T, "t.period.missing"));
        } else if (period.isEmpty()) {
            failures.add(SmartFailure.of(SmartLetter.T, "t.period.unknown", goal.periodKey().get()));
        }
        if (goal.dueDate().isEmpty()) {
            failures.add(SmartFailure.of(SmartLetter.T, "t.due.missing"));
        } else if (period.isPresent() && !period.get().contains(goal.dueDate().get())) {
            LocalDate due = goal.dueDate().get();
            failures.add(SmartFailure.of(SmartLetter.T, "t.due.outside", due.toString(), period.get().key()));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
