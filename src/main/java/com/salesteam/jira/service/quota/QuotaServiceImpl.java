package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaChange;
import com.salesteam.jira.model.quota.QuotaKey;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.AttainmentCache;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.RequestedPeriod;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamTreeCache;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

public class QuotaServiceImpl implements QuotaService {

    private static final String FORBIDDEN = "salesteam.error.quota.forbidden";

    private final QuotaRepository quotas;
    private final TeamTreeCache teams;
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final Translator translator;
    private final AccessGuard access;
    private final Clock clock;
    private final AttainmentCache attainments;
    private final ScorecardCache scorecards;

    public QuotaServiceImpl(QuotaRepository quotas, TeamTreeCache teams, SettingsRepository settings,
                            UserDirectory users, Translator translator, CurrentUser currentUser, Clock clock,
                            AttainmentCache attainments, ScorecardCache scorecards) {
        this.quotas = quotas;
        this.teams = teams;
        this.settings = settings;
        this.users = users;
        this.translator = translator;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
        this.attainments = attainments;
        this.scorecards = scorecards;
    }

    @Override
    public TeamQuotas forTeam(long teamId, String periodKey, String metricKey) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.teams());
        Team team = access.requireTeamManager(caller, hierarchy, teamId, FORBIDDEN);
        QuotaMeasure metric = new QuotaMeasures(scorecards).toRead(metricKey, "metric");
        Period period = RequestedPeriod.resolve(settings.fiscalCalendar(), periodKey, clock);
        List<Team> children = hierarchy.childrenOf(teamId);
        Set<QuotaSubject> asked = new HashSet<>();
        asked.add(new QuotaSubject.TeamQuota(teamId));
        children.forEach(child -> asked.add(new QuotaSubject.TeamQuota(child.id())));
        Set<String> everyone = hierarchy.rollUpMembers(teamId);
        everyone.forEach(rep -> asked.add(new QuotaSubject.Rep(rep)));
        Map<QuotaSubject, Quota> found = quotas.find(asked, period.key(), metric).stream()
                .collect(Collectors.toMap(Quota::subject, Function.identity()));

        List<TeamQuotas.Line> members = team.memberKeys().stream()
                .map(member -> new TeamQuotas.Line(member, name(member),
                        Optional.ofNullable(found.get(new QuotaSubject.Rep(member)))))
                .toList();
        List<TeamQuotas.Line> subTeams = children.stream()
                .map(child -> new TeamQuotas.Line(Long.toString(child.id()), child.name(),
                        Optional.ofNullable(found.get(new QuotaSubject.TeamQuota(child.id())))))
                .toList();
        List<Quota> repQuotas = everyone.stream().map(rep -> found.get(new QuotaSubject.Rep(rep)))
                .filter(java.util.Objects::nonNull).toList();
        Set<String> currencies = repQuotas.stream().map(QuotaServiceImpl::currency).collect(Collectors.toSet());
        long derived = repQuotas.stream().mapToLong(Quota::units).sum();
        Optional<String> derivedCurrency = currencies.size() == 1 ? currencies.stream().findFirst() : Optional.empty();
        Optional<Quota> explicit = Optional.ofNullable(found.get(new QuotaSubject.TeamQuota(teamId)));
        Optional<BigDecimal> overAssignment = explicit
                .filter(quota -> quota.units() > 0 && currencies.size() == 1 && currencies.contains(currency(quota)))
                .map(quota -> BigDecimal.valueOf(derived).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(quota.units()), 1, RoundingMode.HALF_UP));
        return new TeamQuotas(period.key(), metric, explicit, members, subTeams, currencies.size() > 1 ? 0 : derived,
                derivedCurrency, overAssignment);
    }

    @Override
    public QuotaGrid grid(long teamId, String fiscalYear, String metricKey, String periodType) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.teams());
        Team team = access.requireTeamManager(caller, hierarchy, teamId, FORBIDDEN);
        QuotaMeasure metric = new QuotaMeasures(scorecards).toRead(metricKey, "metric");
        FiscalCalendar calendar = settings.fiscalCalendar();
        List<FieldError> errors = new ArrayList<>();
        Optional<Period> year = fiscalYear.isBlank()
                ? Optional.of(calendar.periodContaining(PeriodType.YEAR, calendar.today(clock)))
                : Period.parse(fiscalYear.strip(), calendar).filter(period -> period.type() == PeriodType.YEAR);
        if (year.isEmpty()) {
            errors.add(FieldError.of("year", "salesteam.error.quota.grid.year", fiscalYear));
        }
        Optional<PeriodType> columns = PeriodType.fromKey(periodType.isBlank() ? "quarter" : periodType.strip())
                .filter(type -> type == PeriodType.QUARTER || type == PeriodType.MONTH);
        if (columns.isEmpty()) {
            errors.add(FieldError.of("periodType", "salesteam.error.quota.grid.periodtype", periodType));
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        List<Period> periods = new ArrayList<>();
        for (Period period = calendar.periodContaining(columns.get(), year.get().start());
             period.start().isBefore(year.get().end()); period = period.next()) {
            periods.add(period);
        }
        List<QuotaSubject> subjects = new ArrayList<>();
        subjects.add(new QuotaSubject.TeamQuota(teamId));
        hierarchy.childrenOf(teamId).forEach(child -> subjects.add(new QuotaSubject.TeamQuota(child.id())));
        team.memberKeys().forEach(member -> subjects.add(new QuotaSubject.Rep(member)));
        Map<QuotaSubject, Map<String, Quota>> found = new HashMap<>();
        quotas.find(subjects, periods.stream().map(Period::key).toList(), metric).forEach(quota ->
                found.computeIfAbsent(quota.subject(), subject -> new HashMap<>()).put(quota.periodKey(), quota));
        List<QuotaGrid.Row> rows = new ArrayList<>();
        for (QuotaSubject subject : subjects) {
            Map<String, Quota> own = found.getOrDefault(subject, Map.of());
            boolean editable = QuotaAccess.mayChange(caller, subject, hierarchy);
            if (subject instanceof QuotaSubject.TeamQuota teamQuota) {
                String name = hierarchy.team(teamQuota.teamId()).map(Team::name).orElseThrow();
                rows.add(new QuotaGrid.Row("team", name, name, editable, own));
            } else {
                Optional<Person> person = users.byKey(subject.key());
                rows.add(new QuotaGrid.Row("rep", person.map(Person::username).orElse(subject.key()),
                        person.map(Person::displayName).orElse(subject.key()), editable && person.isPresent(), own));
            }
        }
        return new QuotaGrid(year.get().key(), metric, periods, rows);
    }

    @Override
    public Optional<Quota> forRep(String repKey, String periodKey, String metricKey) {
        Caller caller = access.requireUser();
        if (!QuotaAccess.mayRead(caller, new QuotaSubject.Rep(repKey), new TeamHierarchy(teams.teams()))) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        Period period = RequestedPeriod.resolve(settings.fiscalCalendar(), periodKey, clock);
        return quotas.find(List.of(new QuotaSubject.Rep(repKey)), period.key(),
                new QuotaMeasures(scorecards).toRead(metricKey, "metric")).stream().findFirst();
    }

    @Override
    public Optional<QuotaChange> set(QuotaDraft draft) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.teams());
        List<FieldError> errors = new ArrayList<>();
        Optional<QuotaSubject> subject = subject(draft.subjectType(), draft.subjectKey(), hierarchy, errors);
        Optional<Period> period = period(draft.period(), errors);
        Optional<QuotaMeasure> metric = new QuotaMeasures(scorecards).toSet(draft.metric(), "metric", errors);
        Optional<Quota> quota = Optional.empty();
        if (subject.isPresent() && period.isPresent() && metric.isPresent()) {
            quota = QuotaTargets.parse(subject.get(), period.get().key(), metric.get(), draft.target(), "target",
                    settings::defaultCurrency, translator.locale(), errors);
        }
        if (subject.isPresent() && !QuotaAccess.mayChange(caller, subject.get(), hierarchy)) {
            throw ServiceException.forbidden("salesteam.error.quota.set.forbidden");
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        Period quotaPeriod = period.orElseThrow();
        Quota wanted = quota.orElseThrow();
        Optional<QuotaChange> change = quotas.put(wanted, caller.userKey(), clock.instant(),
                stored -> new QuotaOverlaps(stored, quotaPeriod.calendar()).overlapping(wanted, quotaPeriod)
                        .ifPresent(other -> {
                            throw ServiceException.invalid(FieldError.of("period", "salesteam.error.quota.overlap",
                                    quotaPeriod.key(), other.key()));
                        }));
        change.ifPresent(this::forget);
        return change;
    }

    @Override
    public QuotaChange remove(String subjectType, String subjectKey, String periodKey, String metricKey) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.teams());
        List<FieldError> errors = new ArrayList<>();
        Optional<QuotaSubject> subject = subject(subjectType, subjectKey, hierarchy, errors);
        Optional<Period> period = period(periodKey, errors);
        Optional<QuotaMeasure> metric = new QuotaMeasures(scorecards).toRemove(metricKey, "metric", errors);
        if (subject.isPresent() && !QuotaAccess.mayChange(caller, subject.get(), hierarchy)) {
            throw ServiceException.forbidden("salesteam.error.quota.set.forbidden");
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        QuotaKey quota = new QuotaKey(subject.orElseThrow(), period.orElseThrow().key(), metric.orElseThrow());
        QuotaChange removal = quotas.remove(quota, caller.userKey(), clock.instant()).orElseThrow(() ->
                ServiceException.notFound("salesteam.error.quota.notfound", quota.periodKey(), quota.metric().key()));
        forget(removal);
        return removal;
    }

    /** What the quota's subject shows is forgotten on every node, as for any change of its quotas. */
    private void forget(QuotaChange change) {
        attainments.forgetRep(change.quota().subject().key());
        scorecards.forgetPerson(change.quota().subject().key());
    }

    private Optional<Period> period(String periodKey, List<FieldError> errors) {
        if (periodKey.isBlank()) {
            errors.add(FieldError.of("period", "salesteam.error.quota.period.required"));
            return Optional.empty();
        }
        try {
            return Optional.of(RequestedPeriod.resolve(settings.fiscalCalendar(), periodKey, clock));
        } catch (ServiceException e) {
            errors.addAll(e.fieldErrors());
            return Optional.empty();
        }
    }

    @Override
    public List<QuotaChange> history(String subjectType, String subjectKey, String periodKey, String metricKey) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.teams());
        List<FieldError> errors = new ArrayList<>();
        Optional<QuotaSubject> subject = subject(subjectType, subjectKey, hierarchy, errors);
        if (subject.isPresent() && !QuotaAccess.mayRead(caller, subject.get(), hierarchy)) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        Period period = RequestedPeriod.resolve(settings.fiscalCalendar(), periodKey, clock);
        return quotas.history(subject.orElseThrow(), period.key(), new QuotaMeasures(scorecards).toRead(metricKey, "metric"));
    }

    private Optional<QuotaSubject> subject(String type, String key, TeamHierarchy hierarchy, List<FieldError> errors) {
        String strippedKey = key.strip();
        switch (type.strip()) {
            case "rep" -> {
                if (users.byKey(strippedKey).isPresent()) {
                    return Optional.of(new QuotaSubject.Rep(strippedKey));
                }
                errors.add(FieldError.of("subjectKey", "salesteam.error.quota.rep.unknown", key));
            }
            case "team" -> {
                try {
                    long id = Long.parseLong(strippedKey);
                    if (hierarchy.team(id).isPresent()) {
                        return Optional.of(new QuotaSubject.TeamQuota(id));
                    }
                } catch (NumberFormatException e) {
                    // not a team id: reported below like an id no team has
                }
                errors.add(FieldError.of("subjectKey", "salesteam.error.quota.team.unknown", key));
            }
            default -> errors.add(FieldError.of("subjectType", "salesteam.error.quota.subject.type", type));
        }
        return Optional.empty();
    }

    private static String currency(Quota quota) {
        return quota.amount().map(money -> money.currency().getCurrencyCode()).orElse("");
    }

    private String name(String userKey) {
        return users.byKey(userKey).map(Person::displayName).orElse(userKey);
    }
}
