package com.salesteam.jira.service.commission;

import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.store.CommissionRepository.Assignment;
import com.salesteam.jira.store.CommissionRepository.StoredPlan;

import com.salesteam.jira.model.Team;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
     * The plan the rep is on in the period: their own assignment wins; otherwise that of the nearest team above them
     * (their own team, then its parent, …); among several teams at the same distance the lowest plan id, so the
     * answer never depends on row order.
     */
    public Optional<StoredPlan> planOf(String repKey, String periodKey, TeamHierarchy hierarchy) {
        List<Assignment> forPeriod = assignments.stream().filter(a -> a.periodKey().equals(periodKey)).toList();
        Optional<Assignment> own = forPeriod.stream()
                .filter(a -> "rep".equals(a.subjectType()) && a.subjectKey().equals(repKey)).findFirst();
        if (own.isPresent()) {
            return plan(own.get().planId());
        }
        List<Long> level = hierarchy.all().stream().filter(team -> team.memberKeys().contains(repKey))
                .map(Team::id).toList();
        Set<Long> seen = new HashSet<>();
        while (!level.isEmpty()) {
            seen.addAll(level);
            Set<String> keys = level.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
            Optional<Assignment> team = forPeriod.stream()
                    .filter(a -> "team".equals(a.subjectType()) && keys.contains(a.subjectKey()))
                    .min(java.util.Comparator.comparingLong(Assignment::planId));
            if (team.isPresent()) {
                return plan(team.get().planId());
            }
            level = level.stream().map(id -> hierarchy.team(id).flatMap(Team::parentId)).flatMap(Optional::stream)
                    .filter(parent -> !seen.contains(parent)).distinct().toList();
        }
        return Optional.empty();
    }
}
