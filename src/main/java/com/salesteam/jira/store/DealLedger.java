package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.NewPipeline;
import com.salesteam.jira.model.PeriodType;
import net.java.ao.Query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The deal ledger, its per-rep monthly sums, its per-rep fiscal period sums and its per-rep day sums, changed
 * together in one transaction (the period keys follow {@code calendar}, the stored fiscal calendar). Recording the same facts
 * twice changes nothing, and facts older than what is stored are ignored, so events may repeat or arrive late.
 */
public class DealLedger {

    /** Oracle refuses IN lists over 1,000 values. */
    static final int IN_CHUNK = 1000;

    public enum Change { CREATED, UPDATED, UNCHANGED, STALE, DELETED }

    private final ActiveObjects ao;

    public DealLedger(ActiveObjects ao) {
        this.ao = ao;
    }

    public Change record(DealFacts facts, FiscalCalendar calendar) {
        return record(facts.issueId(), calendar, previous -> facts);
    }

    /**
     * Records the facts {@code change} derives from the deal's current facts (empty for a new or deleted deal),
     * reading the deal's row once.
     */
    public Change record(long issueId, FiscalCalendar calendar, Function<Optional<DealFacts>, DealFacts> change) {
        return ao.executeInTransaction(() -> {
            DealEntity row = row(issueId).orElse(null);
            Optional<DealFacts> old = row == null || row.isDeleted() ? Optional.empty() : Optional.of(toFacts(row));
            DealFacts facts = change.apply(old);
            if (row != null && row.getVersion() > facts.version()) {
                return Change.STALE;
            }
            if (old.isPresent() && old.get().sameFactsAs(facts)) {
                // the newer observation still counts: a late older event must not win afterwards
                if (facts.version() > row.getVersion()) {
                    row.setVersion(facts.version());
                    row.save();
                }
                return Change.UNCHANGED;
            }
            appendMonthDeltas(old, Optional.of(facts), calendar);
            if (row == null) {
                row = ao.create(DealEntity.class, Map.<String, Object>of("ISSUE_ID", facts.issueId(),
                        "CURRENCY", facts.amount().currency().getCurrencyCode(), "OUTCOME", facts.outcome().name(),
                        "CATEGORY", facts.category().name()));
            }
            write(row, facts);
            return old.isPresent() ? Change.UPDATED : Change.CREATED;
        });
    }

    /** Marks the deal deleted (a tombstone at {@code version}) and takes it out of the sums. */
    public Change delete(long issueId, long version, FiscalCalendar calendar) {
        return ao.executeInTransaction(() -> {
            Optional<DealEntity> found = row(issueId);
            if (found.isEmpty()) {
                return Change.UNCHANGED;
            }
            DealEntity row = found.get();
            if (row.getVersion() > version) {
                return Change.STALE;
            }
            if (!row.isDeleted()) {
                appendMonthDeltas(Optional.of(toFacts(row)), Optional.empty(), calendar);
            }
            row.setDeleted(true);
            row.setVersion(version);
            row.save();
            return Change.DELETED;
        });
    }

    /** The issue ids of the deals credited to these teams. */
    public List<Long> issueIdsOfTeams(Collection<Long> teams) {
        List<Long> ids = new ArrayList<>();
        for (List<Long> chunk : chunks(teams)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(Boolean.FALSE);
            ao.stream(DealEntity.class, Query.select().where(
                    "TEAM_ID IN (" + placeholders(chunk.size()) + ") AND DELETED = ?", parameters.toArray()),
                    row -> ids.add(row.getIssueId()));
        }
        return ids;
    }

    /** The issue ids of open deals that have not changed since {@code epochMillis}. */
    public List<Long> openIssueIdsUnchangedSince(long epochMillis) {
        List<Long> ids = new ArrayList<>();
        ao.stream(DealEntity.class, Query.select().where("VERSION < ? AND OUTCOME = ? AND DELETED = ?",
                epochMillis, DealOutcome.OPEN.name(), Boolean.FALSE), row -> ids.add(row.getIssueId()));
        return ids;
    }

    /** The owners' open deals (1:1 agendas): one statement per 1,000 owners. */
    public List<DealFacts> openDealsOf(Collection<String> owners) {
        List<DealFacts> deals = new ArrayList<>();
        for (List<String> chunk : chunks(owners)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(DealOutcome.OPEN.name());
            parameters.add(Boolean.FALSE);
            ao.stream(DealEntity.class, Query.select().where("OWNER_KEY IN (" + placeholders(chunk.size())
                    + ") AND OUTCOME = ? AND DELETED = ?", parameters.toArray()), row -> deals.add(toFacts(row)));
        }
        return deals;
    }

    /** The issue ids of deals in {@code currency} whose amount lies in {@code [minMinor, maxMinor]}. */
    public List<Long> issueIdsByAmount(Currency currency, long minMinor, long maxMinor) {
        List<Long> ids = new ArrayList<>();
        ao.stream(DealEntity.class, Query.select().where("CURRENCY = ? AND AMOUNT_MINOR >= ? AND AMOUNT_MINOR <= ? AND DELETED = ?",
                currency.getCurrencyCode(), minMinor, maxMinor, Boolean.FALSE), row -> ids.add(row.getIssueId()));
        return ids;
    }

    /** The recorded facts of those deals that are in the ledger and not deleted: one read per 1,000 deals. */
    public Map<Long, DealFacts> factsOf(Collection<Long> issueIds) {
        Map<Long, DealFacts> facts = new HashMap<>();
        for (List<Long> chunk : chunks(issueIds)) {
            ao.stream(DealEntity.class, Query.select().where(
                    "ISSUE_ID IN (" + placeholders(chunk.size()) + ")", chunk.toArray()), row -> {
                        if (!row.isDeleted()) {
                            facts.put(row.getIssueId(), toFacts(row));
                        }
                    });
        }
        return facts;
    }

    /** The issue ids of every deal in the ledger (deleted ones excluded). */
    public List<Long> issueIds() {
        List<Long> ids = new ArrayList<>();
        ao.stream(DealEntity.class, Query.select().where("DELETED = ?", Boolean.FALSE),
                row -> ids.add(row.getIssueId()));
        return ids;
    }

    public Optional<DealFacts> find(long issueId) {
        return row(issueId).filter(row -> !row.isDeleted()).map(DealLedger::toFacts);
    }

    /** Sums per currency over the owners' monthly rows of {@code [from, toExclusive)}. */
    public Map<Currency, ForecastTotals> monthTotals(Collection<String> owners, YearMonth from, YearMonth toExclusive) {
        return ForecastTotals.sum(monthTotalsByOwner(owners, from, toExclusive).values());
    }

    /** Per owner and currency, from the monthly rows: one indexed read per 1,000 owners. */
    public Map<String, Map<Currency, ForecastTotals>> monthTotalsByOwner(Collection<String> owners, YearMonth from,
                                                                        YearMonth toExclusive) {
        return monthSums(owners, from, toExclusive).byOwner();
    }

    /** Sums of the owners' monthly rows, per owner and per stage (the pipeline funnel), from one read. */
    public record MonthSums(Map<String, Map<Currency, ForecastTotals>> byOwner,
                            Map<String, Map<Currency, ForecastTotals>> byStage) {
    }

    public MonthSums monthSums(Collection<String> owners, YearMonth from, YearMonth toExclusive) {
        Map<String, Map<Currency, ForecastTotals>> byOwner = new LinkedHashMap<>();
        Map<String, Map<Currency, ForecastTotals>> byStage = new LinkedHashMap<>();
        for (DealMonthEntity row : monthRows(owners, from, toExclusive)) {
            Currency currency = Currency.getInstance(row.getCurrency());
            ForecastTotals sum = toTotals(row);
            byOwner.computeIfAbsent(row.getOwnerKey(), owner -> new HashMap<>()).merge(currency, sum, ForecastTotals::plus);
            byStage.computeIfAbsent(Objects.requireNonNullElse(row.getStageId(), ""), stage -> new HashMap<>())
                    .merge(currency, sum, ForecastTotals::plus);
        }
        return new MonthSums(byOwner, byStage);
    }

    /** One owner's monthly rows of {@code [from, toExclusive)}, month by month and per currency, from one read. */
    public Map<YearMonth, Map<Currency, ForecastTotals>> monthSumsByMonth(String owner, YearMonth from,
                                                                       YearMonth toExclusive) {
        Map<YearMonth, Map<Currency, ForecastTotals>> byMonth = new LinkedHashMap<>();
        monthRows(List.of(owner), from, toExclusive).forEach(row -> addByMonth(byMonth, row));
        return byMonth;
    }

    private static void addByMonth(Map<YearMonth, Map<Currency, ForecastTotals>> byMonth, DealMonthEntity row) {
        byMonth.computeIfAbsent(YearMonth.of(row.getYearMonth() / 100, row.getYearMonth() % 100),
                month -> new HashMap<>()).merge(Currency.getInstance(row.getCurrency()), toTotals(row),
                ForecastTotals::plus);
    }

    /** Sums of the teams' monthly rows (deals credited to them), per team and per stage, from one read. */
    public TeamMonthSums teamMonthSums(Collection<Long> teams, YearMonth from, YearMonth toExclusive) {
        Map<Long, Map<Currency, ForecastTotals>> byTeam = new LinkedHashMap<>();
        Map<String, Map<Currency, ForecastTotals>> byStage = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(teams)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(yearMonth(from));
            parameters.add(yearMonth(toExclusive));
            ao.stream(DealMonthEntity.class, Query.select().where(
                    "TEAM_ID IN (" + placeholders(chunk.size()) + ") AND YEAR_MONTH >= ? AND YEAR_MONTH < ?",
                    parameters.toArray()), row -> {
                        Currency currency = Currency.getInstance(row.getCurrency());
                        ForecastTotals sum = toTotals(row);
                        byTeam.computeIfAbsent(row.getTeamId(), team -> new HashMap<>()).merge(currency, sum, ForecastTotals::plus);
                        byStage.computeIfAbsent(Objects.requireNonNullElse(row.getStageId(), ""), stage -> new HashMap<>())
                                .merge(currency, sum, ForecastTotals::plus);
                    });
        }
        return new TeamMonthSums(byTeam, byStage);
    }

    public record TeamMonthSums(Map<Long, Map<Currency, ForecastTotals>> byTeam,
                                Map<String, Map<Currency, ForecastTotals>> byStage) {
    }

    /**
     * Per owner and currency for one fiscal month, quarter or year (its {@link com.salesteam.jira.model.Period#key()}
     * on the stored calendar), from the period rows: one indexed read, one row per owner and currency once folded.
     */
    public Map<String, Map<Currency, ForecastTotals>> periodTotalsByOwner(Collection<String> owners, String periodKey) {
        Map<String, Map<Currency, ForecastTotals>> byOwner = new LinkedHashMap<>();
        if (owners.isEmpty()) {
            return byOwner;
        }
        if (owners.size() > InList.MAX_PARAMETERS - 1) {
            // too many owners for one statement's parameters (SQL Server): the period of everyone, kept to them
            Set<String> asked = new HashSet<>(owners);
            periodTotalsOfEveryone(periodKey).forEach((owner, totals) -> {
                if (asked.contains(owner)) {
                    byOwner.put(owner, totals);
                }
            });
            return byOwner;
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(periodKey);
        parameters.addAll(owners);
        ao.stream(DealMonthEntity.class, Query.select().where("PERIOD_KEY = ? AND " + InList.of("OWNER_KEY", owners.size()),
                parameters.toArray()), row -> addPeriodRow(byOwner, row));
        return byOwner;
    }

    /** Per owner and currency for one fiscal period, every owner (a leaderboard of everyone): one indexed read. */
    public Map<String, Map<Currency, ForecastTotals>> periodTotalsOfEveryone(String periodKey) {
        Map<String, Map<Currency, ForecastTotals>> byOwner = new LinkedHashMap<>();
        ao.stream(DealMonthEntity.class, Query.select().where("PERIOD_KEY = ?", periodKey),
                row -> addPeriodRow(byOwner, row));
        return byOwner;
    }

    /**
     * Per period key, owner and currency for several fiscal periods at once (a leaderboard's period and the one
     * before it): one indexed read, {@code PERIOD_KEY IN (...)}, for the owners given.
     */
    public Map<String, Map<String, Map<Currency, ForecastTotals>>> periodTotalsByOwner(Collection<String> owners,
                                                                                     Collection<String> periodKeys) {
        Map<String, Map<String, Map<Currency, ForecastTotals>>> byPeriod = new HashMap<>();
        if (owners.isEmpty() || periodKeys.isEmpty()) {
            return byPeriod;
        }
        if (owners.size() + periodKeys.size() > InList.MAX_PARAMETERS) {
            // too many owners for one statement's parameters (SQL Server): the periods of everyone, kept to them
            Set<String> asked = new HashSet<>(owners);
            periodTotalsOfEveryone(periodKeys).forEach((period, byOwner) -> byOwner.forEach((owner, totals) -> {
                if (asked.contains(owner)) {
                    byPeriod.computeIfAbsent(period, key -> new LinkedHashMap<>()).put(owner, totals);
                }
            }));
            return byPeriod;
        }
        List<Object> parameters = new ArrayList<>(periodKeys);
        parameters.addAll(owners);
        ao.stream(DealMonthEntity.class, Query.select().where(InList.of("PERIOD_KEY", periodKeys.size()) + " AND "
                + InList.of("OWNER_KEY", owners.size()), parameters.toArray()), row -> addPeriodRow(
                byPeriod.computeIfAbsent(row.getPeriodKey(), key -> new LinkedHashMap<>()), row));
        return byPeriod;
    }

    /** The same for every owner (the all-company leaderboard): one indexed read. */
    public Map<String, Map<String, Map<Currency, ForecastTotals>>> periodTotalsOfEveryone(Collection<String> periodKeys) {
        Map<String, Map<String, Map<Currency, ForecastTotals>>> byPeriod = new HashMap<>();
        if (periodKeys.isEmpty()) {
            return byPeriod;
        }
        ao.stream(DealMonthEntity.class, Query.select().where(InList.of("PERIOD_KEY", periodKeys.size()),
                periodKeys.toArray()), row -> addPeriodRow(
                byPeriod.computeIfAbsent(row.getPeriodKey(), key -> new LinkedHashMap<>()), row));
        return byPeriod;
    }

    private static void addPeriodRow(Map<String, Map<Currency, ForecastTotals>> byOwner, DealMonthEntity row) {
        byOwner.computeIfAbsent(row.getOwnerKey(), owner -> new HashMap<>())
                .merge(Currency.getInstance(row.getCurrency()), toTotals(row), ForecastTotals::plus);
    }

    private List<DealMonthEntity> monthRows(Collection<String> owners, YearMonth from, YearMonth toExclusive) {
        List<DealMonthEntity> rows = new ArrayList<>();
        if (owners.isEmpty()) {
            return rows;
        }
        // one statement while it stays within SQL Server's 2,100 parameters, else one per 1,000 owners
        List<List<String>> lists = owners.size() + 2 <= InList.MAX_PARAMETERS
                ? List.of(new ArrayList<>(owners)) : chunks(owners);
        for (List<String> chunk : lists) {
            List<Object> parameters = InList.parameters(chunk);
            parameters.add(yearMonth(from));
            parameters.add(yearMonth(toExclusive));
            ao.stream(DealMonthEntity.class, Query.select().where(InList.of("OWNER_KEY", chunk.size())
                    + " AND YEAR_MONTH >= ? AND YEAR_MONTH < ?", parameters.toArray()), rows::add);
        }
        return rows;
    }

    /**
     * The same sums computed from the raw ledger rows (for any date range, e.g. weeks, and to check the monthly
     * rows): reads every deal of the owners.
     */
    public Map<Currency, ForecastTotals> ledgerTotals(Collection<String> owners, LocalDate from, LocalDate toExclusive) {
        return ForecastTotals.sum(ledgerTotalsByOwner(owners, from, toExclusive).values());
    }

    /** Per owner and currency from the raw ledger rows: one read per 1,000 owners. */
    public Map<String, Map<Currency, ForecastTotals>> ledgerTotalsByOwner(Collection<String> owners, LocalDate from,
                                                                         LocalDate toExclusive) {
        Map<String, Map<Currency, ForecastTotals>> result = new LinkedHashMap<>();
        for (List<String> chunk : chunks(owners)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(Boolean.FALSE);
            parameters.addAll(List.of(from.toString(), toExclusive.toString(), from.toString(), toExclusive.toString()));
            // ISO dates compare as text; the exact rule (close date once closed) is applied below
            ao.stream(DealEntity.class, Query.select().where(
                    "OWNER_KEY IN (" + placeholders(chunk.size()) + ") AND DELETED = ?"
                            + " AND ((EXPECTED_CLOSE >= ? AND EXPECTED_CLOSE < ?) OR (CLOSED_ON >= ? AND CLOSED_ON < ?))",
                    parameters.toArray()), row -> {
                        DealFacts deal = toFacts(row);
                        deal.forecastDate()
                                .filter(day -> !day.isBefore(from) && day.isBefore(toExclusive))
                                .ifPresent(day -> result.computeIfAbsent(row.getOwnerKey(), owner -> new HashMap<>())
                                        .merge(deal.amount().currency(), ForecastTotals.of(deal), ForecastTotals::plus));
                    });
        }
        return result;
    }

    /**
     * The owners' deals that may have counted in {@code [from, toExclusive)} at an earlier moment: those dated in it
     * now, and those changed after {@code changedAfterMillis} (which may have been dated in it then).
     */
    public List<DealFacts> dealsForPeriodOrChangedSince(Collection<String> owners, LocalDate from,
                                                       LocalDate toExclusive, long changedAfterMillis) {
        List<DealFacts> deals = new ArrayList<>();
        for (List<String> chunk : chunks(owners)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(Boolean.FALSE);
            parameters.add(changedAfterMillis);
            parameters.addAll(List.of(from.toString(), toExclusive.toString(), from.toString(), toExclusive.toString()));
            ao.stream(DealEntity.class, Query.select().where(
                    "OWNER_KEY IN (" + placeholders(chunk.size()) + ") AND DELETED = ? AND (VERSION > ?"
                            + " OR (EXPECTED_CLOSE >= ? AND EXPECTED_CLOSE < ?) OR (CLOSED_ON >= ? AND CLOSED_ON < ?))",
                    parameters.toArray()), row -> deals.add(toFacts(row)));
        }
        return deals;
    }

    // --- Commission: the rep's credited deals and the reversals of credit paid earlier ---

    /**
     * What commission reads of a deal: its issue, owner, outcome, close date, amount, and whether it was deleted (a
     * deleted won deal gives its commission back).
     */
    public record OwnedDeal(long issueId, Optional<String> ownerKey, DealOutcome outcome, Optional<LocalDate> closedOn,
                            Money amount, boolean deleted) {
    }

    /**
     * Whether any recorded, not deleted deal lies in one of those projects: one read of at most one row up to 1,999
     * projects, else up to one per 1,000 until a deal is found.
     */
    public boolean anyDealIn(Collection<Long> projectIds) {
        for (List<Long> batch : InList.perStatement(projectIds, 1)) {
            List<Object> parameters = InList.parameters(batch);
            parameters.add(Boolean.FALSE);
            if (ao.find(DealEntity.class, Query.select().where(InList.of("PROJECT_ID", batch.size())
                    + " AND DELETED = ?", parameters.toArray()).limit(1)).length > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The owners' deals won and closed in {@code [from, toExclusive)} and, when {@code changedAfterMillis} is given,
     * those of {@code paidIssueIds} (deals paid in closed periods) changed since then, whoever owns them now and
     * whatever their outcome: the caller decides which paid deals are no longer won where they were paid. One read
     * while owners and paid deals fit in one statement's parameters, else one per 1,000 owners and per 1,000 paid
     * deals.
     */
    public List<OwnedDeal> commissionDeals(Collection<String> owners, LocalDate from, LocalDate toExclusive,
                                           Collection<Long> paidIssueIds, Optional<Long> changedAfterMillis) {
        if (owners.isEmpty()) {
            return List.of();
        }
        Set<String> ownerKeys = new LinkedHashSet<>(owners);
        Set<Long> paid = changedAfterMillis.isPresent() ? new LinkedHashSet<>(paidIssueIds) : Set.of();
        List<Object> won = List.of(DealOutcome.WON.name(), Boolean.FALSE, from.toString(), toExclusive.toString());
        String wonWhere = " AND OUTCOME = ? AND DELETED = ? AND CLOSED_ON >= ? AND CLOSED_ON < ?";
        // by issue, not owner: a paid deal handed to someone else is still the payee's to give back
        String paidWhere = " AND VERSION > ?";
        // a deal both won by an owner and paid earlier is read once, as one statement's OR reads it
        Map<Long, OwnedDeal> deals = new LinkedHashMap<>();
        // a statement reads thousands of rows: only what it needs of each, each close date and currency parsed once
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, Currency> currencies = new HashMap<>();
        net.java.ao.EntityStreamCallback<DealEntity, Integer> read = row -> {
            String closedOn = row.getClosedOn();
            deals.putIfAbsent(row.getIssueId(), new OwnedDeal(row.getIssueId(), Optional.ofNullable(row.getOwnerKey()),
                    DealOutcome.valueOf(row.getOutcome()),
                    closedOn == null ? Optional.empty() : Optional.of(dates.computeIfAbsent(closedOn, LocalDate::parse)),
                    Money.ofMinor(row.getAmountMinor(), currencies.computeIfAbsent(row.getCurrency(), Currency::getInstance)),
                    row.isDeleted()));
        };
        if (ownerKeys.size() + won.size() + (paid.isEmpty() ? 0 : paid.size() + 1) <= InList.MAX_PARAMETERS) {
            List<Object> parameters = InList.parameters(ownerKeys);
            parameters.addAll(won);
            StringBuilder where = new StringBuilder("(").append(InList.of("OWNER_KEY", ownerKeys.size()))
                    .append(wonWhere).append(")");
            if (!paid.isEmpty()) {
                where.append(" OR (").append(InList.of("ISSUE_ID", paid.size())).append(paidWhere).append(")");
                parameters.addAll(paid);
                parameters.add(changedAfterMillis.get());
            }
            ao.stream(DealEntity.class, Query.select().where(where.toString(), parameters.toArray()), read);
            return new ArrayList<>(deals.values());
        }
        // too many for SQL Server's 2,100 parameters: the owners' won deals and the paid deals read apart
        for (List<String> batch : InList.chunks(ownerKeys, InList.MAX_VALUES)) {
            List<Object> parameters = InList.parameters(batch);
            parameters.addAll(won);
            ao.stream(DealEntity.class, Query.select().where(InList.of("OWNER_KEY", batch.size()) + wonWhere,
                    parameters.toArray()), read);
        }
        for (List<Long> batch : InList.chunks(paid, InList.MAX_VALUES)) {
            List<Object> parameters = InList.parameters(batch);
            parameters.add(changedAfterMillis.get());
            ao.stream(DealEntity.class, Query.select().where(InList.of("ISSUE_ID", batch.size()) + paidWhere,
                    parameters.toArray()), read);
        }
        return new ArrayList<>(deals.values());
    }

    /**
     * Recomputes every monthly and period row from the ledger (reconciliation, a new model version, a changed fiscal
     * calendar), in one transaction.
     */
    public void rebuildMonths(FiscalCalendar calendar) {
        ao.executeInTransaction(() -> {
            // month rows and period rows (YEAR_MONTH 0) alike
            ao.deleteWithSQL(DealMonthEntity.class, "YEAR_MONTH >= ?", 0);
            ao.deleteWithSQL(DealDayEntity.class, "DAY_KEY >= ?", 0);
            Map<DayKey, DaySum> daySums = new HashMap<>();
            Map<MonthKey, ForecastTotals> sums = new HashMap<>();
            Map<Map.Entry<Long, MonthKey>, ForecastTotals> teamSums = new HashMap<>();
            Map<PeriodKey, ForecastTotals> periodSums = new HashMap<>();
            ao.stream(DealEntity.class, Query.select().where("DELETED = ?", Boolean.FALSE), row -> {
                DealFacts deal = toFacts(row);
                monthKey(deal).ifPresent(key -> {
                    sums.merge(key, ForecastTotals.of(deal), ForecastTotals::plus);
                    deal.teamId().ifPresent(team -> teamSums.merge(Map.entry(team, key), ForecastTotals.of(deal), ForecastTotals::plus));
                });
                periodKeys(deal, calendar).forEach(key -> periodSums.merge(key, ForecastTotals.of(deal), ForecastTotals::plus));
                addDays(daySums, deal, false);
            });
            List<Map<String, Object>> rows = new ArrayList<>();
            sums.forEach((key, sum) -> {
                if (!sum.isZero()) {
                    rows.add(monthRow(key, sum));
                }
            });
            teamSums.forEach((key, sum) -> {
                if (!sum.isZero()) {
                    rows.add(teamMonthRow(key.getKey(), key.getValue(), sum));
                }
            });
            periodSums.forEach((key, sum) -> {
                if (!sum.isZero()) {
                    rows.add(periodRow(key, sum));
                }
            });
            if (!rows.isEmpty()) {
                ao.create(DealMonthEntity.class, rows);
            }
            List<Map<String, Object>> days = dayRows(daySums);
            if (!days.isEmpty()) {
                ao.create(DealDayEntity.class, days);
            }
            return null;
        });
    }

    private record MonthKey(String owner, int yearMonth, String currency, String stage) {
    }

    private record PeriodKey(String owner, String period, String currency) {
    }

    /** The fiscal month, quarter and year the deal counts in, for its owner; none without an owner or a date. */
    private static List<PeriodKey> periodKeys(DealFacts deal, FiscalCalendar calendar) {
        if (deal.ownerKey().isEmpty() || deal.forecastDate().isEmpty()) {
            return List.of();
        }
        String currency = deal.amount().currency().getCurrencyCode();
        List<PeriodKey> keys = new ArrayList<>(3);
        for (PeriodType type : PERIOD_ROWS) {
            keys.add(new PeriodKey(deal.ownerKey().get(),
                    calendar.periodContaining(type, deal.forecastDate().get()).key(), currency));
        }
        return keys;
    }

    /** The keys of the fiscal month, quarter and year whose period rows count the deal; none without an owner or a date. */
    public static Set<String> periodKeysOf(DealFacts deal, FiscalCalendar calendar) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        periodKeys(deal, calendar).forEach(key -> keys.add(key.period()));
        return keys;
    }

    /**
     * What a change from {@code before} to {@code after} moves in the period rows, per period key, owner and
     * currency (the deltas this ledger appends for it, zero ones included): what a cache of the period sums adds.
     */
    public static Map<String, Map<String, Map<Currency, ForecastTotals>>> periodDeltas(Optional<DealFacts> before,
                                                                                       Optional<DealFacts> after,
                                                                                       FiscalCalendar calendar) {
        Map<String, Map<String, Map<Currency, ForecastTotals>>> deltas = new HashMap<>();
        before.ifPresent(deal -> addPeriodDeltas(deltas, deal, ForecastTotals.of(deal).negate(), calendar));
        after.ifPresent(deal -> addPeriodDeltas(deltas, deal, ForecastTotals.of(deal), calendar));
        return deltas;
    }

    private static void addPeriodDeltas(Map<String, Map<String, Map<Currency, ForecastTotals>>> deltas, DealFacts deal,
                                        ForecastTotals delta, FiscalCalendar calendar) {
        periodKeys(deal, calendar).forEach(key -> deltas.computeIfAbsent(key.period(), period -> new HashMap<>())
                .computeIfAbsent(key.owner(), owner -> new HashMap<>())
                .merge(delta.currency(), delta, ForecastTotals::plus));
    }

    /** Weeks are not kept: they read the raw ledger. */
    private static final List<PeriodType> PERIOD_ROWS = List.of(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR);

    private static Optional<MonthKey> monthKey(DealFacts deal) {
        if (deal.ownerKey().isEmpty() || deal.forecastDate().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MonthKey(deal.ownerKey().get(), yearMonth(YearMonth.from(deal.forecastDate().get())),
                deal.amount().currency().getCurrencyCode(), deal.stageId()));
    }

    /**
     * Moves a deal's contribution in the monthly sums from what it was to what it is, by appending delta rows
     * (the readers add rows up): one batch for the owner's and the team's rows, never a read. The nightly rebuild
     * folds the deltas back into one row per key.
     */
    private void appendMonthDeltas(Optional<DealFacts> before, Optional<DealFacts> after, FiscalCalendar calendar) {
        Map<MonthKey, ForecastTotals> owners = new HashMap<>();
        Map<Map.Entry<Long, MonthKey>, ForecastTotals> teams = new HashMap<>();
        Map<PeriodKey, ForecastTotals> periods = new HashMap<>();
        before.ifPresent(deal -> addDelta(owners, teams, periods, deal, ForecastTotals.of(deal).negate(), calendar));
        after.ifPresent(deal -> addDelta(owners, teams, periods, deal, ForecastTotals.of(deal), calendar));
        List<Map<String, Object>> rows = new ArrayList<>();
        owners.forEach((key, delta) -> {
            if (!delta.isZero()) {
                rows.add(monthRow(key, delta));
            }
        });
        teams.forEach((key, delta) -> {
            if (!delta.isZero()) {
                rows.add(teamMonthRow(key.getKey(), key.getValue(), delta));
            }
        });
        periods.forEach((key, delta) -> {
            if (!delta.isZero()) {
                rows.add(periodRow(key, delta));
            }
        });
        if (!rows.isEmpty()) {
            ao.create(DealMonthEntity.class, rows);
        }
        Map<DayKey, DaySum> daySums = new HashMap<>();
        before.ifPresent(deal -> addDays(daySums, deal, true));
        after.ifPresent(deal -> addDays(daySums, deal, false));
        List<Map<String, Object>> days = dayRows(daySums);
        if (!days.isEmpty()) {
            ao.create(DealDayEntity.class, days);
        }
    }

    private static void addDelta(Map<MonthKey, ForecastTotals> owners, Map<Map.Entry<Long, MonthKey>, ForecastTotals> teams,
                                 Map<PeriodKey, ForecastTotals> periods, DealFacts deal, ForecastTotals delta,
                                 FiscalCalendar calendar) {
        periodKeys(deal, calendar).forEach(key -> periods.merge(key, delta, ForecastTotals::plus));
        monthKey(deal).ifPresent(key -> {
            owners.merge(key, delta, ForecastTotals::plus);
            MonthKey teamKey = new MonthKey("", key.yearMonth(), key.currency(), key.stage());
            deal.teamId().ifPresent(team -> teams.merge(Map.entry(team, teamKey), delta, ForecastTotals::plus));
        });
    }

    private static Map<String, Object> teamMonthRow(long team, MonthKey key, ForecastTotals sum) {
        Map<String, Object> row = monthRow(key, sum);
        row.put("OWNER_KEY", "");
        row.put("TEAM_ID", team);
        return row;
    }

    private static Map<String, Object> periodRow(PeriodKey key, ForecastTotals sum) {
        Map<String, Object> row = sumRow(key.owner, 0, null, sum);
        row.put("PERIOD_KEY", key.period);
        return row;
    }

    private static Map<String, Object> monthRow(MonthKey key, ForecastTotals sum) {
        return sumRow(key.owner, key.yearMonth, key.stage, sum);
    }

    /** Every row names the same columns, so that a deal's month and period rows go out as one batch. */
    private static Map<String, Object> sumRow(String owner, int yearMonth, String stage, ForecastTotals sum) {
        Map<String, Object> row = new HashMap<>();
        row.put("OWNER_KEY", owner);
        row.put("TEAM_ID", 0L);
        row.put("YEAR_MONTH", yearMonth);
        row.put("PERIOD_KEY", null);
        row.put("CURRENCY", sum.currency().getCurrencyCode());
        row.put("STAGE_ID", stage);
        row.put("WON_MINOR", sum.wonMinor());
        row.put("WON_COUNT", sum.wonCount());
        row.put("PIPELINE_MINOR", sum.pipelineMinor());
        row.put("BEST_CASE_MINOR", sum.bestCaseMinor());
        row.put("COMMIT_MINOR", sum.commitMinor());
        row.put("OMITTED_MINOR", sum.omittedMinor());
        row.put("WEIGHTED_MINOR", sum.weightedMinor());
        row.put("OPEN_COUNT", sum.openCount());
        return row;
    }

    private static ForecastTotals toTotals(DealMonthEntity row) {
        return new ForecastTotals(Currency.getInstance(row.getCurrency()), row.getWonMinor(), row.getWonCount(),
                row.getPipelineMinor(), row.getBestCaseMinor(), row.getCommitMinor(), row.getOmittedMinor(),
                row.getWeightedMinor(), row.getOpenCount());
    }

    private void write(DealEntity row, DealFacts facts) {
        row.setProjectId(facts.projectId());
        row.setOwnerKey(facts.ownerKey().orElse(null));
        row.setTeamId(facts.teamId().orElse(0L));
        row.setAmountMinor(facts.amount().minor());
        row.setCurrency(facts.amount().currency().getCurrencyCode());
        row.setStageId(facts.stageId());
        row.setOutcome(facts.outcome().name());
        row.setProbability(facts.probability());
        row.setCategory(facts.category().name());
        row.setExpectedClose(facts.expectedClose().map(LocalDate::toString).orElse(null));
        row.setClosedOn(facts.closedOn().map(LocalDate::toString).orElse(null));
        row.setSlipCount(facts.slipCount());
        row.setCreatedOn(facts.createdOn().map(LocalDate::toString).orElse(null));
        row.setVersion(facts.version());
        row.setDeleted(false);
        row.save();
    }

    static DealFacts toFacts(DealEntity row) {
        long team = row.getTeamId();
        return new DealFacts(row.getIssueId(), row.getProjectId(), Optional.ofNullable(row.getOwnerKey()),
                team == 0 ? Optional.empty() : Optional.of(team),
                Money.ofMinor(row.getAmountMinor(), Currency.getInstance(row.getCurrency())),
                Objects.requireNonNullElse(row.getStageId(), ""), DealOutcome.valueOf(row.getOutcome()),
                row.getProbability(), ForecastCategory.valueOf(row.getCategory()),
                Optional.ofNullable(row.getExpectedClose()).map(LocalDate::parse),
                Optional.ofNullable(row.getClosedOn()).map(LocalDate::parse),
                row.getSlipCount(), row.getVersion(), Optional.ofNullable(row.getCreatedOn()).map(LocalDate::parse));
    }

    // --- Day sums: weeks, custom ranges, new pipeline and the day a figure was reached ---

    private record DayKey(String owner, int day, String currency) {
    }

    /** A day's forecast sums (by forecast day) and new pipeline (by creation day) of one owner and currency. */
    private record DaySum(ForecastTotals totals, NewPipeline created) {
        DaySum plus(DaySum other) {
            return new DaySum(totals.plus(other.totals), created.plus(other.created));
        }

        boolean isZero() {
            return totals.isZero() && created.isZero();
        }
    }

    /** The deal's forecast sums on its forecast day and its new pipeline on its creation day, for its owner. */
    private static void addDays(Map<DayKey, DaySum> days, DealFacts deal, boolean negate) {
        if (deal.ownerKey().isEmpty()) {
            return;
        }
        Currency currency = deal.amount().currency();
        String owner = deal.ownerKey().get();
        deal.forecastDate().ifPresent(day -> {
            ForecastTotals totals = negate ? ForecastTotals.of(deal).negate() : ForecastTotals.of(deal);
            days.merge(new DayKey(owner, dayKey(day), currency.getCurrencyCode()),
                    new DaySum(totals, NewPipeline.zero(currency)), DaySum::plus);
        });
        deal.createdOn().ifPresent(day -> {
            NewPipeline created = negate ? NewPipeline.of(deal).negate() : NewPipeline.of(deal);
            days.merge(new DayKey(owner, dayKey(day), currency.getCurrencyCode()),
                    new DaySum(ForecastTotals.zero(currency), created), DaySum::plus);
        });
    }

    private static List<Map<String, Object>> dayRows(Map<DayKey, DaySum> days) {
        List<Map<String, Object>> rows = new ArrayList<>();
        days.forEach((key, sum) -> {
            if (!sum.isZero()) {
                Map<String, Object> row = sumRow(key.owner(), 0, null, sum.totals());
                row.remove("TEAM_ID");
                row.remove("YEAR_MONTH");
                row.remove("PERIOD_KEY");
                row.remove("STAGE_ID");
                row.put("DAY_KEY", key.day());
                row.put("NEW_MINOR", sum.created().amountMinor());
                row.put("NEW_COUNT", sum.created().count());
                rows.add(row);
            }
        });
        return rows;
    }

    /** year × 10,000 + month × 100 + day. */
    public static int dayKey(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    private static LocalDate day(int dayKey) {
        return LocalDate.of(dayKey / 10_000, dayKey / 100 % 100, dayKey % 100);
    }

    /** Every owner's sums of each span, from one read of the days the spans cover. */
    public Map<DateRange, Map<String, DealSums>> spanSumsOfEveryone(Collection<DateRange> spans) {
        return spanSums(Optional.empty(), spans);
    }

    /** The owners' sums of each span, from one read per 1,000 owners. */
    public Map<DateRange, Map<String, DealSums>> spanSumsByOwner(Collection<String> owners, Collection<DateRange> spans) {
        return spanSums(Optional.of(owners), spans);
    }

    private Map<DateRange, Map<String, DealSums>> spanSums(Optional<Collection<String>> owners,
                                                           Collection<DateRange> spans) {
        Map<DateRange, Map<String, SumsBuilder>> building = new LinkedHashMap<>();
        spans.forEach(span -> building.put(span, new LinkedHashMap<>()));
        if (!spans.isEmpty() && !owners.map(Collection::isEmpty).orElse(false)) {
            streamDays(owners, covered(spans), row -> {
                LocalDate day = day(row.getDayKey());
                building.forEach((span, byOwner) -> {
                    if (span.contains(day)) {
                        byOwner.computeIfAbsent(row.getOwnerKey(), owner -> new SumsBuilder()).add(row);
                    }
                });
            });
        }
        Map<DateRange, Map<String, DealSums>> result = new LinkedHashMap<>();
        building.forEach((span, byOwner) -> result.put(span, build(byOwner)));
        return result;
    }

    /** One owner's sums day by day, every day the owner has a row: one indexed read. */
    public java.util.NavigableMap<LocalDate, DealSums> daysOf(String owner) {
        Map<LocalDate, SumsBuilder> days = new HashMap<>();
        ao.stream(DealDayEntity.class, Query.select().where("OWNER_KEY = ?", owner),
                row -> days.computeIfAbsent(day(row.getDayKey()), day -> new SumsBuilder()).add(row));
        return new java.util.TreeMap<>(build(days));
    }

    /**
     * The owners' sums day by day in {@code span} (days without a row left out): what the "reached it first"
     * tie-break reads for the tied reps. One read: up to 1,000 owners by name, more (a board full of ties) as
     * everyone's days of the span kept for those owners, so that a board's budget holds whatever ties.
     */
    public Map<String, java.util.NavigableMap<LocalDate, DealSums>> daysByOwner(Collection<String> owners,
                                                                                 DateRange span) {
        Map<String, Map<LocalDate, SumsBuilder>> building = new LinkedHashMap<>();
        if (!owners.isEmpty()) {
            Set<String> wanted = owners.size() > IN_CHUNK ? Set.copyOf(owners) : null;
            streamDays(wanted == null ? Optional.of(owners) : Optional.empty(), span.start(), span.end(), row -> {
                if (wanted == null || wanted.contains(row.getOwnerKey())) {
                    building.computeIfAbsent(row.getOwnerKey(), owner -> new HashMap<>())
                            .computeIfAbsent(day(row.getDayKey()), day -> new SumsBuilder()).add(row);
                }
            });
        }
        Map<String, java.util.NavigableMap<LocalDate, DealSums>> result = new LinkedHashMap<>();
        building.forEach((owner, days) -> result.put(owner, new java.util.TreeMap<>(build(days))));
        return result;
    }

    private void streamDays(Optional<Collection<String>> owners, LocalDate from, LocalDate toExclusive,
                            net.java.ao.EntityStreamCallback<DealDayEntity, Integer> callback) {
        streamDays(owners, List.of(new DateRange(from, toExclusive)), callback);
    }

    /** The day rows of the spans only: a cache filling a range's first and last days reads nothing in between. */
    private void streamDays(Optional<Collection<String>> owners, List<DateRange> spans,
                            net.java.ao.EntityStreamCallback<DealDayEntity, Integer> callback) {
        List<Object> days = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        for (DateRange span : spans) {
            clauses.add("(DAY_KEY >= ? AND DAY_KEY < ?)");
            days.add(dayKey(span.start()));
            days.add(dayKey(span.end()));
        }
        String daysClause = clauses.size() == 1 ? clauses.get(0) : "(" + String.join(" OR ", clauses) + ")";
        if (owners.isEmpty()) {
            ao.stream(DealDayEntity.class, Query.select().where(daysClause, days.toArray()), callback);
            return;
        }
        for (List<String> chunk : chunks(owners.get())) {
            List<Object> parameters = new ArrayList<>(days);
            parameters.addAll(chunk);
            ao.stream(DealDayEntity.class, Query.select().where(daysClause + " AND "
                    + InList.of("OWNER_KEY", chunk.size()), parameters.toArray()), callback);
        }
    }

    /** The spans' days as few disjoint spans, in order (touching or overlapping spans joined). */
    private static List<DateRange> covered(Collection<DateRange> spans) {
        List<DateRange> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparing(DateRange::start));
        List<DateRange> joined = new ArrayList<>();
        for (DateRange span : sorted) {
            DateRange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && !span.start().isAfter(last.end())) {
                joined.set(joined.size() - 1, new DateRange(last.start(),
                        span.end().isAfter(last.end()) ? span.end() : last.end()));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    private static <K> Map<K, DealSums> build(Map<K, SumsBuilder> builders) {
        Map<K, DealSums> built = new LinkedHashMap<>();
        builders.forEach((key, builder) -> built.put(key, builder.build()));
        return built;
    }

    /** Adds day rows up without a new object per row. */
    private static final class SumsBuilder {
        private final Map<Currency, ForecastTotals> totals = new HashMap<>(2);
        private final Map<Currency, NewPipeline> created = new HashMap<>(2);

        void add(DealDayEntity row) {
            Currency currency = Currency.getInstance(row.getCurrency());
            ForecastTotals sum = dayTotals(row);
            if (!sum.isZero()) {
                totals.merge(currency, sum, ForecastTotals::plus);
            }
            if (row.getNewMinor() != 0 || row.getNewCount() != 0) {
                created.merge(currency, new NewPipeline(currency, row.getNewMinor(), row.getNewCount()), NewPipeline::plus);
            }
        }

        DealSums build() {
            return new DealSums(totals, created);
        }
    }

    private static ForecastTotals dayTotals(DealDayEntity row) {
        return new ForecastTotals(Currency.getInstance(row.getCurrency()), row.getWonMinor(), row.getWonCount(),
                row.getPipelineMinor(), row.getBestCaseMinor(), row.getCommitMinor(), row.getOmittedMinor(),
                row.getWeightedMinor(), row.getOpenCount());
    }

    /**
     * The {@link DateRange#key() range keys} of the days, weeks, fiscal months, quarters and years whose day sums
     * count the deal: those holding its forecast day or its creation day; none without an owner. What a cache of day
     * sums per period forgets.
     */
    public static Set<String> dayRangeKeysOf(DealFacts deal, FiscalCalendar calendar) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        if (deal.ownerKey().isEmpty()) {
            return keys;
        }
        for (Optional<LocalDate> day : List.of(deal.forecastDate(), deal.createdOn())) {
            day.ifPresent(date -> {
                keys.add(DateRange.ofDays(date, date).key());
                for (PeriodType type : PeriodType.values()) {
                    keys.add(DateRange.of(calendar.periodContaining(type, date)).key());
                }
            });
        }
        return keys;
    }

    private Optional<DealEntity> row(long issueId) {
        DealEntity[] rows = ao.find(DealEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static int yearMonth(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
        }
        return chunks;
    }
}
