package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.cadence.RepCoaching;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-rep coaching rows the gadget reads; each writer sets its own figure and leaves the others. The open
 * actions of a row read here are 0: the overview takes them from the reviews' coaching store.
 */
public class RepCoachingRepository {

    private static final long NEVER = -1;

    private final ActiveObjects ao;

    public RepCoachingRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * These reps' rows, by rep key; a rep without a row is absent: one statement up to 2,000 reps (IN lists of 1,000
     * joined), else one per 1,000.
     */
    public Map<String, RepCoaching> byRep(Collection<String> repKeys) {
        Map<String, RepCoaching> rows = new HashMap<>();
        for (List<String> keys : InList.perStatement(new HashSet<>(repKeys), 0)) {
            ao.stream(RepCoachingEntity.class, Query.select().where(InList.of("REP_KEY", keys.size()), keys.toArray()),
                    row -> rows.put(row.getRepKey(), toCoaching(row)));
        }
        return rows;
    }

    /** Records a 1:1 held at {@code held}; an earlier one than the one recorded changes nothing. */
    public void recordOneOnOne(String repKey, Instant held) {
        update(repKey, row -> row.setLastOneOnOne(Math.max(row.getLastOneOnOne(), held.toEpochMilli())));
    }

    public void setOnboarding(String repKey, int done, int total) {
        if (done < 0 || total < done) {
            throw new IllegalArgumentException("onboarding " + done + " of " + total);
        }
        update(repKey, row -> {
            row.setOnboardDone(done);
            row.setOnboardTotal(total);
        });
    }

    /**
     * Sets these people's onboarding to 0 of {@code total} tasks done, their other figures kept, in one transaction of
     * at most three statements up to 2,000 people: their rows read in one statement, the rows some of them already had
     * deleted in one, and every row written in one batch. More people take a read per 1,000, and more than 2,000 rows
     * already there a delete per 1,000.
     */
    public void startOnboarding(Collection<String> repKeys, int total) {
        if (total < 0) {
            throw new IllegalArgumentException("onboarding total " + total);
        }
        List<String> keys = List.copyOf(new LinkedHashSet<>(repKeys));
        if (keys.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            Map<String, Long> lastOneOnOne = new HashMap<>();
            for (List<String> batch : InList.perStatement(keys, 0)) {
                ao.stream(RepCoachingEntity.class, Query.select().where(InList.of("REP_KEY", batch.size()),
                        batch.toArray()), row -> lastOneOnOne.put(row.getRepKey(), row.getLastOneOnOne()));
            }
            for (List<String> existing : InList.perStatement(lastOneOnOne.keySet(), 0)) {
                ao.deleteWithSQL(RepCoachingEntity.class, InList.of("REP_KEY", existing.size()), existing.toArray());
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String key : keys) {
                Map<String, Object> values = new HashMap<>();
                values.put("REP_KEY", key);
                values.put("LAST_ONE_ON_ONE", lastOneOnOne.getOrDefault(key, NEVER));
                values.put("ONBOARD_DONE", 0);
                values.put("ONBOARD_TOTAL", total);
                rows.add(values);
            }
            ao.create(RepCoachingEntity.class, rows);
            return null;
        });
    }

    private void update(String repKey, java.util.function.Consumer<RepCoachingEntity> change) {
        ao.executeInTransaction(() -> {
            RepCoachingEntity[] rows = ao.find(RepCoachingEntity.class, Query.select().where("REP_KEY = ?", repKey));
            RepCoachingEntity row;
            if (rows.length == 0) {
                Map<String, Object> values = new HashMap<>();
                values.put("REP_KEY", repKey);
                values.put("LAST_ONE_ON_ONE", NEVER);
                values.put("ONBOARD_DONE", 0);
                values.put("ONBOARD_TOTAL", 0);
                row = ao.create(RepCoachingEntity.class, values);
            } else {
                row = rows[0];
            }
            change.accept(row);
            row.save();
            return null;
        });
    }

    private static RepCoaching toCoaching(RepCoachingEntity row) {
        long last = row.getLastOneOnOne();
        int total = Math.max(0, row.getOnboardTotal());
        return new RepCoaching(row.getRepKey(), 0, last < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last)),
                Math.min(Math.max(0, row.getOnboardDone()), total), total);
    }
}
