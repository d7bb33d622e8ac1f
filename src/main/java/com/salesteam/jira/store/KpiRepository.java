package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiEntry;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.quota.QuotaMetric;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** KPI definitions and the values people log for them. */
public class KpiRepository {

    /**
     * The most people one statement lists: SQL Server takes 2,100 parameters, and a KPI's reads add a few of their
     * own. A larger population is read by KPI and filtered here, or in statements of 1,000 people.
     */
    static final int MOST_USERS_LISTED = InList.MAX_PARAMETERS - 10;

    private final ActiveObjects ao;

    public KpiRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Every definition, active or not, by key: a handful of rows, read in one statement. */
    public List<KpiDefinition> definitions() {
        List<KpiDefinition> definitions = new ArrayList<>();
        ao.stream(KpiDefEntity.class, Query.select(), row -> definitions.add(toDefinition(row.getKpiKey(),
                row.getNameEn(), row.getNameZh(), row.getUnit(), row.getSourceType(), row.getSourceParam(),
                row.getDirection(), row.getRepBenchmark(), row.getManagerBenchmark(), row.isActive())));
        definitions.sort(Comparator.comparing(KpiDefinition::key));
        return definitions;
    }

    public Optional<KpiDefinition> definition(String key) {
        KpiDefEntity[] rows = ao.find(KpiDefEntity.class, Query.select().where("KPI_KEY = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDefinition(rows[0]));
    }

    /** Creates the definition; false (and nothing written) when its key is taken. */
    public boolean create(KpiDefinition definition) {
        return ao.executeInTransaction(() -> {
            if (ao.count(KpiDefEntity.class, "KPI_KEY = ?", definition.key()) > 0) {
                return false;
            }
            ao.create(KpiDefEntity.class, List.of(definitionRow(definition)));
            return true;
        });
    }

    /** Creates those of the definitions whose keys are not taken, in one transaction; returns how many. */
    public int createMissing(Collection<KpiDefinition> wanted) {
        return ao.executeInTransaction(() -> {
            Set<String> taken = new LinkedHashSet<>();
            ao.stream(KpiDefEntity.class, Query.select(), row -> taken.add(row.getKpiKey()));
            List<Map<String, Object>> rows = wanted.stream()
                    .filter(definition -> !taken.contains(definition.key()))
                    .map(KpiRepository::definitionRow)
                    .toList();
            if (!rows.isEmpty()) {
                ao.create(KpiDefEntity.class, rows);
            }
            return rows.size();
        });
    }

    /** Replaces the definition of that key; false when there is none. */
    public boolean update(KpiDefinition definition) {
        return ao.executeInTransaction(() -> {
            KpiDefEntity[] rows = ao.find(KpiDefEntity.class, Query.select().where("KPI_KEY = ?", definition.key()));
            if (rows.length == 0) {
                return false;
            }
            KpiDefEntity row = rows[0];
            row.setNameEn(definition.nameEn());
            row.setNameZh(definition.nameZh());
            row.setUnit(definition.unit().name());
            row.setSourceType(definition.source().type());
            row.setSourceParam(definition.source().parameter());
            row.setDirection(definition.direction().name());
            row.setRepBenchmark(hundredths(definition.benchmark(KpiRole.REP)));
            row.setManagerBenchmark(hundredths(definition.benchmark(KpiRole.MANAGER)));
            row.setActive(definition.active());
            row.save();
            return true;
        });
    }

    /**
     * Sets the day's value, replacing what was logged before: the old row is deleted and the new one written in one
     * transaction. AO cannot declare a unique key over three columns, so should two nodes race, the reads below keep
     * the latest row of a day and never count a day twice.
     */
    public void log(KpiEntry entry) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(KpiEntryEntity.class, "KPI_KEY = ? AND USER_KEY = ? AND EPOCH_DAY = ?",
                    entry.kpiKey(), entry.userKey(), entry.day().toEpochDay());
            Map<String, Object> row = new HashMap<>();
            row.put("KPI_KEY", entry.kpiKey());
            row.put("USER_KEY", entry.userKey());
            row.put("EPOCH_DAY", entry.day().toEpochDay());
            row.put("HUNDREDTHS", hundredths(entry.value()));
            ao.create(KpiEntryEntity.class, List.of(row));
            return null;
        });
    }

    /**
     * Sets many people's values of one day at once (a scheduled count): the day's old rows of those KPIs and people
     * are deleted and the new ones written in one batch, in one transaction: two statements per call.
     */
    public void logAll(LocalDate day, Collection<KpiEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Set<String> kpiKeys = new HashSet<>();
        Set<String> userKeys = new HashSet<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (KpiEntry entry : entries) {
            if (!entry.day().equals(day)) {
                throw new IllegalArgumentException("an entry of another day than " + day + ": " + entry);
            }
            kpiKeys.add(entry.kpiKey());
            userKeys.add(entry.userKey());
            Map<String, Object> row = new HashMap<>();
            row.put("KPI_KEY", entry.kpiKey());
            row.put("USER_KEY", entry.userKey());
            row.put("EPOCH_DAY", day.toEpochDay());
            row.put("HUNDREDTHS", hundredths(entry.value()));
            rows.add(row);
        }
        // one delete per 1,000 people: SQL Server takes at most 2,100 parameters in a statement
        int usersPerStatement = Math.max(1, Math.min(InList.MAX_VALUES, InList.MAX_PARAMETERS - kpiKeys.size() - 1));
        ao.executeInTransaction(() -> {
            for (List<String> chunk : InList.chunks(userKeys, usersPerStatement)) {
                List<Object> parameters = InList.parameters(kpiKeys);
                parameters.addAll(chunk);
                parameters.add(day.toEpochDay());
                ao.deleteWithSQL(KpiEntryEntity.class, InList.of("KPI_KEY", kpiKeys.size()) + " AND "
                        + InList.of("USER_KEY", chunk.size()) + " AND EPOCH_DAY = ?", parameters.toArray());
            }
            ao.create(KpiEntryEntity.class, rows);
            return null;
        });
    }

    /** A person's entries of every KPI from {@code from} up to (not including) {@code toExclusive}, by day then KPI. */
    public List<KpiEntry> entries(String userKey, LocalDate from, LocalDate toExclusive) {
        Map<DayKey, Latest> latest = new HashMap<>();
        ao.stream(KpiEntryEntity.class, Query.select().where("USER_KEY = ? AND EPOCH_DAY >= ? AND EPOCH_DAY < ?",
                userKey, from.toEpochDay(), toExclusive.toEpochDay()), row -> keepLatest(latest, row.getKpiKey(),
                row.getUserKey(), row.getEpochDay(), row.getID(), row.getHundredths()));
        return latest.entrySet().stream()
                .map(found -> new KpiEntry(found.getKey().kpiKey(), found.getKey().userKey(),
                        LocalDate.ofEpochDay(found.getKey().epochDay()), value(found.getValue().hundredths())))
                .sorted(Comparator.comparing(KpiEntry::day).thenComparing(KpiEntry::kpiKey))
                .toList();
    }

    /**
     * Each person's total of one KPI over the days from {@code from} up to (not including) {@code toExclusive}, in
     * one statement however many people: their rows are streamed and added here (AO has no portable aggregate
     * query; at most one row per person and day). People who logged nothing are left out.
     */
    public Map<String, BigDecimal> sums(String kpiKey, Collection<String> userKeys, LocalDate from, LocalDate toExclusive) {
        DateRange days = new DateRange(from, toExclusive);
        return sums(kpiKey, userKeys, List.of(days)).get(days);
    }

    /**
     * Each person's total of one KPI over each span of days, from one statement of the days from the earliest start
     * to the latest end however many people (a competition's standings today and through yesterday). People who
     * logged nothing in a span are left out of it.
     */
    public Map<DateRange, Map<String, BigDecimal>> sums(String kpiKey, Collection<String> userKeys,
                                                        Collection<DateRange> spans) {
        Map<DateRange, Map<String, Long>> totals = new LinkedHashMap<>();
        spans.forEach(span -> totals.put(span, new HashMap<>()));
        if (!userKeys.isEmpty() && !spans.isEmpty()) {
            Set<String> users = new LinkedHashSet<>(userKeys);
            boolean everyone = users.size() > MOST_USERS_LISTED;
            List<Object> parameters = new ArrayList<>();
            parameters.add(kpiKey);
            if (!everyone) {
                parameters.addAll(InList.parameters(users));
            }
            parameters.add(spans.stream().map(DateRange::start).min(Comparator.naturalOrder()).orElseThrow().toEpochDay());
            parameters.add(spans.stream().map(DateRange::end).max(Comparator.naturalOrder()).orElseThrow().toEpochDay());
            Map<DayKey, Latest> latest = new HashMap<>();
            ao.stream(KpiEntryEntity.class, Query.select().where("KPI_KEY = ? AND "
                    + (everyone ? "" : InList.of("USER_KEY", users.size()) + " AND ")
                    + "EPOCH_DAY >= ? AND EPOCH_DAY < ?", parameters.toArray()), row -> {
                        if (users.contains(row.getUserKey())) {
                            keepLatest(latest, row.getKpiKey(), row.getUserKey(), row.getEpochDay(), row.getID(),
                                    row.getHundredths());
                        }
                    });
            latest.forEach((day, found) -> totals.forEach((span, byUser) -> {
                if (span.contains(LocalDate.ofEpochDay(day.epochDay()))) {
                    byUser.merge(day.userKey(), found.hundredths(), Long::sum);
                }
            }));
        }
        Map<DateRange, Map<String, BigDecimal>> sums = new LinkedHashMap<>();
        totals.forEach((span, byUser) -> {
            Map<String, BigDecimal> values = new HashMap<>();
            byUser.forEach((user, total) -> values.put(user, value(total)));
            sums.put(span, values);
        });
        return sums;
    }

    // ---- KPI Scorecard: every KPI of many people at once

    /**
     * Each person's total of every KPI over the days from {@code from} up to (not including) {@code toExclusive}, in
     * one statement however many people and KPIs (the user and day index); people who logged nothing are left out.
     */
    public Map<String, Map<String, BigDecimal>> sumsOfEveryKpi(Collection<String> userKeys, LocalDate from,
                                                                LocalDate toExclusive) {
        if (userKeys.isEmpty()) {
            return Map.of();
        }
        Map<DayKey, Latest> latest = new HashMap<>();
        // one statement up to MOST_USERS_LISTED people (the user and day index), then one per 1,000 of them
        for (List<String> users : userChunks(userKeys)) {
            List<Object> parameters = new ArrayList<>(InList.parameters(users));
            parameters.add(from.toEpochDay());
            parameters.add(toExclusive.toEpochDay());
            ao.stream(KpiEntryEntity.class, Query.select().where(InList.of("USER_KEY", users.size())
                    + " AND EPOCH_DAY >= ? AND EPOCH_DAY < ?", parameters.toArray()), row -> keepLatest(latest,
                    row.getKpiKey(), row.getUserKey(), row.getEpochDay(), row.getID(), row.getHundredths()));
        }
        Map<String, Map<String, Long>> totals = new HashMap<>();
        latest.forEach((day, found) -> totals.computeIfAbsent(day.userKey(), user -> new HashMap<>())
                .merge(day.kpiKey(), found.hundredths(), Long::sum));
        Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
        totals.forEach((user, byKpi) -> {
            Map<String, BigDecimal> values = new HashMap<>();
            byKpi.forEach((kpi, total) -> values.put(kpi, value(total)));
            sums.put(user, values);
        });
        return sums;
    }

    // ---- Leaderboards: a KPI, or every KPI, of a period and the one before it in one read

    /**
     * Each person's total of one KPI in hundredths, per period key, in one statement: the days from the earliest
     * start to the latest end, each added to the period that holds it. People who logged nothing in a period are
     * absent from it.
     */
    public Map<String, Map<String, Long>> kpiTotals(String kpiKey, Collection<String> userKeys,
                                                    Collection<Period> periods) {
        if (userKeys.isEmpty() || periods.isEmpty()) {
            return Map.of();
        }
        Set<String> users = new LinkedHashSet<>(userKeys);
        if (users.size() > MOST_USERS_LISTED) {
            // the KPI's rows of everyone (its index) and only those asked for, rather than too many parameters
            Map<String, Map<String, Long>> totals = new HashMap<>();
            kpiTotalsOfEveryone(kpiKey, periods).forEach((period, byUser) -> byUser.forEach((user, total) -> {
                if (users.contains(user)) {
                    totals.computeIfAbsent(period, key -> new HashMap<>()).put(user, total);
                }
            }));
            return totals;
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(kpiKey);
        parameters.addAll(InList.parameters(users));
        return kpiTotals("KPI_KEY = ? AND " + InList.of("USER_KEY", users.size()), parameters, periods);
    }

    /** {@link #kpiTotals(String, Collection, Collection)} of everyone who logged the KPI in a period. */
    public Map<String, Map<String, Long>> kpiTotalsOfEveryone(String kpiKey, Collection<Period> periods) {
        if (periods.isEmpty()) {
            return Map.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(kpiKey);
        return kpiTotals("KPI_KEY = ?", parameters, periods);
    }

    /**
     * Each person's total of every KPI, per period key, in one statement (see {@link #kpiTotals}); people who logged
     * nothing in a period are absent from it.
     */
    public Map<String, Map<String, Map<String, BigDecimal>>> sumsOfEveryKpi(Collection<String> userKeys,
                                                                            Collection<Period> periods) {
        if (userKeys.isEmpty() || periods.isEmpty()) {
            return Map.of();
        }
        Map<DayKey, Latest> latest = new HashMap<>();
        for (List<String> users : userChunks(userKeys)) {
            latest.putAll(latestIn(InList.of("USER_KEY", users.size()), InList.parameters(users), periods));
        }
        Map<String, Map<String, Map<String, Long>>> totals = new HashMap<>();
        latest.forEach((day, found) -> periodOf(periods, day.epochDay()).ifPresent(period -> totals
                .computeIfAbsent(period.key(), key -> new HashMap<>())
                .computeIfAbsent(day.userKey(), user -> new HashMap<>())
                .merge(day.kpiKey(), found.hundredths(), Long::sum)));
        Map<String, Map<String, Map<String, BigDecimal>>> sums = new HashMap<>();
        totals.forEach((period, byUser) -> byUser.forEach((user, byKpi) -> {
            Map<String, BigDecimal> values = new HashMap<>();
            byKpi.forEach((kpi, total) -> values.put(kpi, value(total)));
            sums.computeIfAbsent(period, key -> new HashMap<>()).put(user, values);
        }));
        return sums;
    }

    private Map<String, Map<String, Long>> kpiTotals(String where, List<Object> parameters,
                                                     Collection<Period> periods) {
        Map<String, Map<String, Long>> totals = new HashMap<>();
        latestIn(where, parameters, periods).forEach((day, found) -> periodOf(periods, day.epochDay())
                .ifPresent(period -> totals.computeIfAbsent(period.key(), key -> new HashMap<>())
                        .merge(day.userKey(), found.hundredths(), Long::sum)));
        return totals;
    }

    private Map<DayKey, Latest> latestIn(String where, List<Object> parameters, Collection<Period> periods) {
        LocalDate from = periods.stream().map(Period::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = periods.stream().map(Period::end).max(Comparator.naturalOrder()).orElseThrow();
        List<Object> all = new ArrayList<>(parameters);
        all.add(from.toEpochDay());
        all.add(to.toEpochDay());
        Map<DayKey, Latest> latest = new HashMap<>();
        ao.stream(KpiEntryEntity.class, Query.select().where(where + " AND EPOCH_DAY >= ? AND EPOCH_DAY < ?",
                all.toArray()), row -> keepLatest(latest, row.getKpiKey(), row.getUserKey(), row.getEpochDay(),
                row.getID(), row.getHundredths()));
        return latest;
    }

    /** The people, whole when listing them stays within a statement's parameters, else in lists of 1,000. */
    private static List<List<String>> userChunks(Collection<String> userKeys) {
        Set<String> users = new LinkedHashSet<>(userKeys);
        return users.size() > MOST_USERS_LISTED ? InList.chunks(users, InList.MAX_VALUES)
                : List.of(new ArrayList<>(users));
    }

    private static Optional<Period> periodOf(Collection<Period> periods, long epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        return periods.stream().filter(period -> period.contains(day)).findFirst();
    }

    private static void keepLatest(Map<DayKey, Latest> latest, String kpiKey, String userKey, long epochDay, int id,
                                   long hundredths) {
        latest.merge(new DayKey(kpiKey, userKey, epochDay), new Latest(id, hundredths),
                (old, found) -> found.id() > old.id() ? found : old);
    }

    private record DayKey(String kpiKey, String userKey, long epochDay) {
    }

    private record Latest(int id, long hundredths) {
    }

    private static Map<String, Object> definitionRow(KpiDefinition definition) {
        Map<String, Object> row = new HashMap<>();
        row.put("KPI_KEY", definition.key());
        row.put("NAME_EN", definition.nameEn());
        row.put("NAME_ZH", definition.nameZh());
        row.put("UNIT", definition.unit().name());
        row.put("SOURCE_TYPE", definition.source().type());
        row.put("SOURCE_PARAM", definition.source().parameter());
        row.put("DIRECTION", definition.direction().name());
        row.put("REP_BENCHMARK", hundredths(definition.benchmark(KpiRole.REP)));
        row.put("MANAGER_BENCHMARK", hundredths(definition.benchmark(KpiRole.MANAGER)));
        row.put("ACTIVE", definition.active());
        return row;
    }

    private static KpiDefinition toDefinition(KpiDefEntity row) {
        return toDefinition(row.getKpiKey(), row.getNameEn(), row.getNameZh(), row.getUnit(), row.getSourceType(),
                row.getSourceParam(), row.getDirection(), row.getRepBenchmark(), row.getManagerBenchmark(), row.isActive());
    }

    private static KpiDefinition toDefinition(String key, String nameEn, String nameZh, String unit, String sourceType,
                                              String sourceParam, String direction, long repBenchmark,
                                              long managerBenchmark, boolean active) {
        return new KpiDefinition(key, nameEn, nameZh, KpiUnit.valueOf(unit), source(sourceType, sourceParam),
                KpiDirection.valueOf(direction),
                Map.of(KpiRole.REP, value(repBenchmark), KpiRole.MANAGER, value(managerBenchmark)), active);
    }

    /** Oracle stores an empty text as NULL: an absent parameter reads as empty. */
    private static KpiSource source(String type, String storedParameter) {
        String parameter = storedParameter == null ? "" : storedParameter;
        return switch (type) {
            case "deal-metric" -> new KpiSource.DealMetric(QuotaMetric.fromKey(parameter).orElseThrow());
            case "jql-count" -> new KpiSource.JqlCount(parameter);
            case "coaching-completion" -> new KpiSource.CoachingCompletion();
            case "manual" -> new KpiSource.Manual();
            default -> throw new IllegalStateException("unknown KPI source " + type);
        };
    }

    private static long hundredths(BigDecimal value) {
        return value.movePointRight(KpiDefinition.SCALE).longValueExact();
    }

    private static BigDecimal value(long hundredths) {
        return BigDecimal.valueOf(hundredths, KpiDefinition.SCALE);
    }
}
