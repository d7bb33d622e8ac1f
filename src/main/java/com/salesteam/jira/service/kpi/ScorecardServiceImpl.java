package com.salesteam.jira.service.kpi;

import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.model.kpi.ScorecardWeight;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DaySumsCache;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.RequestedPeriod;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.ScorecardRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A scorecard read costs four statements at most whatever the team's size: the teams (one), the calendar with the
 * currency, everyone's logged values and everyone's deal sums (with new pipeline weighted, one day sums cache entry
 * holding everyone's); the definitions and weights come from the cache, read again (two statements) only after they
 * change.
 */
public class ScorecardServiceImpl implements ScorecardService {

    private static final String ADMIN_ONLY = "salesteam.error.scorecard.admin";
    private static final String FORBIDDEN = "salesteam.error.scorecard.forbidden";
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,4}(\\.\\d{1,2})?");

    private final ScorecardRepository weights;
    private final KpiRepository kpis;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final AccessGuard access;
    private final ScorecardCache cache;
    private final Clock clock;
    private final ScorecardReader reader;

    public ScorecardServiceImpl(ScorecardRepository weights, KpiRepository kpis, DealLedger ledger,
                                DaySumsCache daySums, TeamRepository teams, SettingsRepository settings,
                                UserDirectory users, CurrentUser currentUser, ScorecardCache cache, Clock clock) {
        this.weights = weights;
        this.kpis = kpis;
        this.teams = teams;
        this.settings = settings;
        this.users = users;
        this.access = new AccessGuard(currentUser);
        this.cache = cache;
        this.clock = clock;
        this.reader = new ScorecardReader(kpis, ledger, daySums);
    }

    @Override
    public Map<KpiRole, Scorecard> weights() {
        access.requireAdmin(ADMIN_ONLY);
        return weights.scorecards();
    }

    @Override
    public Map<KpiRole, Scorecard> putWeights(Map<String, List<ScorecardWeightDraft>> byRole) {
        access.requireAdmin(ADMIN_ONLY);
        if (byRole == null || byRole.isEmpty()) {
            throw ServiceException.invalid(FieldError.of("rep", "salesteam.error.scorecard.roles"));
        }
        Map<String, KpiDefinition> definitions = kpis.definitions().stream()
                .collect(Collectors.toMap(KpiDefinition::key, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        List<Scorecard> scorecards = new ArrayList<>();
        byRole.forEach((roleKey, lines) -> {
            Optional<KpiRole> role = role(roleKey);
            if (role.isEmpty()) {
                errors.add(FieldError.of(String.valueOf(roleKey), "salesteam.error.scorecard.role", roleKey));
            } else {
                scorecard(role.get(), Objects.requireNonNullElse(lines, List.of()), definitions, errors)
                        .ifPresent(scorecards::add);
            }
        });
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        weights.replace(scorecards);
        cache.forgetAll();
        return weights.scorecards();
    }

    @Override
    public PersonScorecard forPerson(String userKey, String periodKey) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        if (!caller.admin() && !caller.userKey().equals(userKey) && !hierarchy.managesPerson(caller.userKey(), userKey)) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        Person person = users.byKey(userKey)
                .orElseThrow(() -> ServiceException.notFound("salesteam.error.scorecard.user", userKey));
        SettingsRepository.CalendarAndCurrency basics = settings.calendarAndCurrency();
        Period period = RequestedPeriod.resolve(basics.calendar(), Objects.requireNonNullElse(periodKey, ""), clock);
        ScorecardScore score = reader.scores(List.of(userKey), hierarchy, cache.rules(), period, basics.currency())
                .get(userKey);
        return new PersonScorecard(userKey, person.displayName(), period.key(), score);
    }

    @Override
    public TeamScorecards forTeam(long teamId, String periodKey) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        Team team = access.requireTeamManager(caller, hierarchy, teamId, FORBIDDEN);
        SettingsRepository.CalendarAndCurrency basics = settings.calendarAndCurrency();
        Period period = RequestedPeriod.resolve(basics.calendar(), Objects.requireNonNullElse(periodKey, ""), clock);
        Map<String, ScorecardScore> scores = reader.scores(hierarchy.rollUpMembers(teamId), hierarchy, cache.rules(),
                period, basics.currency());
        List<PersonScorecard> members = new ArrayList<>();
        scores.forEach((member, score) -> members.add(new PersonScorecard(member, name(member), period.key(), score)));
        return new TeamScorecards(teamId, team.name(), period.key(), members);
    }

    private static Optional<KpiRole> role(String key) {
        for (KpiRole role : KpiRole.values()) {
            if (role.key().equals(Objects.requireNonNullElse(key, "").strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The role's lines, or empty with each bad field named: "rep[0].kpi", "rep[1].weight", "rep" for the total. */
    private static Optional<Scorecard> scorecard(KpiRole role, List<ScorecardWeightDraft> lines,
                                                 Map<String, KpiDefinition> definitions, List<FieldError> errors) {
        int before = errors.size();
        Set<String> seen = new HashSet<>();
        List<ScorecardWeight> parsed = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean allWeights = true;
        for (int i = 0; i < lines.size(); i++) {
            ScorecardWeightDraft line = Objects.requireNonNullElse(lines.get(i), new ScorecardWeightDraft(null, null, null));
            String field = role.key() + "[" + i + "]";
            String kpiKey = text(line.kpi());
            KpiDefinition kpi = definitions.get(kpiKey);
            if (kpi == null || !kpi.active()) {
                errors.add(FieldError.of(field + ".kpi", "salesteam.error.scorecard.kpi.unknown", kpiKey));
            } else if (!seen.add(kpiKey)) {
                errors.add(FieldError.of(field + ".kpi", "salesteam.error.scorecard.kpi.duplicate", kpiKey));
            } else if (kpi.benchmark(role).signum() == 0) {
                errors.add(FieldError.of(field + ".kpi", "salesteam.error.scorecard.kpi.benchmark", kpiKey));
            }
            Optional<BigDecimal> weight = decimal(line.weight()).filter(ScorecardWeight::isValidWeight);
            if (weight.isEmpty()) {
                errors.add(FieldError.of(field + ".weight", "salesteam.error.scorecard.weight"));
                allWeights = false;
            } else {
                total = total.add(weight.get());
            }
            Optional<BigDecimal> cap = text(line.cap()).isEmpty() ? Optional.empty()
                    : Optional.of(decimal(line.cap()).filter(ScorecardWeight::isValidCap).orElse(BigDecimal.ZERO));
            if (cap.filter(value -> value.signum() == 0).isPresent()) {
                errors.add(FieldError.of(field + ".cap", "salesteam.error.scorecard.cap"));
            }
            if (errors.size() == before) {
                parsed.add(new ScorecardWeight(kpiKey, weight.orElseThrow(), cap));
            }
        }
        if (allWeights && !lines.isEmpty() && total.compareTo(Scorecard.TOTAL) != 0) {
            errors.add(FieldError.of(role.key(), "salesteam.error.scorecard.total", KpiDefinition.plainText(total)));
        }
        return errors.size() == before ? Optional.of(Scorecard.define(role, parsed, definitions)) : Optional.empty();
    }

    /** A plain decimal with at most two decimals: no sign, exponent or grouping. */
    private static Optional<BigDecimal> decimal(String value) {
        String text = text(value);
        return DECIMAL.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }

    private String name(String userKey) {
        return users.byKey(userKey).map(Person::displayName).orElse(userKey);
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
