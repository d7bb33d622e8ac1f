package com.salesteam.jira.web;

import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.commission.PlanKind;
import com.salesteam.jira.model.commission.TierBasis;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.commission.CommissionCache;
import com.salesteam.jira.service.commission.CommissionService;
import com.salesteam.jira.store.CommissionRepository.Assignment;
import com.salesteam.jira.store.CommissionRepository.StoredPlan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The commission plans page: the plans, the assignments of the quarters around today with their open or closed
 * state, and the choices the plan and assignment forms offer. Changes go through the commission REST API.
 */
public class CommissionAdminPage implements AdminPage {

    public static final String TEMPLATE = "templates/admin/commission.vm";

    /** Quarters offered for assignments and closing: one back (to close it) and two ahead (to plan them). */
    private static final int QUARTERS_BACK = 1;
    private static final int QUARTERS_AHEAD = 2;

    private final CommissionService commission;
    private final CommissionCache cache;
    private final TeamService teams;
    private final PeriodService periods;
    private final UserDirectory users;
    private final Translator translator;

    public CommissionAdminPage(CommissionService commission, CommissionCache cache, TeamService teams,
                               PeriodService periods, UserDirectory users, Translator translator) {
        this.commission = commission;
        this.cache = cache;
        this.teams = teams;
        this.periods = periods;
        this.users = users;
        this.translator = translator;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> context() {
        List<StoredPlan> plans = commission.plans();
        Map<Long, String> planNames = plans.stream().collect(Collectors.toMap(StoredPlan::id, p -> p.plan().name()));
        List<Team> teamList = teams.list().stream()
                .sorted(Comparator.comparing(team -> team.name().toLowerCase(translator.locale()))).toList();
        Map<String, String> teamNames = teamList.stream()
                .collect(Collectors.toMap(team -> Long.toString(team.id()), Team::name));
        Set<String> closed = cache.setup().closedPeriods();

        Period current = periods.containing("quarter", "");
        Period first = current;
        for (int i = 0; i < QUARTERS_BACK; i++) {
            first = first.previous();
        }
        List<CommissionPeriodRow> quarters = new ArrayList<>();
        List<CommissionAssignmentRow> assignments = new ArrayList<>();
        Period quarter = first;
        for (int i = 0; i <= QUARTERS_BACK + QUARTERS_AHEAD; i++, quarter = quarter.next()) {
            String label = quarter.label(translator.locale());
            // the current quarter and those ahead are still running: the service refuses to close them
            quarters.add(new CommissionPeriodRow(quarter.key(), label, closed.contains(quarter.key()),
                    !quarter.end().isAfter(current.start())));
            for (Assignment assignment : commission.assignments(quarter.key())) {
                assignments.add(assignmentRow(assignment, label, planNames, teamNames));
            }
        }

        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        context.put("plans", plans.stream().map(this::planRow)
                .sorted(Comparator.comparing(row -> row.getName().toLowerCase(translator.locale()))).toList());
        context.put("noPlans", plans.isEmpty());
        context.put("kinds", Arrays.stream(PlanKind.values())
                .map(kind -> new GadgetOption(kind.key(), kindLabel(kind))).toList());
        // attainment first: the editor's default for a new retroactive plan
        context.put("bases", List.of(
                new GadgetOption(TierBasis.ATTAINMENT.key(), translator.text("salesteam.commission.admin.basis.attainment")),
                new GadgetOption(TierBasis.AMOUNT.key(), translator.text("salesteam.commission.admin.basis.amount"))));
        context.put("teams", teamList.stream()
                .map(team -> new GadgetOption(Long.toString(team.id()), team.name())).toList());
        context.put("quarters", quarters);
        context.put("currentQuarter", current.key());
        context.put("assignments", assignments);
        context.put("noAssignments", assignments.isEmpty());
        return context;
    }

    private CommissionPlanRow planRow(StoredPlan stored) {
        int rows = stored.plan().kind() == PlanKind.PAY_CURVE ? stored.plan().points().size() : stored.plan().tiers().size();
        String summary = translator.text(stored.plan().kind() == PlanKind.PAY_CURVE
                ? "salesteam.commission.admin.plan.points" : "salesteam.commission.admin.plan.tiers", rows);
        String kind = stored.plan().basis() == TierBasis.ATTAINMENT
                ? translator.text("salesteam.commission.kind.retroactive-tiers.attainment") : kindLabel(stored.plan().kind());
        return new CommissionPlanRow(stored.id(), stored.plan().name(), kind, stored.plan().currency().getCurrencyCode(),
                summary);
    }

    private CommissionAssignmentRow assignmentRow(Assignment assignment, String periodLabel, Map<Long, String> planNames,
                                                  Map<String, String> teamNames) {
        boolean team = "team".equals(assignment.subjectType());
        Function<String, String> name = team ? key -> teamNames.getOrDefault(key, key)
                : key -> users.byKey(key).map(Person::displayName).orElse(key);
        return new CommissionAssignmentRow(assignment.id(),
                planNames.getOrDefault(assignment.planId(), Long.toString(assignment.planId())),
                translator.text("salesteam.commission.admin.subject." + (team ? "team" : "rep")),
                name.apply(assignment.subjectKey()), assignment.periodKey(), periodLabel);
    }

    private String kindLabel(PlanKind kind) {
        return translator.text("salesteam.commission.kind." + kind.key());
    }
}
