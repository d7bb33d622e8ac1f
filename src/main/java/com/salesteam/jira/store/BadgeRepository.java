package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import net.java.ao.Query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Awarded badges. An award is written at most once per natural key: the unique AWARD_KEY refuses a second row,
 * and a refused insert whose row is found afterwards is the other node's identical award, not an error.
 */
public class BadgeRepository {

    private final ActiveObjects ao;

    public BadgeRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** These people's badges, newest first: one statement up to 2,000 people, else one per 1,000. */
    public List<Badge> ofPeople(Collection<String> people) {
        List<Badge> badges = new ArrayList<>();
        for (List<String> batch : InList.perStatement(new LinkedHashSet<>(people), 0)) {
            ao.stream(BadgeEntity.class, Query.select().where(InList.of("PERSON_KEY", batch.size()),
                    batch.toArray()), row -> badges.add(toBadge(row)));
        }
        badges.sort(Comparator.comparing(Badge::awardedAt).reversed()
                .thenComparing(badge -> badge.award().naturalKey()));
        return badges;
    }

    /**
     * Those of {@code people} who hold a badge of {@code kind}: one statement up to 1,999 people, else one per 1,000.
     */
    public Set<String> holders(BadgeKind kind, Collection<String> people) {
        Set<String> holders = new HashSet<>();
        for (List<String> batch : InList.perStatement(people, 1)) {
            List<Object> parameters = InList.parameters(batch);
            parameters.add(kind.name());
            ao.stream(BadgeEntity.class, Query.select().where(InList.of("PERSON_KEY", batch.size()) + " AND KIND = ?",
                    parameters.toArray()), row -> holders.add(row.getPersonKey()));
        }
        return holders;
    }

    /**
     * Whether anybody holds a badge of this kind for an occasion that starts with {@code periodKey} and a space (a
     * quarter's biggest deal in any currency): one statement.
     */
    public boolean awardedIn(BadgeKind kind, String periodKey) {
        return ao.count(BadgeEntity.class, Query.select().where("KIND = ? AND OCCASION LIKE ?", kind.name(),
                periodKey + " %")) > 0;
    }

    /**
     * Writes the badges not yet awarded and returns them; one statement to find those already there (one per 1,000
     * past 2,000 badges), then one transaction per new badge, so that a badge another node wrote meanwhile refuses
     * only itself.
     */
    public List<Badge> awardAll(Collection<Badge> wanted) {
        Map<String, Badge> byKey = new HashMap<>();
        wanted.forEach(badge -> byKey.putIfAbsent(awardKey(badge.award()), badge));
        Set<String> existing = existingKeys(byKey.keySet());
        List<Badge> written = new ArrayList<>();
        byKey.forEach((key, badge) -> {
            if (!existing.contains(key) && insert(badge)) {
                written.add(badge);
            }
        });
        written.sort(Comparator.comparing(badge -> badge.award().naturalKey()));
        return written;
    }

    /** Marks the person's unseen badges seen; how many there were. */
    public int markSeen(String personKey) {
        return ao.executeInTransaction(() -> {
            BadgeEntity[] rows = ao.find(BadgeEntity.class, Query.select().where("PERSON_KEY = ? AND SEEN = ?",
                    personKey, Boolean.FALSE));
            for (BadgeEntity row : rows) {
                row.setSeen(true);
                row.save();
            }
            return rows.length;
        });
    }

    /** Writes one badge; false when its natural key is already taken (by a racing node). */
    boolean insert(Badge badge) {
        Award award = badge.award();
        Map<String, Object> row = new HashMap<>();
        row.put("AWARD_KEY", awardKey(award));
        row.put("PERSON_KEY", award.personKey());
        row.put("KIND", award.kind().name());
        row.put("OCCASION", award.occasion());
        row.put("DEAL_ID", award.deal().orElse(0L));
        badge.dealKey().ifPresent(key -> row.put("DEAL_KEY", key));
        row.put("AWARDED_AT", badge.awardedAt().toEpochMilli());
        row.put("SEEN", badge.seen());
        try {
            ao.executeInTransaction(() -> {
                ao.create(BadgeEntity.class, List.of(row));
                return null;
            });
            return true;
        } catch (RuntimeException refused) {
            // the unique key refused it: the same award is there now. Anything else is a real failure.
            if (!existingKeys(Set.of(awardKey(award))).isEmpty()) {
                return false;
            }
            throw refused;
        }
    }

    private Set<String> existingKeys(Collection<String> keys) {
        Set<String> found = new HashSet<>();
        for (List<String> batch : InList.perStatement(keys, 0)) {
            ao.stream(BadgeEntity.class, Query.select().where(InList.of("AWARD_KEY", batch.size()), batch.toArray()),
                    row -> found.add(row.getAwardKey()));
        }
        return found;
    }

    /** SHA-256 of the natural key, in hex: 64 characters whatever the length of the user key. */
    static String awardKey(Award award) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(award.naturalKey().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Badge toBadge(BadgeEntity row) {
        long deal = row.getDealId();
        Award award = new Award(row.getPersonKey(), BadgeKind.valueOf(row.getKind()), row.getOccasion(),
                deal == 0 ? Optional.empty() : Optional.of(deal));
        return new Badge(award, Optional.ofNullable(row.getDealKey()), Instant.ofEpochMilli(row.getAwardedAt()),
                row.isSeen());
    }
}
