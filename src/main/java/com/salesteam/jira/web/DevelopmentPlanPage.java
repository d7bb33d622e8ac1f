package com.salesteam.jira.web;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.cadence.DevelopmentPlan;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingStep;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.service.cadence.DevelopmentPlanService;
import com.salesteam.jira.service.cadence.OnboardingService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the Velocity context of the Development plan page: the person's plan as a form (goals, skills, target
 * role), their onboarding plan and its progress, and the people the caller may open (themself, the reps of the
 * teams they manage and those below, everyone in a team for an administrator). Whoever else asks is refused by the
 * services (a {@code ServiceException}) before anything is read. Due days are judged in the server's zone, as Jira
 * reads due dates.
 */
public class DevelopmentPlanPage {

    public static final String TEMPLATE = "templates/development-plan.vm";
    static final int BLANK_GOALS = 2;

    /** What was typed into the form, when a save was refused. */
    public record Typed(List<DevelopmentPlan.Goal> goals, String skills, String targetRole, List<FieldError> errors) {
    }

    private final DevelopmentPlanService plans;
    private final OnboardingService onboarding;
    private final TeamService teams;
    private final UserDirectory users;
    private final Translator translator;
    private final Clock clock;

    public DevelopmentPlanPage(DevelopmentPlanService plans, OnboardingService onboarding, TeamService teams,
                               UserDirectory users, Translator translator, Clock clock) {
        this.plans = plans;
        this.onboarding = onboarding;
        this.teams = teams;
        this.users = users;
        this.translator = translator;
        this.clock = clock;
    }

    public Map<String, Object> context(Caller caller, String repKey, Optional<Typed> typed, String message) {
        DevelopmentPlan plan = plans.get(repKey);
        Optional<OnboardingPlan> onboardingPlan = onboarding.plan(repKey);
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        context.put("message", message);
        context.put("repKey", repKey);
        context.put("repName", users.byKey(repKey).map(Person::displayName).orElse(repKey));
        List<GadgetOption> people = people(caller, repKey);
        context.put("people", people);
        context.put("choosePerson", people.size() > 1);
        Map<String, String> errors = new HashMap<>();
        typed.ifPresent(form -> form.errors().forEach(error -> errors.putIfAbsent(error.field(),
                translator.text(error.messageKey(), error.arguments().toArray()))));
        context.put("goalsError", errors.getOrDefault("goals", ""));
        context.put("skillsError", errors.getOrDefault("skills", ""));
        context.put("roleError", errors.getOrDefault("targetRole", ""));
        List<DevelopmentPlan.Goal> goals = typed.map(Typed::goals).orElse(plan.goals());
        List<DevelopmentGoalRow> goalRows = new ArrayList<>();
        goals.forEach(goal -> goalRows.add(new DevelopmentGoalRow(goalRows.size(), goal.text(), goal.done())));
        for (int i = 0; i < BLANK_GOALS; i++) {
            goalRows.add(new DevelopmentGoalRow(goalRows.size(), "", false));
        }
        context.put("goals", goalRows);
        context.put("goalsDone", plan.goalsDone());
        context.put("goalsTotal", plan.goals().size());
        context.put("skills", typed.map(Typed::skills).orElse(String.join("\n", plan.skills())));
        context.put("targetRole", typed.map(Typed::targetRole).orElse(plan.targetRole()));
        context.put("hasOnboarding", onboardingPlan.isPresent());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        onboardingPlan.ifPresent(found -> {
            context.put("onboardingJoined", found.joined().toString());
            context.put("onboardingDone", found.done());
            context.put("onboardingTotal", found.total());
            context.put("onboardingSteps", found.steps().stream().map(step -> new OnboardingStepRow(step.position(),
                    step.title(), translator.text(OnboardingAdminPage.kindKey(step.kind())), step.due().toString(),
                    step.issueKey().orElse(""), step.done(), step.overdue(today),
                    step.state() == OnboardingStep.State.FAILED, step.failure().orElse(""))).toList());
        });
        // the retry is the administrators' (the REST call checks it again): others see the reason only
        context.put("canRetry", caller.admin());
        return context;
    }

    /** The people whose plans the caller may open, by name; the one shown is always among them. */
    private List<GadgetOption> people(Caller caller, String shown) {
        List<Team> all = teams.list();
        TeamHierarchy hierarchy = new TeamHierarchy(all);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(caller.userKey());
        keys.add(shown);
        for (Team team : all) {
            if (caller.admin() || hierarchy.manages(caller.userKey(), team.id())) {
                keys.addAll(team.memberKeys());
            }
        }
        return keys.stream().map(key -> new GadgetOption(key, users.byKey(key).map(Person::displayName).orElse(key)))
                .sorted(Comparator.comparing(GadgetOption::getLabel)).toList();
    }
}
