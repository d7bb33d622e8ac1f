package com.salesteam.jira.jira;

import com.atlassian.cache.CacheSettings;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.CapturingCacheManager;
import com.salesteam.jira.testing.MapCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.inOrder;

/** The team tree on Jira's cache API, over the real team tables: one entry, one statement to fill, none after. */
public class ClusterTeamTreeCacheTest {

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class);

    private TeamRepository teams;
    private MapCache<List<Team>> backing;
    private CacheSettings settings;
    private ClusterTeamTreeCache cache;

    @Before
    public void setUp() {
        teams = new TeamRepository(db.ao());
        CapturingCacheManager caches = new CapturingCacheManager();
        cache = new ClusterTeamTreeCache(caches.manager(), teams);
        backing = caches.cache(ClusterTeamTreeCache.NAME);
        settings = caches.settings(ClusterTeamTreeCache.NAME);
    }

    @Test
    public void oneEntryReplicatedByInvalidationThatExpiresSoon() {
        assertEquals(Boolean.FALSE, settings.getLocal());
        assertEquals(Boolean.FALSE, settings.getReplicateViaCopy());
        assertEquals(Integer.valueOf(1), settings.getMaxEntries());
        assertEquals(Long.valueOf(TimeUnit.MINUTES.toMillis(ClusterTeamTreeCache.EXPIRY_MINUTES)),
                settings.getExpireAfterWrite());
    }

    @Test
    public void theTeamsAreReadOnceThenFromMemoryUntilForgottenOnEveryNode() {
        Team region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"), List.of("bob")));

        db.statements().reset();
        List<Team> read = cache.teams();
        assertEquals("the team rows with their members", 1, db.statements().count());
        assertEquals(teams.findAll(), read);
        db.statements().reset();
        assertEquals(read, cache.teams());
        assertEquals("answered from memory", 0, db.statements().count());
        assertThrows(UnsupportedOperationException.class, () -> read.remove(0));

        teams.update(region.id(), new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("cy")));
        cache.forget();
        assertTrue(backing.getKeys().isEmpty());
        assertEquals(List.of("cy"), cache.teams().get(1).memberKeys());
    }

    @Test
    public void theNodeThatChangedATeamForgetsTheTreeOnEveryNodeThenReadsItAgainItself() {
        Team region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        cache.teams();
        teams.update(region.id(), new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("cy")));

        db.statements().reset();
        cache.reload();
        assertEquals("the team rows with their members, read at once", 1, db.statements().count());
        org.mockito.InOrder order = inOrder(backing);
        order.verify(backing).removeAll();
        order.verify(backing).get("value");
        db.statements().reset();
        assertEquals(List.of("cy"), cache.teams().get(0).memberKeys());
        assertEquals("the next board reads no teams", 0, db.statements().count());
    }
}
