package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.cadence.MeetingFrequency;
import com.salesteam.jira.model.cadence.OneOnOneHost;
import com.salesteam.jira.model.cadence.OneOnOneSchedule;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ProjectKeys;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.OneOnOneRepository;
import com.salesteam.jira.store.TeamRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reps' 1:1 schedules. A rep reads their own; the manager of a rep's team (or of a team above it) reads and sets
 * theirs; a Jira administrator all. Anyone else is refused before a schedule is read. A schedule is only accepted
 * for a rep whom the teams give a manager: that manager holds the meetings.
 */
public class OneOnOneService {

    static final String FORBIDDEN = "salesteam.oneonone.error.forbidden";
    /** Jira's default project key pattern, as the review cycles check it. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    /** A first meeting further back than a year is a typo, not a plan. */
    private static final int MAX_DAYS_BACK = 366;

    /** A rep with their name and schedule, when they have one. */
    public record RepSchedule(String repKey, String repName, Optional<OneOnOneSchedule> schedule) {
    }

    private final OneOnOneRepository schedules;
    private final TeamRepository teams;
    private final UserDirectory users;
    private final ProjectKeys projects;
    private final AccessGuard access;
    private final Clock clock;

    public OneOnOneService(OneOnOneRepository schedules, TeamRepository teams, UserDirectory users,
                           ProjectKeys projects, CurrentUser currentUser, Clock clock) {
        this.schedules = schedules;
        this.teams = teams;
        this.users = users;
        this.projects = projects;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
    }

    /**
     * The reps the caller may see, each with their schedule: an admin every team member, a manager the members of
     * their teams (and below, possibly none yet), a rep themself; anyone in no team and managing none is refused.
     * Three statements.
     */
    public List<RepSchedule> list() {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        TreeSet<String> reps = new TreeSet<>();
        for (Team team : hierarchy.all()) {
            for (String member : team.memberKeys()) {
                if (caller.admin() || member.equals(caller.userKey())
                        || hierarchy.managesPerson(caller.userKey(), member)) {
                    reps.add(member);
                }
            }
        }
        if (reps.isEmpty() && !caller.admin() && !hierarchy.managesAny(caller.userKey())) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        Map<String, OneOnOneSchedule> byRep = schedules.schedules().stream()
                .collect(Collectors.toMap(OneOnOneSchedule::repKey, Function.identity()));
        List<RepSchedule> visible = new ArrayList<>();
        for (String rep : reps) {
            visible.add(new RepSchedule(rep, name(rep), Optional.ofNullable(byRep.get(rep))));
        }
        visible.sort(Comparator.comparing(RepSchedule::repName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(RepSchedule::repKey));
        return visible;
    }

    public RepSchedule get(String repKey) {
        Caller caller = access.requireUser();
        if (!caller.userKey().equals(repKey)) {
            requireManager(caller, new TeamHierarchy(teams.findAll()), repKey);
        }
        return new RepSchedule(repKey, name(repKey), schedules.schedule(repKey));
    }

    /** Sets or replaces the rep's schedule; every bad field is named and nothing is written. */
    public OneOnOneSchedule save(String repKey, OneOnOneDraft draft) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        requireManager(caller, hierarchy, repKey);
        List<FieldError> errors = new ArrayList<>();
        Optional<MeetingFrequency> frequency = MeetingFrequency.fromKey(draft.frequency().strip());
        if (frequency.isEmpty()) {
            errors.add(FieldError.of("frequency", "salesteam.oneonone.error.frequency"));
        }
        Optional<LocalDate> first = day(draft.firstMeeting().strip());
        if (first.isEmpty()) {
            errors.add(FieldError.of("firstMeeting", "salesteam.oneonone.error.first", MAX_DAYS_BACK));
        }
        String projectKey = draft.projectKey().strip();
        if (!PROJECT_KEY.matcher(projectKey).matches()) {
            errors.add(FieldError.of("projectKey", "salesteam.oneonone.error.project"));
        } else if (!projects.exists(projectKey)) {
            // a wrong key would make the job fail to create this rep's meeting on every run
            errors.add(FieldError.of("projectKey", "salesteam.oneonone.error.noproject", projectKey));
        }
        Optional<String> host = OneOnOneHost.of(repKey, hierarchy);
        if (host.isEmpty()) {
            errors.add(FieldError.of("rep", "salesteam.oneonone.error.nomanager"));
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        OneOnOneSchedule schedule = new OneOnOneSchedule(repKey, host.get(), frequency.get(), first.get(), projectKey,
                LocalDate.now(clock));
        schedules.save(schedule);
        return schedule;
    }

    public void delete(String repKey) {
        Caller caller = access.requireUser();
        requireManager(caller, new TeamHierarchy(teams.findAll()), repKey);
        if (!schedules.delete(repKey)) {
            throw ServiceException.notFound("salesteam.oneonone.error.noschedule", repKey);
        }
    }

    private static void requireManager(Caller caller, TeamHierarchy hierarchy, String repKey) {
        if (!caller.admin() && !hierarchy.managesPerson(caller.userKey(), repKey)) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
    }

    private Optional<LocalDate> day(String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            return day.isBefore(LocalDate.now(clock).minusDays(MAX_DAYS_BACK)) ? Optional.empty() : Optional.of(day);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String name(String userKey) {
        return users.byKey(userKey).map(Person::displayName).orElse(userKey);
    }
}
