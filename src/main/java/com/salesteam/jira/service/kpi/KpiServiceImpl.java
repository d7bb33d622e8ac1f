package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

public class KpiServiceImpl implements KpiService {

    /** How far back a day may be logged: late enough for a holiday, early enough that periods stay settled. */
    static final int DAYS_BACK = 90;
    /** The longest span read at once: a year of days per person stays a small read. */
    static final int MAX_RANGE_DAYS = 366;
    static final int DEFAULT_RANGE_DAYS = 14;
    /** Path words under /kpis that a key would shadow. */
    private static final Set<String> RESERVED_KEYS = Set.of("entries", "sums");
    private static final BigDecimal MAX_BENCHMARK = new BigDecimal("9999999999.99");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
    private static final String FORBIDDEN = "salesteam.error.kpi.forbidden";
    private static final String ADMIN_ONLY = "salesteam.error.kpi.admin";

    private final KpiRepository kpis;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final AccessGuard access;
    private final Clock clock;
    private final ScorecardCache scorecards;

    public KpiServiceImpl(KpiRepository kpis, TeamRepository teams, SettingsRepository settings, UserDirectory users,
                          CurrentUser currentUser, Clock clock, ScorecardCache scorecards) {
        this.kpis = kpis;
        this.teams = teams;
        this.settings = settings;
        this.users = users;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
        this.scorecards = scorecards;
    }

    @Override
    public List<KpiDefinition> list(boolean includeInactive) {
        Caller caller = access.requireUser();
        if (includeInactive && !caller.admin()) {
            throw ServiceException.forbidden("salesteam.error.kpi.inactive.forbidden");
        }
        return kpis.definitions().stream().filter(kpi -> includeInactive || kpi.active()).toList();
    }

    @Override
    public KpiDefinition create(KpiDraft draft) {
        access.requireAdmin(ADMIN_ONLY);
        String key = text(draft.key());
        List<FieldError> errors = new ArrayList<>();
        if (!KpiDefinition.isValidKey(key)) {
            errors.add(FieldError.of("key", "salesteam.error.kpi.key.format"));
        } else if (RESERVED_KEYS.contains(key)) {
            errors.add(FieldError.of("key", "salesteam.error.kpi.key.reserved", key));
        }
        KpiDefinition definition = definition(key, draft, errors);
        if (!kpis.create(definition)) {
            throw ServiceException.invalid(FieldError.of("key", "salesteam.error.kpi.key.taken", key));
        }
        scorecards.forgetAll();
        return definition;
    }

    @Override
    public KpiDefinition update(String key, KpiDraft draft) {
        access.requireAdmin(ADMIN_ONLY);
        if (kpis.definition(key).isEmpty()) {
            throw ServiceException.notFound("salesteam.error.kpi.notfound", key);
        }
        KpiDefinition definition = definition(key, draft, new ArrayList<>());
        kpis.update(definition);
        // benchmarks, direction and source decide every scorecard the KPI is weighted in
        scorecards.forgetAll();
        return definition;
    }

    @Override
    public KpiEntry log(KpiEntryDraft draft) {
        Caller caller = access.requireUser();
        String userKey = text(draft.user()).isEmpty() ? caller.userKey() : text(draft.user());
        // the teams are read only when someone logs for another person: a rep's own log stays within budget
        boolean ownOrAdmin = caller.admin() || caller.userKey().equals(userKey);
        if (!ownOrAdmin && !mayActFor(caller, userKey, new TeamHierarchy(teams.findAll()))) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        List<FieldError> errors = new ArrayList<>();
        if (users.byKey(userKey).isEmpty()) {
            errors.add(FieldError.of("user", "salesteam.error.kpi.user.unknown", userKey));
        }
        String kpiKey = text(draft.kpi());
        Optional<KpiDefinition> kpi = kpis.definition(kpiKey).filter(KpiDefinition::active);
        if (kpi.isEmpty()) {
            errors.add(FieldError.of("kpi", "salesteam.error.kpi.entry.unknown", kpiKey));
        } else if (!kpi.get().manual()) {
            errors.add(FieldError.of("kpi", "salesteam.error.kpi.entry.notmanual", kpiKey));
        }
        LocalDate today = today();
        Optional<LocalDate> day = day("day", draft.day(), errors);
        if (day.filter(today::isBefore).isPresent()) {
            errors.add(FieldError.of("day", "salesteam.error.kpi.day.future"));
        } else if (day.filter(value -> value.isBefore(today.minusDays(DAYS_BACK))).isPresent()) {
            errors.add(FieldError.of("day", "salesteam.error.kpi.day.past", DAYS_BACK));
        }
        BigDecimal max = kpi.map(found -> found.unit().maxPerDay()).orElse(KpiUnit.COUNT.maxPerDay());
        Optional<BigDecimal> value = decimal("value", draft.value(), max, errors);
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        KpiEntry entry = new KpiEntry(kpiKey, userKey, day.orElseThrow(), value.orElseThrow());
        kpis.log(entry);
        scorecards.forgetPerson(userKey);
        return entry;
    }

    @Override
    public List<KpiEntry> entries(String userKey, String from, String to) {
        Caller caller = access.requireUser();
        String whose = text(userKey).isEmpty() ? caller.userKey() : text(userKey);
        if (!mayActFor(caller, whose, new TeamHierarchy(teams.findAll()))) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        Range range = range(from, to);
        return kpis.entries(whose, range.from(), range.to().plusDays(1));
    }

    @Override
    public TeamKpiSums teamSums(String kpiKey, long teamId, String from, String to) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        access.requireTeamManager(caller, hierarchy, teamId, FORBIDDEN);
        Range range = range(from, to);
        if (kpis.definition(text(kpiKey)).isEmpty()) {
            throw ServiceException.invalid(FieldError.of("kpi", "salesteam.error.kpi.entry.unknown", text(kpiKey)));
        }
        Set<String> members = hierarchy.rollUpMembers(teamId);
        Map<String, BigDecimal> byUser = new HashMap<>();
        members.forEach(member -> byUser.put(member, BigDecimal.ZERO.setScale(KpiDefinition.SCALE)));
        byUser.putAll(kpis.sums(text(kpiKey), members, range.from(), range.to().plusDays(1)));
        return new TeamKpiSums(text(kpiKey), teamId, range.from(), range.to(), byUser);
    }

    /** Oneself, the people in the teams one manages (nested), or anyone for a Jira administrator. */
    private static boolean mayActFor(Caller caller, String userKey, TeamHierarchy hierarchy) {
        return caller.admin() || caller.userKey().equals(userKey) || hierarchy.managesPerson(caller.userKey(), userKey);
    }

    private KpiDefinition definition(String key, KpiDraft draft, List<FieldError> errors) {
        String nameEn = name("nameEn", draft.nameEn(), errors);
        String nameZh = name("nameZh", draft.nameZh(), errors);
        Optional<KpiUnit> unit = KpiUnit.fromKey(text(draft.unit()));
        if (unit.isEmpty()) {
            errors.add(FieldError.of("unit", "salesteam.error.kpi.unit"));
        }
        Optional<KpiSource> source = source(draft, errors);
        Optional<KpiDirection> direction = KpiDirection.fromKey(text(draft.direction()));
        if (direction.isEmpty()) {
            errors.add(FieldError.of("direction", "salesteam.error.kpi.direction"));
        }
        Optional<BigDecimal> rep = decimal("benchmarks.rep", draft.repBenchmark(), MAX_BENCHMARK, errors);
        Optional<BigDecimal> manager = decimal("benchmarks.manager", draft.managerBenchmark(), MAX_BENCHMARK, errors);
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        return new KpiDefinition(key, nameEn, nameZh, unit.orElseThrow(), source.orElseThrow(), direction.orElseThrow(),
                Map.of(KpiRole.REP, rep.orElseThrow(), KpiRole.MANAGER, manager.orElseThrow()),
                !Boolean.FALSE.equals(draft.active()));
    }

    private static Optional<KpiSource> source(KpiDraft draft, List<FieldError> errors) {
        switch (text(draft.source())) {
            case "manual" -> {
                return Optional.of(new KpiSource.Manual());
            }
            case "coaching-completion" -> {
                return Optional.of(new KpiSource.CoachingCompletion());
            }
            case "deal-metric" -> {
                Optional<QuotaMetric> metric = QuotaMetric.fromKey(text(draft.metric()));
                if (metric.isEmpty()) {
                    errors.add(FieldError.of("metric", "salesteam.error.kpi.metric"));
                }
                return metric.map(KpiSource.DealMetric::new);
            }
            case "jql-count" -> {
                String jql = text(draft.jql());
                if (jql.isEmpty()) {
                    errors.add(FieldError.of("jql", "salesteam.error.kpi.jql.required"));
                } else if (jql.length() > KpiSource.JqlCount.MAX_LENGTH) {
                    errors.add(FieldError.of("jql", "salesteam.error.kpi.jql.length", KpiSource.JqlCount.MAX_LENGTH));
                } else {
                    return Optional.of(new KpiSource.JqlCount(jql));
                }
                return Optional.empty();
            }
            default -> {
                errors.add(FieldError.of("source", "salesteam.error.kpi.source"));
                return Optional.empty();
            }
        }
    }

    private static String name(String field, String value, List<FieldError> errors) {
        String name = text(value);
        if (name.isEmpty()) {
            errors.add(FieldError.of(field, "salesteam.error.kpi.name.required"));
        } else if (name.length() > KpiDefinition.MAX_NAME_LENGTH) {
            errors.add(FieldError.of(field, "salesteam.error.kpi.name.length", KpiDefinition.MAX_NAME_LENGTH));
        }
        return name;
    }

    /** A plain decimal from 0 to {@code max} with at most two decimals: no sign, exponent or grouping. */
    private static Optional<BigDecimal> decimal(String field, String value, BigDecimal max, List<FieldError> errors) {
        String text = text(value);
        if (DECIMAL.matcher(text).matches() && new BigDecimal(text).compareTo(max) <= 0) {
            return Optional.of(new BigDecimal(text));
        }
        errors.add(FieldError.of(field, "salesteam.error.kpi.number", max));
        return Optional.empty();
    }

    private static Optional<LocalDate> day(String field, String value, List<FieldError> errors) {
        try {
            return Optional.of(LocalDate.parse(text(value)));
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "salesteam.error.kpi.day.format"));
            return Optional.empty();
        }
    }

    private record Range(LocalDate from, LocalDate to) {
    }

    /** Both days included; blank ends default to the last 14 days up to today. */
    private Range range(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = today();
        Optional<LocalDate> given = text(from).isEmpty() ? Optional.empty() : day("from", from, errors);
        Optional<LocalDate> end = text(to).isEmpty() ? Optional.of(today) : day("to", to, errors);
        Optional<LocalDate> start = text(from).isEmpty()
                ? end.map(last -> last.minusDays(DEFAULT_RANGE_DAYS - 1L)) : given;
        if (start.isPresent() && end.isPresent()) {
            if (start.get().isAfter(end.get())) {
                errors.add(FieldError.of("from", "salesteam.error.kpi.range.order"));
            } else if (ChronoUnit.DAYS.between(start.get(), end.get()) >= MAX_RANGE_DAYS) {
                errors.add(FieldError.of("from", "salesteam.error.kpi.range.length", MAX_RANGE_DAYS));
            }
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        return new Range(start.orElseThrow(), end.orElseThrow());
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.fiscalCalendar().zone()));
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
