package com.salesteam.jira.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.PeriodSumsPatch;
import com.salesteam.jira.service.PeriodSumsCache;
import com.salesteam.jira.store.DealLedger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The period sums on Jira's cluster caches, replicated by invalidation: one entry per period key, plus markers of
 * what the node has seen, one per (period, owner) it holds and one per period. Entries and markers enter only through
 * their loaders (a put would remove the key on every other node), and only deal changes, deletes, rebuilds and
 * calendar saves remove them.
 * <p>
 * A change recorded on a node moves that node's entry in place (the entry holds a reference to immutable sums that
 * the patch swaps) and removes, on every node, the markers of the owners it changed and of their period. A node that
 * serves a period whose marker it still has serves it from memory (one lookup); otherwise it looks up its owners'
 * markers and re-reads the rows of those whose marker is gone, in one statement. An owner new to the period, a node
 * that holds no entry, a delete, a rebuild and a calendar save make every node forget the period (or everything).
 * <p>
 * What remains is the race every cache here has, now only when a node reads a period whole (its first read, one after
 * the expiry, or more than 1,000 changed owners): owner re-reads take each marker before reading, but the owners of
 * a whole read are known only after it. A node that read the period just before another node's change and takes the
 * owners' markers just after that change removed them keeps the changed owners' old sums; one that read it just
 * before a change that made every node forget it (an owner new to the period, a delete) and loads it into the cache
 * after that keeps the old sums of the period. Either lasts until the entry expires, at most ten minutes after its
 * read: each entry carries the instant it was read, which neither patches nor owner re-reads renew. The same holds
 * for an owner whose change on another node was written before this node's patch of that owner but whose
 * invalidation (sent asynchronously) reaches this node between the patch's cluster-wide removal of the owner's marker
 * and its taking it again. An entry holds every rep of the company (a few megabytes at
 * 10,000 reps), hence few entries: the boards and attainments asked for are those of the current and previous
 * periods.
 */
public class ClusterPeriodSumsCache implements PeriodSumsCache {

    static final String NAME = ClusterPeriodSumsCache.class.getName() + ".periodSums";
    static final String MARKERS_NAME = ClusterPeriodSumsCache.class.getName() + ".ownerMarkers";
    static final int MAX_ENTRIES = 24;
    /** Every period entry's owners at 10,000 reps: fewer would evict markers and re-read their owners. */
    static final int MAX_MARKERS = MAX_ENTRIES * 10_000;
    /** More owners to re-read than an IN list holds: the whole period is read again instead. */
    static final int MAX_OWNERS_REREAD = 1_000;
    static final long EXPIRY_MINUTES = 10;

    private static final Duration EXPIRY = Duration.ofMinutes(EXPIRY_MINUTES);

    private final Cache<String, Entry> cache;
    private final Cache<String, Boolean> markers;
    private final DealLedger ledger;
    private final Clock clock;
    /** Entries this thread has just read or kept, for the loader to store: entries enter the cache through it only. */
    private final ThreadLocal<Map<String, Entry>> justRead = new ThreadLocal<>();

    public ClusterPeriodSumsCache(CacheManager cacheManager, DealLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
        this.cache = cacheManager.getCache(NAME, this::load,
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, MAX_ENTRIES));
        this.markers = cacheManager.getCache(MARKERS_NAME, key -> Boolean.TRUE,
                ClusterCaches.invalidatedAcrossNodes(EXPIRY_MINUTES, MAX_MARKERS));
    }

    /**
     * One node's period: the sums it serves, swapped whole by a patch or an owner re-read (never changed in place),
     * and a lock that keeps a patch and a re-read of the same entry apart.
     */
    static final class Entry {
        private final AtomicReference<Held> current;
        private final ReentrantLock lock = new ReentrantLock();

        Entry(Held held) {
            this.current = new AtomicReference<>(held);
        }

        Held held() {
            return current.get();
        }
    }

    private Entry load(String key) {
        Map<String, Entry> read = justRead.get();
        Entry entry = read == null ? null : read.get(key);
        return entry != null ? entry
                : new Entry(new Held(clock.instant(), frozen(ledger.periodTotalsOfEveryone(key))));
    }

    /** Read less than the expiry ago; the cache's own expiry counts from the load, which may come later. */
    private boolean fresh(Held held) {
        return held.loadedAt().plus(EXPIRY).isAfter(clock.instant());
    }

    private Entry presentOrNull(String key) {
        return cache.containsKey(key) ? cache.get(key) : null;
    }

    private static String marker(String periodKey, String owner) {
        return periodKey + "|" + owner;
    }

    /** The period's own marker: gone when any of its owners changed since this node last looked at theirs. */
    private static String marker(String periodKey) {
        return periodKey;
    }

    private void takeMarkers(String periodKey, Collection<String> owners) {
        owners.forEach(owner -> markers.get(marker(periodKey, owner)));
    }

    @Override
    public Map<String, Map<String, Map<Currency, ForecastTotals>>> byPeriod(Collection<String> periodKeys) {
        Set<String> keys = new LinkedHashSet<>(periodKeys);
        Map<String, Map<String, Map<Currency, ForecastTotals>>> found = new HashMap<>();
        Map<String, Entry> present = new HashMap<>();
        Map<String, Set<String>> changedOwners = new LinkedHashMap<>();
        List<String> whole = new ArrayList<>();
        Set<String> owners = new LinkedHashSet<>();
        // an entry is changed (swapped) only under its lock; a reader that cannot have it serves what it read
        List<Entry> locked = new ArrayList<>();
        try {
            for (String key : keys) {
                Entry entry = presentOrNull(key);
                if (entry != null) {
                    present.put(key, entry);
                }
                Held held = entry == null ? null : entry.held();
                if (held == null || !fresh(held)) {
                    whole.add(key);
                    continue;
                }
                if (markers.containsKey(marker(key))) {
                    found.put(key, held.sums());
                    continue;
                }
                if (entry.lock.tryLock()) {
                    locked.add(entry);
                    // taken before the owners are looked at: a change after this removes it again
                    markers.get(marker(key));
                    held = entry.held();
                }
                Set<String> changed = new LinkedHashSet<>();
                held.sums().keySet().forEach(owner -> {
                    if (!markers.containsKey(marker(key, owner))) {
                        changed.add(owner);
                    }
                });
                if (changed.isEmpty()) {
                    found.put(key, held.sums());
                } else {
                    changedOwners.put(key, changed);
                    owners.addAll(changed);
                }
            }
            // one statement whatever is missing: periods to read whole take the periods with changed owners along
            if (!whole.isEmpty() || owners.size() > MAX_OWNERS_REREAD) {
                whole.addAll(changedOwners.keySet());
                changedOwners.clear();
            }
            if (!whole.isEmpty()) {
                readWhole(whole, present, locked, found);
            } else if (!changedOwners.isEmpty()) {
                reReadOwners(changedOwners, owners, present, locked, found);
            }
        } finally {
            locked.forEach(entry -> entry.lock.unlock());
        }
        Map<String, Map<String, Map<Currency, ForecastTotals>>> inOrder = new LinkedHashMap<>();
        keys.forEach(key -> inOrder.put(key, found.get(key)));
        return inOrder;
    }

    /**
     * The changed owners' rows of these periods in one statement, swapped into the entries this reader has locked.
     * Each owner's marker is taken before the read, so a change written after it removes the marker again and is
     * re-read next time.
     */
    private void reReadOwners(Map<String, Set<String>> changedOwners, Set<String> owners, Map<String, Entry> present,
                              List<Entry> locked, Map<String, Map<String, Map<Currency, ForecastTotals>>> found) {
        changedOwners.forEach((key, changed) -> {
            if (locked.contains(present.get(key))) {
                takeMarkers(key, changed);
            }
        });
        Map<String, Map<String, Map<Currency, ForecastTotals>>> read = new HashMap<>();
        try {
            if (changedOwners.size() == 1) {
                // the usual case, one period changed: its key alone is the faster read on the period and owner index
                String key = changedOwners.keySet().iterator().next();
                read.put(key, ledger.periodTotalsByOwner(owners, key));
            } else {
                read.putAll(ledger.periodTotalsByOwner(owners, changedOwners.keySet()));
            }
        } catch (RuntimeException e) {
            notFreshHere(changedOwners.keySet(), present, locked);
            throw e;
        }
        changedOwners.forEach((key, changed) -> {
            Entry entry = present.get(key);
            Map<String, Map<Currency, ForecastTotals>> rows = read.getOrDefault(key, Map.of());
            if (locked.contains(entry)) {
                found.put(key, entry.current.updateAndGet(held -> new Held(held.loadedAt(),
                        replaced(held.sums(), changed, rows))).sums());
            } else {
                found.put(key, replaced(entry.held().sums(), changed, rows));
            }
        });
    }

    /**
     * Every owner of these periods in one statement: periods this node holds no entry of enter through the loader,
     * entries held too long or with too many changed owners are swapped in place with a new read instant.
     */
    private void readWhole(List<String> whole, Map<String, Entry> present, List<Entry> locked,
                           Map<String, Map<String, Map<Currency, ForecastTotals>>> found) {
        Map<String, Set<String>> markedBefore = new HashMap<>();
        for (String key : whole) {
            Entry entry = present.get(key);
            if (entry == null) {
                markers.get(marker(key));
            } else if (locked.contains(entry) || entry.lock.tryLock()) {
                if (!locked.contains(entry)) {
                    locked.add(entry);
                }
                markers.get(marker(key));
                markedBefore.put(key, entry.held().sums().keySet());
                takeMarkers(key, markedBefore.get(key));
            }
        }
        Instant readAt = clock.instant();
        Map<String, Map<String, Map<Currency, ForecastTotals>>> read;
        try {
            read = ledger.periodTotalsOfEveryone(whole);
        } catch (RuntimeException e) {
            notFreshHere(whole, present, locked);
            throw e;
        }
        Map<String, Entry> loading = new HashMap<>();
        for (String key : whole) {
            Held held = new Held(readAt, frozen(read.getOrDefault(key, Map.of())));
            Entry entry = present.get(key);
            if (entry == null) {
                loading.put(key, new Entry(held));
            } else if (locked.contains(entry)) {
                entry.current.set(held);
                // only the owners new to the read: taking the others' again would swallow a change since the read
                Set<String> added = new LinkedHashSet<>(held.sums().keySet());
                added.removeAll(markedBefore.get(key));
                takeMarkers(key, added);
            }
            found.put(key, held.sums());
        }
        if (!loading.isEmpty()) {
            justRead.set(loading);
            try {
                loading.keySet().forEach(key -> {
                    // another thread may have loaded it meanwhile: its sums are as fresh
                    Held stored = cache.get(key).held();
                    takeMarkers(key, stored.sums().keySet());
                    found.put(key, stored.sums());
                });
            } finally {
                justRead.remove();
            }
        }
    }

    /**
     * After a failed read, the locked entries of these periods are read whole next time: their markers were taken
     * before the read. Only this node's entry changes, so nothing is sent to the other nodes.
     */
    private static void notFreshHere(Collection<String> periodKeys, Map<String, Entry> present, List<Entry> locked) {
        for (String key : periodKeys) {
            Entry entry = present.get(key);
            if (entry != null && locked.contains(entry)) {
                entry.current.set(new Held(Instant.EPOCH, entry.held().sums()));
            }
        }
    }

    /** The sums with these owners' taken from the rows read (an owner without rows is left out). */
    private static Map<String, Map<Currency, ForecastTotals>> replaced(
            Map<String, Map<Currency, ForecastTotals>> sums, Set<String> owners,
            Map<String, Map<Currency, ForecastTotals>> rows) {
        Map<String, Map<Currency, ForecastTotals>> copy = new LinkedHashMap<>(sums);
        for (String owner : owners) {
            Map<Currency, ForecastTotals> own = rows.get(owner);
            if (own == null) {
                copy.remove(owner);
            } else {
                copy.put(owner, Map.copyOf(own));
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public Map<String, Held> held(Collection<String> periodKeys) {
        Map<String, Held> held = new HashMap<>();
        for (String key : new LinkedHashSet<>(periodKeys)) {
            // an entry expiring just now is loaded before the change is written: still what the deltas apply to
            Entry entry = presentOrNull(key);
            if (entry != null && fresh(entry.held())) {
                held.put(key, entry.held());
            }
        }
        return held;
    }

    /**
     * Under the ledger lock, so no other node's change comes in between. The period's marker and those of the changed
     * owners go on every node. An owner whose marker this node still has
     * was up to date here before the change, so the patched sums are too and the marker is taken again after its
     * cluster-wide removal; an owner already marked changed stays so and is re-read. If a re-read swapped the entry
     * since {@link #held} (its rows may or may not hold this change), nothing is patched and the owners are re-read.
     */
    @Override
    public void patch(Map<String, Held> held, Map<String, Map<String, Map<Currency, ForecastTotals>>> deltas) {
        deltas.forEach((key, byOwner) -> {
            Set<String> changed = new LinkedHashSet<>();
            byOwner.forEach((owner, byCurrency) -> {
                if (byCurrency.values().stream().anyMatch(delta -> !delta.isZero())) {
                    changed.add(owner);
                }
            });
            if (changed.isEmpty()) {
                return;
            }
            Held before = held.get(key);
            Entry entry = presentOrNull(key);
            List<String> upToDate = changed.stream().filter(owner -> markers.containsKey(marker(key, owner))).toList();
            // under the ledger lock: no other node removes a marker before this change does
            Held patched = before == null ? null : new Held(before.loadedAt(),
                    Collections.unmodifiableMap(PeriodSumsPatch.apply(before.sums(), byOwner)));
            if (entry == null || patched == null || !fresh(before) || !before.sums().keySet().containsAll(changed)) {
                // the owners new to the period had no rows here before: the patched sums hold all of theirs
                List<String> kept = changed.stream().filter(owner -> upToDate.contains(owner)
                        || patched != null && !before.sums().containsKey(owner)).toList();
                forgetAndKeep(key, entry, before, patched, kept);
                return;
            }
            boolean swapped = false;
            if (entry.lock.tryLock()) {
                try {
                    swapped = entry.current.compareAndSet(before, patched);
                } finally {
                    entry.lock.unlock();
                }
            }
            changed.forEach(owner -> markers.remove(marker(key, owner)));
            markers.remove(marker(key));
            if (swapped) {
                // not the period's marker: another owner's change from an earlier write whose invalidation lands
                // after the removal above would be swallowed; the next read looks at the owners' markers instead
                takeMarkers(key, upToDate);
            }
        });
    }

    /**
     * Every node forgets the period; this node keeps its patched sums (loaded through the loader, with the instant of
     * their read) and the markers of the owners that were up to date here, but only if its entry still holds the sums
     * the deltas were applied to: a re-read since then, or another node's forget, would otherwise be undone.
     */
    private void forgetAndKeep(String key, Entry entry, Held before, Held patched, List<String> upToDate) {
        if (entry == null || patched == null || !fresh(patched) || !entry.lock.tryLock()) {
            cache.remove(key);
            return;
        }
        try {
            cache.remove(key);
            if (entry.held() != before) {
                return;
            }
            // the same entry object: a reader that looked it up before the removal still swaps the one served
            entry.current.set(patched);
            justRead.set(Map.of(key, entry));
            try {
                cache.get(key);
            } finally {
                justRead.remove();
            }
            takeMarkers(key, upToDate);
        } finally {
            entry.lock.unlock();
        }
    }

    @Override
    public void forgetPeriods(Collection<String> periodKeys) {
        periodKeys.forEach(cache::remove);
    }

    @Override
    public void forgetAll() {
        cache.removeAll();
        markers.removeAll();
    }

    /** Shared by every reader on the node, so nobody may change it. */
    static Map<String, Map<Currency, ForecastTotals>> frozen(Map<String, Map<Currency, ForecastTotals>> byOwner) {
        Map<String, Map<Currency, ForecastTotals>> copy = new LinkedHashMap<>(byOwner.size() * 2);
        byOwner.forEach((owner, sums) -> copy.put(owner, Map.copyOf(sums)));
        return Collections.unmodifiableMap(copy);
    }
}
