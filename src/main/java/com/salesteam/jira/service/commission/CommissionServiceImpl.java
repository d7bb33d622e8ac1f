package com.salesteam.jira.service.commission;

import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.commission.CommissionCalculator;
import com.salesteam.jira.model.commission.CommissionPlan;
import com.salesteam.jira.model.commission.Credit;
import com.salesteam.jira.model.commission.CurvePoint;
import com.salesteam.jira.model.commission.PaidCredit;
import com.salesteam.jira.model.commission.PlanHeading;
import com.salesteam.jira.model.commission.TierBasis;
import com.salesteam.jira.model.commission.PlanKind;
import com.salesteam.jira.model.commission.PlanProblem;
import com.salesteam.jira.model.commission.Statement;
import com.salesteam.jira.model.commission.StatementLine;
import com.salesteam.jira.model.commission.Tier;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.model.quota.QuotaSubject;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.BrowsableDealKeys;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.RequestedPeriod;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.CommissionRepository;
import com.salesteam.jira.store.CommissionRepository.Assignment;
import com.salesteam.jira.store.CommissionRepository.FrozenLine;
import com.salesteam.jira.store.CommissionRepository.FrozenSummary;
import com.salesteam.jira.store.CommissionRepository.StoredPlan;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Plans, assignments and statements. A statement costs five statements at most whatever the number of deals: the
 * teams (one), the calendar, the rep's deals of the period with any reversal (one read) and, for a pay curve, the
 * rep's quota; plans, assignments and frozen lines come from {@link CommissionCache}. The deals' issue keys are read
 * from Jira in one batch for the viewer ({@link BrowsableDealKeys}).
 *
 * <p>Clawbacks: closing a period freezes each rep's lines. A deal credited in a closed period and now no longer won
 * there (reopened, lost, deleted, or won again on a date outside that period, by the payee or by someone else) is
 * clawed back in the statement of every open period of the payee until one of them is closed, which freezes the
 * clawback where it landed. A paid deal still won in its period keeps its credit even if its amount changed since.
 */
public class CommissionServiceImpl implements CommissionService {

    private static final String ADMIN_ONLY = "salesteam.error.commission.admin";
    private static final String FORBIDDEN = "salesteam.error.commission.forbidden";
    private static final String ERROR = "salesteam.error.commission.";
    /** Reps whose statements are worked out from one read of deals when a period is closed. */
    private static final int CLOSE_BATCH = 500;
    /** The plan id of a frozen clawback-only statement: AO ids start at 1. */
    private static final long CLAWBACKS_ONLY = 0;
    private static final CommissionRepository.Frozen NOTHING_FROZEN = new CommissionRepository.Frozen(List.of(), List.of());
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

    private final CommissionRepository repository;
    private final DealLedger ledger;
    private final QuotaRepository quotas;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final AccessGuard access;
    private final CommissionCache cache;
    private final CommissionCloseLock closeLock;
    private final Clock clock;
    private final DealAmountAccess amounts;
    private final BrowsableDealKeys dealKeys;

    public CommissionServiceImpl(CommissionRepository repository, DealLedger ledger, QuotaRepository quotas,
                                 TeamRepository teams, SettingsRepository settings, UserDirectory users,
                                 CurrentUser currentUser, CommissionCache cache, CommissionCloseLock closeLock,
                                 Clock clock, DealAmountAccess amounts, BrowsableDealKeys dealKeys) {
        this.amounts = amounts;
        this.dealKeys = dealKeys;
        this.repository = repository;
        this.ledger = ledger;
        this.quotas = quotas;
        this.teams = teams;
        this.settings = settings;
        this.users = users;
        this.access = new AccessGuard(currentUser);
        this.cache = cache;
        this.closeLock = closeLock;
        this.clock = clock;
    }

    @Override
    public List<StoredPlan> plans() {
        access.requireAdmin(ADMIN_ONLY);
        return cache.setup().plans();
    }

    @Override
    public StoredPlan create(PlanDraft draft) {
        access.requireAdmin(ADMIN_ONLY);
        StoredPlan created = repository.create(parse(draft));
        cache.forgetAll();
        return created;
    }

    @Override
    public StoredPlan update(long id, PlanDraft draft) {
        access.requireAdmin(ADMIN_ONLY);
        CommissionPlan plan = parse(draft);
        StoredPlan updated = repository.update(id, plan)
                .orElseThrow(() -> ServiceException.notFound(ERROR + "plan.notfound", id));
        cache.forgetAll();
        return updated;
    }

    @Override
    public List<Assignment> assignments(String periodKey) {
        access.requireAdmin(ADMIN_ONLY);
        Period period = RequestedPeriod.resolve(settings.fiscalCalendar(), periodKey, clock);
        return cache.setup().assignments().stream().filter(a -> a.periodKey().equals(period.key())).toList();
    }

    @Override
    public Assignment assign(long planId, String subjectType, String subjectKey, String periodKey) {
        access.requireAdmin(ADMIN_ONLY);
        CommissionSetup setup = cache.setup();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        List<FieldError> errors = new ArrayList<>();
        if (setup.plan(planId).isEmpty()) {
            errors.add(FieldError.of("planId", ERROR + "plan.unknown", planId));
        }
        String typed = subjectKey.strip();
        String key = typed;
        switch (subjectType.strip()) {
            case "rep" -> {
                // admins type usernames; Jira's user keys (JIRAUSER10100) differ from them, so both are accepted
                Optional<Person> rep = users.byKey(typed).or(() -> users.byUsername(typed));
                if (rep.isEmpty()) {
                    errors.add(FieldError.of("subjectKey", ERROR + "rep.unknown", subjectKey));
                } else {
                    key = rep.get().key();
                }
            }
            case "team" -> {
                if (!key.matches("\\d{1,18}") || hierarchy.team(Long.parseLong(key)).isEmpty()) {
                    errors.add(FieldError.of("subjectKey", ERROR + "team.unknown", subjectKey));
                }
            }
            default -> errors.add(FieldError.of("subjectType", ERROR + "subject.type", subjectType));
        }
        Optional<Period> period = Optional.empty();
        if (periodKey.isBlank()) {
            errors.add(FieldError.of("period", ERROR + "period.required"));
        } else {
            period = Period.parse(periodKey.strip(), settings.fiscalCalendar());
            if (period.isEmpty()) {
                errors.add(FieldError.of("period", "salesteam.error.period.key.malformed", periodKey));
            } else if (setup.closedPeriods().contains(period.get().key())) {
                errors.add(FieldError.of("period", ERROR + "period.closed", period.get().key()));
            }
        }
        if (errors.isEmpty()) {
            overlap(setup, hierarchy, subjectType.strip(), key, period.orElseThrow()).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        Assignment made = repository.assign(planId, subjectType.strip(), key, period.orElseThrow().key());
        cache.forgetAll();
        return made;
    }

    /**
     * A refusal naming the assignment of another, overlapping period (a quarter and a month inside it, a year, a
     * week) that reaches a rep this one would reach too: both statements would credit the deals they share.
     */
    private Optional<FieldError> overlap(CommissionSetup setup, TeamHierarchy hierarchy, String subjectType,
                                         String subjectKey, Period period) {
        Set<String> reps = CommissionSetup.reached(new Assignment(0, 0, subjectType, subjectKey, period.key()), hierarchy);
        return setup.overlapFor(reps, period, hierarchy).map(other -> FieldError.of("period", ERROR + "period.overlap",
                period.key(), other.periodKey(), setup.plan(other.planId()).map(p -> p.plan().name()).orElse(""),
                subjectName(other, hierarchy)));
    }

    private String subjectName(Assignment assignment, TeamHierarchy hierarchy) {
        if ("rep".equals(assignment.subjectType())) {
            return users.byKey(assignment.subjectKey()).map(Person::displayName).orElse(assignment.subjectKey());
        }
        return hierarchy.team(Long.parseLong(assignment.subjectKey())).map(Team::name).orElse(assignment.subjectKey());
    }

    @Override
    public void unassign(long id) {
        access.requireAdmin(ADMIN_ONLY);
        if (!repository.unassign(id)) {
            throw ServiceException.notFound(ERROR + "assignment.notfound", id);
        }
        cache.forgetAll();
    }

    @Override
    public RepStatement statement(String repKey, String periodKey) {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        if (!caller.admin() && !caller.userKey().equals(repKey) && !hierarchy.managesPerson(caller.userKey(), repKey)) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        FiscalCalendar calendar = settings.fiscalCalendar();
        Period period = RequestedPeriod.resolve(calendar, periodKey, clock);
        RepStatement statement = statement(repKey, period, calendar, hierarchy, cache.setup(), cache.frozen(repKey));
        // every line's deal named in one batch, for this viewer
        Set<Long> deals = statement.dealIds();
        if (deals.isEmpty()) {
            return statement;
        }
        Map<Long, String> keys = dealKeys.keysFor(caller.userKey(), deals);
        if (!caller.userKey().equals(repKey)) {
            // the payee always reads what they are paid; anyone else only if they may see each deal it is made of
            amounts.requireListedDeals(caller, deals, keys.keySet());
        }
        return statement.withDealKeys(keys);
    }

    private RepStatement statement(String repKey, Period period, FiscalCalendar calendar, TeamHierarchy hierarchy,
                                   CommissionSetup setup, CommissionRepository.Frozen frozen) {
        String name = users.byKey(repKey).map(Person::displayName).orElse(repKey);
        if (setup.closedPeriods().contains(period.key())) {
            return frozenStatement(repKey, name, period, setup, frozen);
        }
        Optional<CommissionPlan> plan = setup.planOf(repKey, period, hierarchy).map(StoredPlan::plan);
        Map<Long, PaidCredit> paid = paidCredits(frozen, setup.closedPeriods());
        if (plan.isEmpty() && paid.isEmpty()) {
            return new RepStatement(repKey, name, period.key(), false, Optional.empty(), 0, Map.of());
        }
        // without a plan the rep's deals are still read: a deal paid earlier and since reversed is given back
        List<DealLedger.OwnedDeal> deals = ledger.commissionDeals(List.of(repKey), period.start(), period.end(),
                paid.keySet(), earliestPaid(paid.values(), calendar));
        Optional<Money> quota = Optional.empty();
        if (plan.filter(CommissionPlan::readsQuota).isPresent()) {
            quota = quotas.find(List.of(new QuotaSubject.Rep(repKey)), period.key(), QuotaMetric.REVENUE_WON).stream()
                    .findFirst().flatMap(Quota::amount);
        }
        Live live = live(repKey, period, calendar, plan, paid, deals, quota, credits -> paidUnder(credits, frozen, setup));
        return new RepStatement(repKey, name, period.key(), false, live.statement(), live.otherCurrency(), Map.of(),
                live.clawbacks());
    }

    /**
     * A statement worked out now (empty without a plan), the clawback-only statements of currencies the plan does not
     * pay in, and how many of the rep's won deals were in another currency than the plan's.
     */
    private record Live(Optional<Statement> statement, List<Statement> clawbacks, int otherCurrency) {
    }

    /**
     * The rep's statement from their deals: {@code deals} may hold other reps' deals too (a batch read), so a credit
     * needs the rep as owner, and only deals paid to the rep can be clawed back from them. A clawback keeps the
     * currency it was paid in: those the plan does not pay in (all, without a plan) go to a statement of their own.
     */
    private static Live live(String repKey, Period period, FiscalCalendar calendar, Optional<CommissionPlan> plan,
                             Map<Long, PaidCredit> paid, Collection<DealLedger.OwnedDeal> deals, Optional<Money> quota,
                             Function<List<PaidCredit>, PlanHeading> paidUnder) {
        List<Credit> credits = new ArrayList<>();
        List<PaidCredit> reversed = new ArrayList<>();
        int otherCurrency = 0;
        for (DealLedger.OwnedDeal deal : deals) {
            boolean wonHere = !deal.deleted() && deal.outcome() == DealOutcome.WON
                    && deal.ownerKey().filter(repKey::equals).isPresent() && deal.closedOn().filter(period::contains).isPresent();
            PaidCredit earlier = paid.get(deal.issueId());
            boolean paidElsewhere = false;
            if (earlier != null && !earlier.periodKey().equals(period.key())) {
                if (stillWonIn(deal, earlier.periodKey(), calendar)) {
                    // paid in a closed period this one overlaps (a rep who joined a team later): paid once only
                    paidElsewhere = true;
                } else {
                    reversed.add(earlier);
                }
            }
            if (wonHere && !paidElsewhere && plan.isPresent()) {
                if (deal.amount().currency().equals(plan.get().currency())) {
                    credits.add(new Credit(deal.issueId(), deal.closedOn().orElseThrow(), deal.amount()));
                } else {
                    otherCurrency++;
                }
            }
        }
        Optional<Currency> planCurrency = plan.map(CommissionPlan::currency);
        Map<String, List<PaidCredit>> elsewhere = new TreeMap<>();
        List<PaidCredit> ownCurrency = new ArrayList<>();
        for (PaidCredit credit : reversed) {
            Currency currency = credit.commission().currency();
            if (planCurrency.filter(currency::equals).isPresent()) {
                ownCurrency.add(credit);
            } else {
                elsewhere.computeIfAbsent(currency.getCurrencyCode(), code -> new ArrayList<>()).add(credit);
            }
        }
        List<Statement> clawbacks = elsewhere.values().stream()
                .map(list -> CommissionCalculator.clawbacks(paidUnder.apply(list), period.key(), list)).toList();
        return new Live(plan.map(p -> CommissionCalculator.statement(p, period.key(), credits, quota, ownCurrency)),
                clawbacks, otherCurrency);
    }

    /**
     * The heading of the plan that paid the latest of these credits (all of one currency), as its closed period
     * froze it: what a clawback-only statement names.
     */
    private static PlanHeading paidUnder(List<PaidCredit> credits, CommissionRepository.Frozen frozen,
                                         CommissionSetup setup) {
        Currency currency = credits.get(0).commission().currency();
        String latest = credits.stream().map(PaidCredit::periodKey).max(String::compareTo).orElseThrow();
        List<FrozenSummary> inCurrency = frozen.summaries().stream()
                .filter(summary -> summary.credited().currency().equals(currency)).toList();
        return inCurrency.stream().filter(summary -> summary.periodKey().equals(latest)).findFirst()
                .or(() -> inCurrency.stream().findFirst())
                .flatMap(summary -> headingOf(summary, setup))
                .orElseThrow(() -> new IllegalStateException("no frozen plan of " + currency + " for " + latest));
    }

    /**
     * The plan as it was headed when the period closed; summaries frozen before headings were kept take the plan's
     * name and kind now but the currency the amounts were frozen in, which the plan may since have changed, and amount
     * bands, the only ones there were then.
     */
    private static Optional<PlanHeading> headingOf(FrozenSummary summary, CommissionSetup setup) {
        return summary.heading().or(() -> setup.plan(summary.planId()).map(stored -> new PlanHeading(
                stored.plan().name(), stored.plan().kind(), summary.credited().currency())));
    }

    /** Start of the earliest period a still-paid credit was paid in: paid deals unchanged since then need no look. */
    private static Optional<Long> earliestPaid(Collection<PaidCredit> paid, FiscalCalendar calendar) {
        return paid.stream()
                .map(credit -> Period.parse(credit.periodKey(), calendar).map(p -> p.startInstant().toEpochMilli()))
                .flatMap(Optional::stream).min(Long::compare);
    }

    private static boolean stillWonIn(DealLedger.OwnedDeal deal, String paidPeriodKey, FiscalCalendar calendar) {
        Optional<Period> paidIn = Period.parse(paidPeriodKey, calendar);
        return !deal.deleted() && deal.outcome() == DealOutcome.WON && paidIn.isPresent()
                && deal.closedOn().filter(paidIn.get()::contains).isPresent();
    }

    /** Credits frozen in closed periods that no frozen clawback has given back yet, by deal. */
    private static Map<Long, PaidCredit> paidCredits(CommissionRepository.Frozen frozen, Set<String> closed) {
        Map<Long, PaidCredit> paid = new HashMap<>();
        for (FrozenLine line : frozen.lines()) {
            if (closed.contains(line.periodKey()) && line.line().kind() == StatementLine.Kind.CREDIT) {
                paid.put(line.line().dealId(), new PaidCredit(line.line().dealId(), line.periodKey(),
                        line.line().credit(), line.line().commission()));
            }
        }
        for (FrozenLine line : frozen.lines()) {
            if (line.line().kind() == StatementLine.Kind.CLAWBACK) {
                PaidCredit credit = paid.get(line.line().dealId());
                if (credit != null && line.line().paidPeriod().filter(credit.periodKey()::equals).isPresent()) {
                    paid.remove(line.line().dealId());
                }
            }
        }
        return paid;
    }

    private static RepStatement frozenStatement(String repKey, String name, Period period, CommissionSetup setup,
                                                CommissionRepository.Frozen frozen) {
        List<FrozenSummary> summaries = frozen.summaries().stream()
                .filter(s -> s.periodKey().equals(period.key())).toList();
        List<StatementLine> lines = frozen.lines().stream().filter(l -> l.periodKey().equals(period.key()))
                .map(FrozenLine::line).toList();
        Optional<Statement> planned = Optional.empty();
        List<Statement> clawbacks = new ArrayList<>();
        for (FrozenSummary summary : summaries) {
            Optional<PlanHeading> plan = headingOf(summary, setup);
            if (plan.isEmpty()) {
                continue;
            }
            // a period's statements are one per currency: the plan's, and clawback-only ones for other currencies
            Currency currency = summary.credited().currency();
            List<StatementLine> own = lines.stream().filter(line -> line.credit().currency().equals(currency)).toList();
            Money clawedBack = Money.zero(currency);
            for (StatementLine line : own) {
                if (line.kind() == StatementLine.Kind.CLAWBACK) {
                    clawedBack = clawedBack.plus(line.commission());
                }
            }
            Money earned = summary.earned();
            Statement statement = new Statement(period.key(), plan.get(), own, summary.credited(), earned, clawedBack,
                    earned.plus(clawedBack), summary.attainment(), summary.payout(), summary.targetIncentive());
            if (summary.planId() == CLAWBACKS_ONLY) {
                clawbacks.add(statement);
            } else {
                planned = Optional.of(statement);
            }
        }
        clawbacks.sort(java.util.Comparator.comparing(s -> s.plan().currency().getCurrencyCode()));
        return new RepStatement(repKey, name, period.key(), true, planned, 0, Map.of(), clawbacks);
    }

    @Override
    public int close(String periodKey) {
        Caller caller = access.requireAdmin(ADMIN_ONLY);
        if (periodKey.isBlank()) {
            throw ServiceException.invalid(FieldError.of("period", ERROR + "period.required"));
        }
        // the check that the period is open and the freeze are one step for the whole cluster
        return closeLock.exclusively(() -> closeExclusively(periodKey, caller));
    }

    private int closeExclusively(String periodKey, Caller caller) {
        FiscalCalendar calendar = settings.fiscalCalendar();
        Period period = RequestedPeriod.resolve(calendar, periodKey, clock);
        if (clock.instant().isBefore(period.endInstant())) {
            // deals won later in a running period would be credited nowhere once it is frozen, and nothing reopens it
            throw ServiceException.invalid(FieldError.of("period", ERROR + "period.running", period.key()));
        }
        cache.forgetAll(); // the closed periods as stored now, not as cached before the lock was taken
        CommissionSetup setup = cache.setup();
        if (setup.closedPeriods().contains(period.key())) {
            throw ServiceException.invalid(FieldError.of("period", ERROR + "period.closed", period.key()));
        }
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        Set<String> reps = new LinkedHashSet<>();
        for (Assignment assignment : setup.assignments()) {
            if (!assignment.periodKey().equals(period.key())) {
                continue;
            }
            if ("rep".equals(assignment.subjectType())) {
                reps.add(assignment.subjectKey());
            } else {
                reps.addAll(hierarchy.rollUpMembers(Long.parseLong(assignment.subjectKey())));
            }
        }
        // reps paid in a closed period may owe a clawback now, with or without a plan in this one
        reps.addAll(repository.paidReps());
        List<FrozenLine> lines = new ArrayList<>();
        List<FrozenSummary> summaries = new ArrayList<>();
        List<String> all = new ArrayList<>(reps);
        for (int from = 0; from < all.size(); from += CLOSE_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + CLOSE_BATCH));
            freeze(batch, period, calendar, hierarchy, setup, lines, summaries);
        }
        if (!repository.close(period.key(), caller.userKey(), clock.instant(), lines, summaries)) {
            throw ServiceException.invalid(FieldError.of("period", ERROR + "period.closed", period.key()));
        }
        cache.forgetAll();
        return summaries.size();
    }

    /**
     * Works out the statements of a batch of reps in three reads whatever the batch size: their frozen lines, their
     * deals (won in the period, or paid earlier and changed since), and the quotas of those on a pay curve.
     */
    private void freeze(List<String> batch, Period period, FiscalCalendar calendar, TeamHierarchy hierarchy,
                        CommissionSetup setup, List<FrozenLine> lines, List<FrozenSummary> summaries) {
        Map<String, CommissionRepository.Frozen> frozen = repository.frozen(batch);
        Map<String, StoredPlan> plans = setup.plansOf(batch, period, hierarchy);
        Map<String, Map<Long, PaidCredit>> paid = new HashMap<>();
        Set<Long> paidIds = new LinkedHashSet<>();
        List<PaidCredit> allPaid = new ArrayList<>();
        for (String rep : batch) {
            Map<Long, PaidCredit> repPaid = paidCredits(frozen.getOrDefault(rep, NOTHING_FROZEN), setup.closedPeriods());
            paid.put(rep, repPaid);
            paidIds.addAll(repPaid.keySet());
            allPaid.addAll(repPaid.values());
        }
        List<String> due = batch.stream().filter(rep -> plans.containsKey(rep) || !paid.get(rep).isEmpty()).toList();
        Map<String, List<DealLedger.OwnedDeal>> owned = new HashMap<>();
        Map<Long, DealLedger.OwnedDeal> byIssue = new HashMap<>();
        for (DealLedger.OwnedDeal deal : ledger.commissionDeals(due, period.start(), period.end(), paidIds,
                earliestPaid(allPaid, calendar))) {
            deal.ownerKey().ifPresent(owner -> owned.computeIfAbsent(owner, rep -> new ArrayList<>()).add(deal));
            byIssue.put(deal.issueId(), deal);
        }
        Map<String, Money> quotaOf = new HashMap<>();
        List<QuotaSubject> onCurve = due.stream().filter(plans::containsKey)
                .filter(rep -> plans.get(rep).plan().readsQuota())
                .<QuotaSubject>map(QuotaSubject.Rep::new).toList();
        if (!onCurve.isEmpty()) {
            for (Quota quota : quotas.find(onCurve, period.key(), QuotaMetric.REVENUE_WON)) {
                quota.amount().ifPresent(amount -> quotaOf.put(quota.subject().key(), amount));
            }
        }
        for (String rep : due) {
            Map<Long, DealLedger.OwnedDeal> deals = new HashMap<>();
            owned.getOrDefault(rep, List.of()).forEach(deal -> deals.put(deal.issueId(), deal));
            for (Long issue : paid.get(rep).keySet()) {
                DealLedger.OwnedDeal deal = byIssue.get(issue);
                if (deal != null) {
                    deals.put(issue, deal);
                }
            }
            Optional<StoredPlan> plan = Optional.ofNullable(plans.get(rep));
            CommissionRepository.Frozen repFrozen = frozen.getOrDefault(rep, NOTHING_FROZEN);
            Live live = live(rep, period, calendar, plan.map(StoredPlan::plan), paid.get(rep), deals.values(),
                    Optional.ofNullable(quotaOf.get(rep)), credits -> paidUnder(credits, repFrozen, setup));
            live.statement().ifPresent(statement -> freezeOne(rep, period, plan.orElseThrow().id(), statement,
                    lines, summaries));
            for (Statement clawbacks : live.clawbacks()) {
                freezeOne(rep, period, CLAWBACKS_ONLY, clawbacks, lines, summaries);
            }
        }
    }

    private static void freezeOne(String rep, Period period, long planId, Statement statement, List<FrozenLine> lines,
                                  List<FrozenSummary> summaries) {
        for (StatementLine line : statement.lines()) {
            lines.add(new FrozenLine(rep, period.key(), lines.size(), line));
        }
        summaries.add(new FrozenSummary(rep, period.key(), planId, Optional.of(statement.plan()),
                statement.credited(), statement.earned(), statement.attainment(), statement.payout(),
                statement.targetIncentive()));
    }

    // --- reading a typed plan: every bad value named by its field, nothing stored unless all are good ---

    private CommissionPlan parse(PlanDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Optional<PlanKind> kind = PlanKind.fromKey(draft.kind().strip());
        if (kind.isEmpty()) {
            errors.add(FieldError.of("kind", ERROR + "kind", draft.kind()));
        }
        Optional<Currency> currency = currency(draft.currency(), errors);
        // no basis (older clients) keeps the money bands tiers always had
        Optional<TierBasis> basis = draft.tierBasis().isBlank() ? Optional.of(TierBasis.AMOUNT)
                : TierBasis.fromKey(draft.tierBasis().strip());
        if (basis.isEmpty()) {
            errors.add(FieldError.of("tierBasis", ERROR + "basis", draft.tierBasis()));
        }
        CommissionPlan plan = null;
        if (kind.isPresent() && currency.isPresent()) {
            if (kind.get() == PlanKind.PAY_CURVE) {
                Optional<Money> target = Optional.empty();
                Optional<BigDecimal> amount = decimal(draft.targetIncentive(), "targetIncentive", errors);
                if (amount.isPresent()) {
                    try {
                        target = Optional.of(Money.of(amount.get(), currency.get()));
                    } catch (IllegalArgumentException | ArithmeticException e) {
                        errors.add(FieldError.of("targetIncentive", ERROR + "target", draft.targetIncentive()));
                    }
                }
                BigDecimal threshold = decimal(draft.threshold(), "threshold", errors).orElse(BigDecimal.ZERO);
                BigDecimal accelerator = decimal(orZero(draft.accelerator()), "accelerator", errors).orElse(BigDecimal.ZERO);
                Optional<BigDecimal> cap = draft.cap().isBlank() ? Optional.empty() : decimal(draft.cap(), "cap", errors);
                List<CurvePoint> points = new ArrayList<>();
                for (int i = 0; i < draft.points().size(); i++) {
                    PlanDraft.PointDraft point = draft.points().get(i);
                    Optional<BigDecimal> at = decimal(point.attainment(), "points[" + i + "].attainment", errors);
                    Optional<BigDecimal> pays = decimal(point.payout(), "points[" + i + "].payout", errors);
                    if (at.isPresent() && pays.isPresent()) {
                        points.add(new CurvePoint(at.get(), pays.get()));
                    }
                }
                plan = new CommissionPlan(draft.name().strip(), currency.get(), kind.get(), List.of(), TierBasis.AMOUNT,
                        target, threshold, points, accelerator, cap);
            } else {
                List<Tier> tiers = new ArrayList<>();
                for (int i = 0; i < draft.tiers().size(); i++) {
                    PlanDraft.TierDraft tier = draft.tiers().get(i);
                    Optional<BigDecimal> from = decimal(tier.from(), "tiers[" + i + "].from", errors);
                    Optional<BigDecimal> to = tier.to().isBlank() ? Optional.empty()
                            : decimal(tier.to(), "tiers[" + i + "].to", errors);
                    Optional<BigDecimal> rate = decimal(tier.rate(), "tiers[" + i + "].rate", errors);
                    if (from.isPresent() && rate.isPresent() && (tier.to().isBlank() || to.isPresent())) {
                        tiers.add(new Tier(from.get(), to, rate.get()));
                    }
                }
                plan = CommissionPlan.tiered(draft.name().strip(), currency.get(), kind.get(),
                        basis.orElse(TierBasis.AMOUNT), tiers);
            }
        }
        if (plan != null && errors.isEmpty()) {
            for (PlanProblem problem : plan.problems()) {
                errors.add(new FieldError(problem.field(), ERROR + problem.code(), problem.arguments()));
            }
        } else if (draft.name().isBlank()) {
            errors.add(FieldError.of("name", ERROR + "name", CommissionPlan.MAX_NAME));
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        return plan;
    }

    private static String orZero(String text) {
        return text.isBlank() ? "0" : text;
    }

    private static Optional<Currency> currency(String code, List<FieldError> errors) {
        try {
            Currency currency = Currency.getInstance(code.strip());
            if (currency.getDefaultFractionDigits() >= 0) {
                return Optional.of(currency);
            }
        } catch (IllegalArgumentException e) {
            // not an ISO code: reported below
        }
        errors.add(FieldError.of("currency", ERROR + "currency", code));
        return Optional.empty();
    }

    private static Optional<BigDecimal> decimal(String text, String field, List<FieldError> errors) {
        String stripped = text.strip();
        if (!DECIMAL.matcher(stripped).matches()) {
            errors.add(FieldError.of(field, ERROR + "number", text));
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(stripped));
    }
}
