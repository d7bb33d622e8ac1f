package com.salesteam.jira.service.commission;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.store.CommissionRepository.Assignment;
import com.salesteam.jira.store.CommissionRepository.StoredPlan;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every plan, assignment and closed period: small, changed only by admins, so kept in a cluster cache. */
public record CommissionSetup(List<StoredPlan> plans, List<Assignment> assignments, Set<String> closedPeriods) {

    public CommissionSetup {
        plans = List.copyOf(plans);
        assignments = List.copyOf(assignments);
        closedPeriods = Set.copyOf(closedPeriods);
    }

    public Optional<StoredPlan> plan(long id) {
        return plans.stream().filter(plan -> plan.id() == id).findFirst();
    }

    /**
     * The plan the rep is on in the period: see {@link #assignmentOf}. Assignments whose periods overlap are refused
     * when made, but a rep who joins a team afterwards can be reached by two (a quarter and a month inside it): then
     * the assignment made first keeps the rep and the other gives them no plan, so no deal is credited twice.
     */
    public Optional<StoredPlan> planOf(String repKey, Period period, TeamHierarchy hierarchy) {
        return planOf(repKey, period, overlapping(period), hierarchy);
    }

    /** {@link #planOf} for each of those reps that has a plan in the period. */
    public Map<String, StoredPlan> plansOf(Collection<String> repKeys, Period period, TeamHierarchy hierarchy) {
        Set<String> overlapping = overlapping(period);
        Map<String, StoredPlan> plans = new HashMap<>();
        for (String rep : repKeys) {
            planOf(rep, period, overlapping, hierarchy).ifPresent(plan -> plans.put(rep, plan));
        }
        return plans;
    }

    private Optional<StoredPlan> planOf(String repKey, Period period, Set<String> overlapping, TeamHierarchy hierarchy) {
        Optional<Assignment> here = assignmentOf(repKey, period.key(), hierarchy);
        if (here.isEmpty()) {
            return Optional.empty();
        }
        for (String other : overlapping) {
            Optional<Assignment> there = assignmentOf(repKey, other, hierarchy);
            if (there.isPresent() && there.get().id() < here.get().id()) {
                return Optional.empty();
            }
        }
        return plan(here.get().planId());
    }

    /**
     * The assignment that reaches the rep in the period: their own wins; otherwise that of the nearest team above
     * them (their own team, then its parent, …); among several teams at the same distance the lowest plan id, so the
     * answer never depends on row order.
     */
    public Optional<Assignment> assignmentOf(String repKey, String periodKey, TeamHierarchy hierarchy) {
        List<Assignment> forPeriod = assignments.stream().filter(a -> a.periodKey().equals(periodKey)).toList();
        Optional<Assignment> own = forPeriod.stream()
                .filter(a -> "rep".equals(a.subjectType()) && a.subjectKey().equals(repKey)).findFirst();
        if (own.isPresent()) {
            return own;
        }
        List<Long> level = hierarchy.all().stream().filter(team -> team.memberKeys().contains(repKey))
                .map(Team::id).toList();
        Set<Long> seen = new HashSet<>();
        while (!level.isEmpty()) {
            seen.addAll(level);
            Set<String> keys = level.stream().map(String::valueOf).collect(Collectors.toSet());
            Optional<Assignment> team = forPeriod.stream()
                    .filter(a -> "team".equals(a.subjectType()) && keys.contains(a.subjectKey()))
                    .min(Comparator.comparingLong(Assignment::planId));
            if (team.isPresent()) {
                return team;
            }
            level = level.stream().map(id -> hierarchy.team(id).flatMap(Team::parentId)).flatMap(Optional::stream)
                    .filter(parent -> !seen.contains(parent)).distinct().toList();
        }
        return Optional.empty();
    }

    /**
     * The first assignment (by id) of another period overlapping {@code period} that reaches one of {@code reps}:
     * giving those reps a plan in {@code period} too would credit the deals of the overlap twice.
     */
    public Optional<Assignment> overlapFor(Set<String> reps, Period period, TeamHierarchy hierarchy) {
        Set<String> others = overlapping(period);
        return assignments.stream().filter(a -> others.contains(a.periodKey()))
                .sorted(Comparator.comparingLong(Assignment::id))
                .filter(a -> reps.stream().anyMatch(rep -> reached(a, hierarchy).contains(rep)))
                .findFirst();
    }

    /** The reps an assignment gives a plan to, unless an assignment of their own or of a nearer team wins. */
    public static Set<String> reached(Assignment assignment, TeamHierarchy hierarchy) {
        if ("rep".equals(assignment.subjectType())) {
            return Set.of(assignment.subjectKey());
        }
        return hierarchy.rollUpMembers(Long.parseLong(assignment.subjectKey()));
    }

    /** The keys of other assigned periods that share a day with {@code period}. */
    private Set<String> overlapping(Period period) {
        FiscalCalendar calendar = period.calendar();
        Set<String> seen = new HashSet<>(Set.of(period.key()));
        Set<String> keys = new LinkedHashSet<>();
        for (Assignment assignment : assignments) {
            String key = assignment.periodKey();
            if (seen.add(key)) {
                Period.parse(key, calendar).filter(other -> other.start().isBefore(period.end())
                        && period.start().isBefore(other.end())).ifPresent(other -> keys.add(key));
            }
        }
        return keys;
    }
}
