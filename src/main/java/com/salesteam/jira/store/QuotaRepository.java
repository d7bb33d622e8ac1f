package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaChange;
import com.salesteam.jira.model.quota.QuotaKey;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaSubject;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Quotas and their history. A change or removal writes the quota and its history row in one transaction. */
public class QuotaRepository {

    private final ActiveObjects ao;

    public QuotaRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The quotas of those subjects for the period and metric: one read, however many subjects. */
    public List<Quota> find(Collection<? extends QuotaSubject> subjects, String periodKey, QuotaMeasure metric) {
        return find(subjects, List.of(periodKey), metric);
    }

    /**
     * From this many subjects on (a large team's attainment or board), {@link #find} reads the periods' quotas of the
     * metric for everyone through the (PERIOD_KEY, METRIC) index and keeps the subjects asked for: a period holds at
     * most one quota per subject, and a list of a thousand keys costs the embedded database more than that whole
     * read (it tests every row against every key), besides being split in two past Oracle's 1,000.
     */
    static final int WHOLE_PERIOD_FROM = 500;

    /** The quotas of those subjects for any of the periods (e.g. a year's quarters) and the metric: one read. */
    public List<Quota> find(Collection<? extends QuotaSubject> subjects, Collection<String> periodKeys,
                            QuotaMeasure metric) {
        List<Quota> quotas = new ArrayList<>();
        if (subjects.isEmpty() || periodKeys.isEmpty()) {
            return quotas;
        }
        Set<QuotaSubject> asked = Set.copyOf(subjects);
        Set<String> periods = Set.copyOf(periodKeys);
        List<Object> parameters = new ArrayList<>();
        String where = InList.of("PERIOD_KEY", periods.size()) + " AND METRIC = ?";
        if (asked.size() < WHOLE_PERIOD_FROM) {
            parameters.addAll(asked.stream().map(QuotaSubject::key).toList());
            where = InList.of("SUBJECT_KEY", asked.size()) + " AND " + where;
        }
        parameters.addAll(periods);
        parameters.add(metric.storedName());
        ao.stream(QuotaEntity.class, Query.select().where(where, parameters.toArray()), row -> {
                    Quota quota = toQuota(row.getSubjectType(), row.getSubjectKey(), row.getPeriodKey(), row.getMetric(),
                            row.getTarget(), row.getCurrency());
                    // a rep's key may equal a team's id: only the subjects asked for
                    if (asked.contains(quota.subject())) {
                        quotas.add(quota);
                    }
                });
        return quotas;
    }

    /**
     * Every rep's quota for any of the periods and the metric (an all-company leaderboard): one read, however many
     * reps, where {@link #find} would need every rep's key as a parameter.
     */
    public List<Quota> repQuotasOfEveryone(Collection<String> periodKeys, QuotaMeasure metric) {
        List<Quota> quotas = new ArrayList<>();
        if (periodKeys.isEmpty()) {
            return quotas;
        }
        Set<String> periods = Set.copyOf(periodKeys);
        List<Object> parameters = InList.parameters(periods);
        parameters.add(metric.storedName());
        parameters.add(new QuotaSubject.Rep("").type());
        ao.stream(QuotaEntity.class, Query.select().where(InList.of("PERIOD_KEY", periods.size())
                + " AND METRIC = ? AND SUBJECT_TYPE = ?", parameters.toArray()), row -> quotas.add(toQuota(
                row.getSubjectType(), row.getSubjectKey(), row.getPeriodKey(), row.getMetric(), row.getTarget(),
                row.getCurrency())));
        return quotas;
    }

    /** Sets the quota (creating or changing it) and records the change; nothing when the target is the same. */
    public Optional<QuotaChange> put(Quota quota, String authorKey, Instant at) {
        return put(quota, authorKey, at, stored -> { });
    }

    /**
     * As {@link #put(Quota, String, Instant)}, after handing {@code check} every stored quota of the subject (any
     * period and metric) inside the transaction: a check that throws writes nothing. Still one read.
     */
    public Optional<QuotaChange> put(Quota quota, String authorKey, Instant at, Consumer<List<Quota>> check) {
        return ao.executeInTransaction(() -> {
            QuotaEntity[] rows = ao.find(QuotaEntity.class, Query.select().where(
                    "SUBJECT_KEY = ? AND SUBJECT_TYPE = ?", quota.subject().key(), quota.subject().type()));
            List<Quota> stored = new ArrayList<>();
            QuotaEntity same = null;
            for (QuotaEntity row : rows) {
                Quota found = toQuota(row.getSubjectType(), row.getSubjectKey(), row.getPeriodKey(), row.getMetric(),
                        row.getTarget(), row.getCurrency());
                stored.add(found);
                if (QuotaKey.of(found).equals(QuotaKey.of(quota))) {
                    same = row;
                }
            }
            check.accept(stored);
            Optional<Quota> before = Optional.ofNullable(same).map(row -> toQuota(row.getSubjectType(),
                    row.getSubjectKey(), row.getPeriodKey(), row.getMetric(), row.getTarget(), row.getCurrency()));
            if (before.filter(quota::equals).isPresent()) {
                return Optional.empty();
            }
            if (same == null) {
                ao.create(QuotaEntity.class, List.of(quotaRow(quota)));
            } else {
                same.setTarget(quota.units());
                same.setCurrency(currency(quota));
                same.save();
            }
            QuotaChange change = new QuotaChange(before, quota, authorKey, at);
            ao.create(QuotaChangeEntity.class, List.of(changeRow(change)));
            return Optional.of(change);
        });
    }

    /**
     * Removes the quota and records the removal as a change to nothing (new target
     * -1), in one transaction: a read, a delete and a history row. Empty, writing nothing, when there is no such quota.
     */
    public Optional<QuotaChange> remove(QuotaKey quota, String authorKey, Instant at) {
        return ao.executeInTransaction(() -> {
            QuotaEntity[] rows = ao.find(QuotaEntity.class, Query.select().where(
                    "SUBJECT_KEY = ? AND PERIOD_KEY = ? AND METRIC = ? AND SUBJECT_TYPE = ?", quota.subject().key(),
                    quota.periodKey(), quota.metric().storedName(), quota.subject().type()));
            if (rows.length == 0) {
                return Optional.empty();
            }
            QuotaEntity row = rows[0];
            Quota before = toQuota(row.getSubjectType(), row.getSubjectKey(), row.getPeriodKey(), row.getMetric(),
                    row.getTarget(), row.getCurrency());
            ao.delete(rows);
            QuotaChange removal = QuotaChange.removal(before, authorKey, at);
            ao.create(QuotaChangeEntity.class, List.of(changeRow(removal)));
            return Optional.of(removal);
        });
    }

    /** All of one subject's quotas, whatever the period and metric: one read. */
    public List<Quota> allOf(QuotaSubject subject) {
        List<Quota> found = new ArrayList<>();
        ao.stream(QuotaEntity.class, Query.select().where("SUBJECT_KEY = ? AND SUBJECT_TYPE = ?",
                subject.key(), subject.type()), row -> found.add(toQuota(row.getSubjectType(),
                row.getSubjectKey(), row.getPeriodKey(), row.getMetric(), row.getTarget(), row.getCurrency())));
        return found;
    }

    /** Every quota, streamed: for exports, which may be large. */
    public void forEach(Consumer<Quota> action) {
        ao.stream(QuotaEntity.class, Query.select(), row -> action.accept(toQuota(row.getSubjectType(),
                row.getSubjectKey(), row.getPeriodKey(), row.getMetric(), row.getTarget(), row.getCurrency())));
    }

    /** As {@link #putAll(Collection, Collection, String, Instant, Consumer)} removing nothing and with no check. */
    public List<QuotaChange> putAll(Collection<Quota> wanted, String authorKey, Instant at) {
        return putAll(wanted, List.of(), authorKey, at, stored -> { });
    }

    /** As {@link #putAll(Collection, Collection, String, Instant, Consumer)} removing nothing. */
    public List<QuotaChange> putAll(Collection<Quota> wanted, String authorKey, Instant at,
                                    Consumer<List<Quota>> check) {
        return putAll(wanted, List.of(), authorKey, at, check);
    }

    /**
     * Sets all the {@code wanted} quotas, removes the {@code removed} ones (one not stored is no change) and records
     * each change, in one transaction: a read of the subjects' quotas, a delete of the quotas of those subjects,
     * periods and metrics, one batch that writes back those that stay (changed or as they were) and one batch of
     * history rows. Up to 1,000 subjects that is four statements; past that the read and the delete run once per
     * 1,000 subjects, which keeps each statement under Oracle's 1,000 values per list and SQL Server's 2,100
     * parameters. Before anything is written, {@code check} gets every stored quota of the subjects (any period and
     * metric); a check that throws writes nothing. Quotas already at their target get no history row. Returns the
     * changes made.
     */
    public List<QuotaChange> putAll(Collection<Quota> wanted, Collection<QuotaKey> removed, String authorKey,
                                    Instant at, Consumer<List<Quota>> check) {
        if (wanted.isEmpty() && removed.isEmpty()) {
            return List.of();
        }
        return ao.executeInTransaction(() -> {
            Set<QuotaSubject> asked = new HashSet<>();
            Set<String> subjectKeys = new HashSet<>();
            Set<String> periodKeys = new HashSet<>();
            Set<String> metrics = new HashSet<>();
            Stream.concat(wanted.stream().map(QuotaKey::of), removed.stream()).forEach(quota -> {
                asked.add(quota.subject());
                subjectKeys.add(quota.subject().key());
                periodKeys.add(quota.periodKey());
                metrics.add(quota.metric().storedName());
            });
            int subjectsPerStatement = Math.max(1, Math.min(InList.MAX_VALUES,
                    InList.MAX_PARAMETERS - periodKeys.size() - metrics.size()));
            List<List<String>> subjectChunks = InList.chunks(subjectKeys, subjectsPerStatement);
            // every stored quota inside the rows, periods and metrics the delete below covers
            Map<QuotaKey, Quota> box = new HashMap<>();
            List<Quota> storedOfSubjects = new ArrayList<>();
            for (List<String> chunk : subjectChunks) {
                ao.stream(QuotaEntity.class, Query.select().where(InList.of("SUBJECT_KEY", chunk.size()),
                        chunk.toArray()), row -> {
                            Quota quota = toQuota(row.getSubjectType(), row.getSubjectKey(), row.getPeriodKey(),
                                    row.getMetric(), row.getTarget(), row.getCurrency());
                            if (asked.contains(quota.subject())) {
                                storedOfSubjects.add(quota);
                            }
                            if (periodKeys.contains(quota.periodKey()) && metrics.contains(quota.metric().storedName())) {
                                box.put(QuotaKey.of(quota), quota);
                            }
                        });
            }
            check.accept(storedOfSubjects);
            List<QuotaChange> changes = new ArrayList<>();
            for (QuotaKey quota : removed) {
                Optional.ofNullable(box.remove(quota))
                        .ifPresent(before -> changes.add(QuotaChange.removal(before, authorKey, at)));
            }
            for (Quota quota : wanted) {
                Optional<Quota> before = Optional.ofNullable(box.put(QuotaKey.of(quota), quota));
                if (before.filter(quota::equals).isEmpty()) {
                    changes.add(new QuotaChange(before, quota, authorKey, at));
                }
            }
            if (changes.isEmpty()) {
                return changes;
            }
            for (List<String> chunk : subjectChunks) {
                List<Object> parameters = InList.parameters(chunk);
                parameters.addAll(periodKeys);
                parameters.addAll(metrics);
                ao.deleteWithSQL(QuotaEntity.class, InList.of("SUBJECT_KEY", chunk.size()) + " AND "
                        + InList.of("PERIOD_KEY", periodKeys.size()) + " AND " + InList.of("METRIC", metrics.size()),
                        parameters.toArray());
            }
            if (!box.isEmpty()) {
                ao.create(QuotaEntity.class, box.values().stream().map(QuotaRepository::quotaRow).toList());
            }
            ao.create(QuotaChangeEntity.class, changes.stream().map(QuotaRepository::changeRow).toList());
            return changes;
        });
    }

    /**
     * Every change of the quota, the latest first; changes of the same millisecond (a set and a removal in one
     * script) in the order they were written, told apart by their row ids.
     */
    public List<QuotaChange> history(QuotaSubject subject, String periodKey, QuotaMeasure metric) {
        Map<Integer, QuotaChange> byRow = new HashMap<>();
        ao.stream(QuotaChangeEntity.class, Query.select().where(
                "SUBJECT_TYPE = ? AND SUBJECT_KEY = ? AND PERIOD_KEY = ? AND METRIC = ?",
                subject.type(), subject.key(), periodKey, metric.storedName()), row -> {
                    Optional<Quota> before = row.getOldTarget() < 0 ? Optional.empty()
                            : Optional.of(toQuota(row.getSubjectType(), row.getSubjectKey(), row.getPeriodKey(),
                            row.getMetric(), row.getOldTarget(), row.getOldCurrency()));
                    Optional<Quota> after = row.getNewTarget() < 0 ? Optional.empty()
                            : Optional.of(toQuota(row.getSubjectType(), row.getSubjectKey(), row.getPeriodKey(),
                            row.getMetric(), row.getNewTarget(), row.getNewCurrency()));
                    byRow.put(row.getID(), new QuotaChange(before, after, row.getAuthorKey(),
                            Instant.ofEpochMilli(row.getChangedAt())));
                });
        return byRow.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Integer, QuotaChange> entry) -> entry.getValue().changedAt())
                        .thenComparing(Map.Entry::getKey).reversed())
                .map(Map.Entry::getValue)
                .toList();
    }

    private static Map<String, Object> key(Quota quota) {
        Map<String, Object> row = new HashMap<>();
        row.put("SUBJECT_TYPE", quota.subject().type());
        row.put("SUBJECT_KEY", quota.subject().key());
        row.put("PERIOD_KEY", quota.periodKey());
        row.put("METRIC", quota.metric().storedName());
        return row;
    }

    private static Map<String, Object> quotaRow(Quota quota) {
        Map<String, Object> row = key(quota);
        row.put("TARGET", quota.units());
        row.put("CURRENCY", currency(quota));
        return row;
    }

    /** A target of -1 stands for no quota: before a new one (OLD_TARGET), after a removed one (NEW_TARGET). */
    private static Map<String, Object> changeRow(QuotaChange made) {
        Map<String, Object> change = key(made.quota());
        change.put("OLD_TARGET", made.before().map(Quota::units).orElse(-1L));
        change.put("OLD_CURRENCY", made.before().map(QuotaRepository::currency).orElse(""));
        change.put("NEW_TARGET", made.after().map(Quota::units).orElse(-1L));
        change.put("NEW_CURRENCY", made.after().map(QuotaRepository::currency).orElse(""));
        change.put("AUTHOR_KEY", made.authorKey());
        change.put("CHANGED_AT", made.changedAt().toEpochMilli());
        return change;
    }

    private static String currency(Quota quota) {
        return quota.amount().map(money -> money.currency().getCurrencyCode()).orElse("");
    }

    private static Quota toQuota(String type, String key, String periodKey, String metricName, long target,
                                 String currency) {
        QuotaSubject subject = type.equals("team") ? new QuotaSubject.TeamQuota(Long.parseLong(key))
                : new QuotaSubject.Rep(key);
        QuotaMeasure metric = QuotaMeasure.fromStored(metricName);
        return metric.money()
                ? new Quota(subject, periodKey, metric, Optional.of(Money.ofMinor(target, Currency.getInstance(currency))), 0)
                : new Quota(subject, periodKey, metric, Optional.empty(), target);
    }
}
