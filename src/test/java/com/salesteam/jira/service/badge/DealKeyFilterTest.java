package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.service.BrowsableDealKeys;
import org.junit.Test;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

/**
 * Badges as a viewer may read them: a deal key the viewer may not browse is removed, everything else kept, and the
 * deals of all the people's badges are looked up in one batch (none when no badge names a deal).
 */
public class DealKeyFilterTest {

    private static final Instant AWARDED = Instant.parse("2026-05-14T08:00:00Z");

    private final AtomicInteger batches = new AtomicInteger();
    private Collection<Long> asked = List.of();

    /** The viewer "boss" may browse deal 7 only; anyone else none. */
    private final BrowsableDealKeys browsable = (viewer, ids) -> {
        batches.incrementAndGet();
        asked = List.copyOf(ids);
        return viewer.equals("boss") && ids.contains(7L) ? Map.of(7L, "SALES-7") : Map.of();
    };

    private static Badge firstDeal(String person, long deal) {
        return new Badge(new Award(person, BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.of(deal)),
                Optional.of("SALES-" + deal), AWARDED, false);
    }

    private static Badge quotaMet(String person) {
        return new Badge(new Award(person, BadgeKind.QUOTA_MET, "FY2026-Q1", Optional.empty()), Optional.empty(),
                AWARDED, true);
    }

    @Test
    public void keysOfDealsTheViewerMayNotBrowseAreRemovedInOneBatch() {
        Badge bobs = firstDeal("bob", 7);
        Badge carls = firstDeal("carl", 9);
        Badge met = quotaMet("carl");

        Map<String, List<Badge>> visible = new DealKeyFilter(browsable).visibleTo("boss",
                Map.of("bob", List.of(bobs), "carl", List.of(carls, met)));

        assertEquals(1, batches.get());
        assertEquals(List.of(7L, 9L), asked.stream().sorted().toList());
        assertEquals(Optional.of("SALES-7"), visible.get("bob").get(0).dealKey());
        assertEquals("the other deal's key is gone", Optional.empty(), visible.get("carl").get(0).dealKey());
        assertEquals("the rest of it stays", carls.award(), visible.get("carl").get(0).award());
        assertEquals(carls.awardedAt(), visible.get("carl").get(0).awardedAt());
        assertEquals(met, visible.get("carl").get(1));
    }

    @Test
    public void aViewerWhoMayBrowseNoDealSeesNoKeyAndBadgesWithoutDealsAskNothing() {
        assertEquals(Optional.empty(), new DealKeyFilter(browsable).visibleTo("bob", List.of(firstDeal("bob", 7)))
                .get(0).dealKey());

        batches.set(0);
        Map<String, List<Badge>> none = Map.of("carl", List.of(quotaMet("carl")));
        assertSame(none, new DealKeyFilter(browsable).visibleTo("boss", none));
        assertEquals(0, batches.get());
    }
}
