package com.salesteam.jira.service.competition;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionDraft;
import com.salesteam.jira.model.competition.CompetitionProblem;
import com.salesteam.jira.model.competition.CompetitionRules;
import com.salesteam.jira.model.competition.CompetitionScorer;
import com.salesteam.jira.model.competition.CompetitionState;
import com.salesteam.jira.model.competition.CompetitionTerms;
import com.salesteam.jira.model.competition.Scoring;
import com.salesteam.jira.model.competition.Standing;
import com.salesteam.jira.model.competition.TargetProration;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.LeaderboardSettingsCache;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.TeamTreeCache;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.CompetitionRepository;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Competitions: who may see and change them, their live standings from the ledger's day sums per rep (or the KPI's
 * values per day), with the movement since yesterday, and the freezing of their final standings once they end.
 *
 * <p>Who sees a competition: Jira administrators; managers of one of its teams (or of a team above it); the person
 * who created it; everyone on its roster. Amounts are decided per row, as on the leaderboards: a viewer sees their own
 * amount, and another person's if they are an admin, manage that person (a team the person is in, or a team above
 * it), or the leaderboard privacy settings show boards to reps with amounts. Creating a competition or managing one
 * of its teams shows no one else's amount: the manager of one of two regions sees the other region's ranks, not its
 * figures. A percent-of-target competition shows everyone's percent, as the leaderboards do, except to a viewer who
 * cannot browse some deal project: they see only their own. People the privacy settings
 * exclude are left out of every competition. Taking part needs no sharing: a competition is meant to be seen by
 * those in it.
 *
 * <p>Who changes one: Jira administrators any; a team manager one whose teams are all teams they manage (or below
 * them) and whose people are all members of those teams (or themself), and only one they created or whose
 * participants they all manage. A finished competition is not edited, and only an admin deletes one: its recorded
 * winners are history.
 *
 * <p>The roster is resolved when the competition is saved: its teams' members with the teams below them, plus the
 * people named. People who join a team later take part once the competition is saved again.
 *
 * <p>Statements: who sees what is decided on the cluster-cached team tree (teams with their members), and the
 * settings (calendar, privacy) are the leaderboards' cluster-cached ones, so a list reads the competitions and the
 * winners of the frozen ones: two. Standings read the competition, then either the frozen standings, or the day rows
 * of the roster over the window (the ledger's, or the KPI's logged values) and (scored on target) their quotas: at
 * most three, which leaves the shown people's badges within a request's five. The standings through yesterday, for
 * the movement of a running competition, come from the same rows: no statement more. Weighted pipeline is a snapshot
 * (open deals expected to close in the window, at today's amounts and probabilities) with no earlier value to compare
 * with: it has no movement. The tree is read again on a node after another node's team change, and the settings
 * after a save of the calendar or the privacy (once each). The freezing job reads the stored settings. Changes read
 * the teams from the database instead: a roster is resolved from them and saved, so it never comes from a tree
 * another node has just changed.
 */
public class CompetitionService {

    private static final String FORBIDDEN = "salesteam.error.competition.forbidden";
    public static final int MAX_TOP = 100;

    private final CompetitionRepository competitions;
    private final DealLedger ledger;
    private final QuotaRepository quotas;
    private final TeamRepository teams;
    private final TeamTreeCache teamTree;
    private final SettingsRepository settings;
    private final LeaderboardSettingsCache boardSettings;
    private final UserDirectory users;
    private final AccessGuard access;
    private final Clock clock;
    private final DealAmountAccess amounts;
    private final KpiRepository kpis;

    public CompetitionService(CompetitionRepository competitions, DealLedger ledger, QuotaRepository quotas,
                              TeamRepository teams, TeamTreeCache teamTree, SettingsRepository settings,
                              LeaderboardSettingsCache boardSettings, UserDirectory users, CurrentUser currentUser,
                              Clock clock, DealAmountAccess amounts, KpiRepository kpis) {
        this.amounts = amounts;
        this.kpis = kpis;
        this.teamTree = teamTree;
        this.competitions = competitions;
        this.ledger = ledger;
        this.quotas = quotas;
        this.teams = teams;
        this.settings = settings;
        this.boardSettings = boardSettings;
        this.users = users;
        this.access = new AccessGuard(currentUser);
        this.clock = clock;
    }

    /**
     * The competitions the caller may see, latest first, with the winners of the frozen ones; {@code stateKey}
     * upcoming, running, finished or blank for all.
     */
    public List<CompetitionSummary> list(String stateKey) {
        Caller caller = access.requireUser();
        Optional<CompetitionState> wanted = state(stateKey);
        SettingsRepository.LeaderboardSettings read = boardSettings.settings();
        LocalDate today = read.calendar().today(clock);
        TeamHierarchy hierarchy = reader(caller);
        List<Competition> visible = new ArrayList<>();
        for (Competition competition : competitions.all()) {
            if (wanted.filter(want -> want != competition.terms().state(today)).isEmpty()
                    && sees(caller, hierarchy, competition)) {
                visible.add(competition);
            }
        }
        List<Long> frozen = visible.stream().filter(c -> c.frozenAt().isPresent()).map(Competition::id).toList();
        Map<Long, List<Standing>> winners = frozen.isEmpty() ? Map.of() : competitions.winners(frozen);
        List<CompetitionSummary> summaries = new ArrayList<>(visible.size());
        Map<Long, List<Standing>> shown = new HashMap<>();
        winners.forEach((id, list) -> shown.put(id, list.stream()
                .filter(standing -> !read.privacy().excluded().contains(standing.userKey())).toList()));
        boolean everyDeal = !shown.isEmpty() && amounts.seesEveryDeal(caller);
        Predicate<String> amountShown = shown.isEmpty() ? caller.userKey()::equals : amountShown(caller, hierarchy,
                read.privacy(), everyDeal);
        Predicate<String> percentShown = percentShown(caller, everyDeal);
        for (Competition competition : visible) {
            CompetitionState state = competition.terms().state(today);
            List<CompetitionBoard.Row> rows = rows(caller, competition, shown.getOrDefault(competition.id(), List.of()),
                    amountShown, percentShown, Map.of());
            summaries.add(new CompetitionSummary(competition, state, days(competition.terms(), state, today),
                    competition.roster().contains(caller.userKey()), editable(caller, hierarchy, competition, state), rows));
        }
        return summaries;
    }

    /** A competition with all its standings, as the caller may see them. */
    public CompetitionBoard board(long id) {
        return board(id, null);
    }

    /**
     * A competition with its standings as the caller may see them: the first {@code top} places (1 to
     * {@link #MAX_TOP}; null: all) and the caller's own place apart when it is not among them.
     */
    public CompetitionBoard board(long id, Integer top) {
        Caller caller = access.requireUser();
        if (top != null && (top < 1 || top > MAX_TOP)) {
            throw ServiceException.invalid(FieldError.of("top", "salesteam.error.leaderboard.top", MAX_TOP));
        }
        SettingsRepository.LeaderboardSettings read = boardSettings.settings();
        Competition competition = competitions.find(id).orElseThrow(() -> notFound(id));
        TeamHierarchy hierarchy = reader(caller);
        if (!sees(caller, hierarchy, competition)) {
            // refused like a competition that does not exist, so ids reveal nothing
            throw notFound(id);
        }
        LocalDate today = read.calendar().today(clock);
        CompetitionState state = competition.terms().state(today);
        LeaderboardPrivacy privacy = read.privacy();
        // sums also count deals of projects the viewer may not browse: then only their own figure shows
        boolean everyDeal = amounts.seesEveryDeal(caller);
        List<Standing> standings;
        Map<String, Integer> movement = Map.of();
        Optional<CompetitionScorer.Unranked> unranked = Optional.empty();
        if (competition.frozenAt().isPresent()) {
            standings = competitions.standings(id).stream()
                    .filter(standing -> !privacy.excluded().contains(standing.userKey())).toList();
        } else if (state == CompetitionState.UPCOMING) {
            standings = List.of();
        } else {
            // finished but not frozen yet: the final standings, with no movement (as once frozen)
            Live live = liveStandings(competition, privacy.excluded(), read.calendar(),
                    state == CompetitionState.RUNNING ? Optional.of(today) : Optional.empty());
            standings = live.now();
            unranked = Optional.of(live.unranked());
            movement = live.earlier().map(earlier -> CompetitionScorer.movement(earlier, live.now())).orElse(Map.of());
        }
        CompetitionTerms terms = competition.terms();
        List<Standing> placed = top == null ? standings : standings.stream().limit(top).toList();
        Optional<Standing> own = standings.stream().skip(placed.size())
                .filter(standing -> standing.userKey().equals(caller.userKey())).findFirst();
        Predicate<String> amountShown = amountShown(caller, hierarchy, privacy, everyDeal);
        Predicate<String> percentShown = percentShown(caller, everyDeal);
        Map<String, Integer> moved = movement;
        List<CompetitionBoard.Row> rows = rows(caller, competition, placed, amountShown, percentShown, moved);
        Optional<CompetitionBoard.Row> ownRow = own.map(standing -> rows(caller, competition, List.of(standing),
                amountShown, percentShown, moved).get(0));
        int ranked = (int) competition.roster().stream().filter(key -> !privacy.excluded().contains(key)).count();
        int left = state != CompetitionState.UPCOMING ? Math.max(0, ranked - standings.size()) : 0;
        // frozen standings keep no values: who was left out is told apart only where one reason is possible
        CompetitionScorer.Unranked counted = unranked.orElseGet(() -> new CompetitionScorer.Unranked(
                terms.ascending() && terms.scoring() == Scoring.ABSOLUTE ? left : 0,
                !terms.ascending() && terms.scoring() == Scoring.PERCENT_OF_TARGET ? left : 0));
        return new CompetitionBoard(competition, state, days(terms, state, today), competition.frozenAt().isPresent(),
                rows, ownRow, Stream.concat(rows.stream(), ownRow.stream()).anyMatch(row -> row.value().isEmpty()),
                counted.withoutTarget(), counted.withoutValue(), editable(caller, hierarchy, competition, state));
    }

    /** Days until it starts while upcoming, days left (today included) while running, 0 once finished. */
    private static long days(CompetitionTerms terms, CompetitionState state, LocalDate today) {
        return state == CompetitionState.UPCOMING ? terms.start().toEpochDay() - today.toEpochDay() : terms.daysLeft(today);
    }

    private List<CompetitionBoard.Row> rows(Caller caller, Competition competition, List<Standing> standings,
                                            Predicate<String> amountShown, Predicate<String> percentShown,
                                            Map<String, Integer> movement) {
        CompetitionTerms terms = competition.terms();
        List<CompetitionBoard.Row> rows = new ArrayList<>(standings.size());
        for (Standing standing : standings) {
            boolean self = standing.userKey().equals(caller.userKey());
            rows.add(new CompetitionBoard.Row(standing.rank(), standing.userKey(), name(standing.userKey()),
                    amountShown.test(standing.userKey()) ? Optional.of(standing.value()) : Optional.empty(),
                    terms.scoring() == Scoring.PERCENT_OF_TARGET && percentShown.test(standing.userKey())
                            ? Optional.of(standing.score()) : Optional.empty(),
                    standing.winner(), standing.winner() ? terms.prizeFor(standing.rank()) : "", self,
                    Optional.ofNullable(movement.get(standing.userKey()))));
        }
        return rows;
    }

    /** An admin sees every competition without the teams; anyone else is judged on the cached team tree. */
    private TeamHierarchy reader(Caller caller) {
        return caller.admin() ? new TeamHierarchy(List.of()) : new TeamHierarchy(teamTree.teams());
    }

    /**
     * Whose amounts the viewer sees: their own always; if they may browse every deal, everyone's for an admin or
     * when the privacy settings show boards to reps with their amounts, else those of the people they manage (a team
     * the person is in, or one above it). Boards not shown to reps count as amounts hidden: a competition must not
     * share the cross-team amounts the admin kept off the leaderboards.
     */
    private Predicate<String> amountShown(Caller caller, TeamHierarchy hierarchy, LeaderboardPrivacy privacy,
                                          boolean everyDeal) {
        String viewer = caller.userKey();
        if (!everyDeal) {
            return viewer::equals;
        }
        if (caller.admin() || privacy.showToReps() && !privacy.hideAmountsFromReps()) {
            return person -> true;
        }
        return person -> person.equals(viewer) || hierarchy.managesPerson(viewer, person);
    }

    /**
     * Whose percent of target the viewer sees: everyone's, as on the leaderboards, unless they cannot browse some deal
     * project; then only their own, since a percent times the target (quotas are readable to managers) gives the
     * amount.
     */
    private static Predicate<String> percentShown(Caller caller, boolean everyDeal) {
        return everyDeal ? person -> true : caller.userKey()::equals;
    }

    public Competition create(CompetitionDraft draft) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = writer(caller);
        CompetitionTerms terms = checked(draft, Optional.empty());
        requireOversight(caller, hierarchy, terms);
        List<String> roster = roster(hierarchy, terms);
        return competitions.create(terms, roster, settings.defaultCurrency(), caller.userKey());
    }

    public Competition update(long id, CompetitionDraft draft) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = writer(caller);
        LocalDate today = settings.fiscalCalendar().today(clock);
        return competitions.update(id, existing -> {
            changeable(caller, hierarchy, existing, today);
            CompetitionTerms terms = checked(draft, Optional.of(existing.terms()));
            requireOversight(caller, hierarchy, terms);
            return new CompetitionRepository.Revision(terms, roster(hierarchy, terms));
        }).orElseThrow(() -> {
            // frozen or gone: only those who may change it learn that it is frozen
            Competition frozen = competitions.find(id).orElseThrow(() -> notFound(id));
            return caller.admin() || owns(caller, hierarchy, frozen)
                    ? ServiceException.conflict("salesteam.error.competition.finished", id)
                    : ServiceException.forbidden(FORBIDDEN);
        });
    }

    public void delete(long id) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = writer(caller);
        Competition existing = competitions.find(id).orElseThrow(() -> notFound(id));
        if (!caller.admin() && !owns(caller, hierarchy, existing)) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        if (!caller.admin() && (existing.frozenAt().isPresent()
                || existing.terms().state(settings.fiscalCalendar().today(clock)) == CompetitionState.FINISHED)) {
            // its winners are recorded history: only an admin removes them
            throw ServiceException.forbidden("salesteam.error.competition.finished.delete");
        }
        competitions.delete(id);
    }

    /**
     * Freezes the final standings and winners of every competition that has ended and is not frozen yet. Each is
     * frozen on its own, once: a competition that fails is reported and skipped, the others go on; a second run
     * finds nothing left to do. Runs as the system (the scheduler), with no caller.
     */
    public FreezeReport freezeEnded() {
        SettingsRepository.LeaderboardSettings read = settings.leaderboardSettings();
        LocalDate today = read.calendar().today(clock);
        List<Long> frozen = new ArrayList<>();
        List<FreezeReport.Failure> failures = new ArrayList<>();
        for (Competition competition : competitions.all()) {
            if (competition.frozenAt().isPresent() || competition.terms().state(today) != CompetitionState.FINISHED) {
                continue;
            }
            try {
                List<Standing> standings = liveStandings(competition, read.privacy().excluded(), read.calendar(),
                        Optional.empty()).now();
                if (competitions.freeze(competition.id(), standings, clock.instant())) {
                    frozen.add(competition.id());
                }
            } catch (RuntimeException e) {
                failures.add(new FreezeReport.Failure(competition.id(), String.valueOf(e.getMessage())));
            }
        }
        return new FreezeReport(frozen, failures);
    }

    /** The standings now, and through yesterday when movement was asked for and there is a yesterday to compare. */
    private record Live(List<Standing> now, Optional<List<Standing>> earlier, CompetitionScorer.Unranked unranked) {
    }

    /**
     * The standings from the roster's day rows over the window (the ledger's, or the KPI's logged values), and their
     * quotas if on target. With {@code today}, also the standings through yesterday, from the same rows: none on the
     * first day (nothing to compare with) nor for weighted pipeline (a snapshot of today).
     */
    private Live liveStandings(Competition competition, Set<String> excluded, FiscalCalendar calendar,
                               Optional<LocalDate> today) {
        CompetitionTerms terms = competition.terms();
        List<String> roster = competition.roster().stream().filter(key -> !excluded.contains(key)).toList();
        if (roster.isEmpty()) {
            return new Live(List.of(), Optional.empty(), new CompetitionScorer.Unranked(0, 0));
        }
        DateRange window = DateRange.ofDays(terms.start(), terms.end());
        Optional<DateRange> throughYesterday = today
                .filter(day -> day.isAfter(terms.start()) && terms.metric() != LeaderboardMetric.WEIGHTED_PIPELINE)
                .map(day -> new DateRange(terms.start(), day));
        List<DateRange> spans = Stream.concat(Stream.of(window), throughYesterday.stream()).toList();
        Map<DateRange, Map<String, BigDecimal>> values = new HashMap<>();
        if (terms.kpi().isPresent()) {
            values.putAll(kpis.sums(terms.kpi().get().key(), roster, spans));
        } else {
            ledger.spanSumsByOwner(roster, spans).forEach((span, byOwner) -> {
                Map<String, BigDecimal> own = new HashMap<>();
                byOwner.forEach((owner, sums) -> own.put(owner, value(terms.metric(), sums.totals(),
                        competition.currency())));
                values.put(span, own);
            });
        }
        Map<String, BigDecimal> targets = terms.scoring() == Scoring.PERCENT_OF_TARGET
                ? targets(competition, roster, calendar) : Map.of();
        Map<String, BigDecimal> inWindow = values.getOrDefault(window, Map.of());
        List<Standing> now = CompetitionScorer.rank(terms, roster, inWindow, targets);
        return new Live(now, throughYesterday.map(span -> CompetitionScorer.rank(terms, roster,
                values.getOrDefault(span, Map.of()), targets)),
                CompetitionScorer.unranked(terms, roster, inWindow, targets));
    }

    /**
     * Each person's target over the window from their quotas of the metric (a KPI's quotas for a KPI, in the KPI's
     * values), prorated by {@link TargetProration}: a partial month counts its quota times the days of the month in
     * the window over the days of the month (or of the quarter or year whose quota covers it).
     */
    private Map<String, BigDecimal> targets(Competition competition, List<String> roster, FiscalCalendar calendar) {
        CompetitionTerms terms = competition.terms();
        QuotaMeasure measure = terms.kpi().<QuotaMeasure>map(kpi -> new QuotaMeasure.Kpi(kpi.key()))
                .orElse(terms.metric() == LeaderboardMetric.DEALS_WON ? QuotaMetric.DEALS_WON : QuotaMetric.REVENUE_WON);
        Map<String, Map<String, Long>> byRep = new HashMap<>();
        for (Quota quota : quotas.find(roster.stream().map(QuotaSubject.Rep::new).toList(),
                TargetProration.periodKeys(terms.start(), terms.end(), calendar), measure)) {
            // a money quota counts only in the competition's currency: no rates are applied
            if (quota.amount().isEmpty() || quota.amount().get().currency().equals(competition.currency())) {
                byRep.computeIfAbsent(quota.subject().key(), key -> new HashMap<>()).put(quota.periodKey(), quota.units());
            }
        }
        Map<String, BigDecimal> targets = new HashMap<>();
        // a KPI quota is in hundredths, as the KPI's stored values: the target is in the KPI's values
        byRep.forEach((rep, units) -> TargetProration.target(terms.start(), terms.end(), calendar, units)
                .ifPresent(target -> targets.put(rep, terms.kpi().isPresent() ? target.movePointLeft(2) : target)));
        return targets;
    }

    /** Money metrics in the competition's currency (minor units); deals won in any currency. */
    private static BigDecimal value(LeaderboardMetric metric, Map<Currency, ForecastTotals> totals, Currency currency) {
        ForecastTotals own = totals.getOrDefault(currency, ForecastTotals.zero(currency));
        return switch (metric) {
            case DEALS_WON -> BigDecimal.valueOf(totals.values().stream().mapToLong(ForecastTotals::wonCount).sum());
            case WEIGHTED_PIPELINE -> BigDecimal.valueOf(own.weightedMinor());
            default -> BigDecimal.valueOf(own.wonMinor());
        };
    }

    private static boolean sees(Caller caller, TeamHierarchy hierarchy, Competition competition) {
        return oversees(caller, hierarchy, competition) || competition.roster().contains(caller.userKey());
    }

    /** Admins, the creator and managers of one of its teams (or a team above one): they see it, not every amount. */
    private static boolean oversees(Caller caller, TeamHierarchy hierarchy, Competition competition) {
        return caller.admin() || competition.createdBy().equals(caller.userKey())
                || competition.terms().teamIds().stream().anyMatch(team -> hierarchy.manages(caller.userKey(), team));
    }

    /** Offered as editable only when {@link #changeable} would let the change through: never a link to a refusal. */
    private static boolean editable(Caller caller, TeamHierarchy hierarchy, Competition competition,
                                    CompetitionState state) {
        return state != CompetitionState.FINISHED && (caller.admin() || owns(caller, hierarchy, competition));
    }

    /** The creator, or a manager of every one of its teams and people. */
    private static boolean owns(Caller caller, TeamHierarchy hierarchy, Competition competition) {
        return competition.createdBy().equals(caller.userKey()) || managesAll(caller, hierarchy, competition.terms());
    }

    private static boolean managesAll(Caller caller, TeamHierarchy hierarchy, CompetitionTerms terms) {
        return terms.teamIds().stream().allMatch(team -> hierarchy.manages(caller.userKey(), team))
                && terms.people().stream().allMatch(person -> person.equals(caller.userKey())
                || hierarchy.managesPerson(caller.userKey(), person));
    }

    /** Admins and team managers write; anyone else is refused before their input is looked at. */
    private TeamHierarchy writer(Caller caller) {
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        if (!caller.admin() && !hierarchy.managesAny(caller.userKey())) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        return hierarchy;
    }

    private static void changeable(Caller caller, TeamHierarchy hierarchy, Competition existing, LocalDate today) {
        if (!caller.admin() && !owns(caller, hierarchy, existing)) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        if (existing.terms().state(today) == CompetitionState.FINISHED) {
            throw ServiceException.conflict("salesteam.error.competition.finished", existing.id());
        }
    }

    private static void requireOversight(Caller caller, TeamHierarchy hierarchy, CompetitionTerms terms) {
        if (!caller.admin() && !managesAll(caller, hierarchy, terms)) {
            throw ServiceException.forbidden("salesteam.error.competition.participants.forbidden");
        }
    }

    /** The KPI definitions are read only for a draft on a KPI. */
    /** @param saved the terms an edit changes: a metric left as saved needs no KPI definitions */
    private CompetitionTerms checked(CompetitionDraft draft, Optional<CompetitionTerms> saved) {
        Map<String, KpiDefinition> known = new HashMap<>();
        if (CompetitionRules.onKpi(draft) && saved.filter(terms -> CompetitionRules.sameMetric(draft, terms)).isEmpty()) {
            kpis.definitions().forEach(kpi -> known.put(kpi.key(), kpi));
        }
        CompetitionRules.Checked checked = CompetitionRules.check(draft, known, saved);
        if (!checked.problems().isEmpty()) {
            throw ServiceException.invalid(checked.problems().stream().map(CompetitionService::fieldError).toList());
        }
        return checked.terms().orElseThrow();
    }

    private static FieldError fieldError(CompetitionProblem problem) {
        return new FieldError(problem.field(), problem.messageKey(), problem.arguments());
    }

    /** Its teams' members (with the teams below them) and its people; unknown teams and people are named. */
    private List<String> roster(TeamHierarchy hierarchy, CompetitionTerms terms) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> roster = new LinkedHashSet<>();
        for (int i = 0; i < terms.teamIds().size(); i++) {
            long team = terms.teamIds().get(i);
            if (hierarchy.team(team).isEmpty()) {
                errors.add(FieldError.of("teams[" + i + "]", "salesteam.error.competition.team", team));
            } else {
                roster.addAll(hierarchy.rollUpMembers(team));
            }
        }
        for (int i = 0; i < terms.people().size(); i++) {
            String person = terms.people().get(i);
            if (users.byKey(person).isEmpty()) {
                errors.add(FieldError.of("people[" + i + "]", "salesteam.error.competition.person.unknown", person));
            } else {
                roster.add(person);
            }
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        return List.copyOf(roster);
    }

    private String name(String userKey) {
        return users.byKey(userKey).map(Person::displayName).orElse(userKey);
    }

    private static Optional<CompetitionState> state(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        for (CompetitionState state : CompetitionState.values()) {
            if (state.key().equals(key.strip())) {
                return Optional.of(state);
            }
        }
        throw ServiceException.invalid(FieldError.of("state", "salesteam.error.competition.state", key));
    }

    private static ServiceException notFound(long id) {
        return ServiceException.notFound("salesteam.error.competition.notfound", id);
    }
}
