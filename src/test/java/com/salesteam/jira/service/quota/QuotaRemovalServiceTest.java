package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.quota.QuotaChange;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.testing.MutableClock;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.mockito.Mockito;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.salesteam.jira.testing.Refusals.refused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * Removing a quota over a real database: by those who may set it, recorded in the history as a change to nothing,
 * within the statement budget, and forgotten by the caches the quota fed.
 */
@RunWith(Parameterized.class)
public class QuotaRemovalServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final UserDirectory users = Mockito.mock(UserDirectory.class);
    private final MemoryAttainmentCache attainments = MemoryAttainmentCache.empty();
    private final MemoryScorecardCache scorecards = MemoryScorecardCache.empty();
    private final MutableClock clock = new MutableClock(NOW);
    private QuotaService service;
    private Team region;
    private Team district;

    public QuotaRemovalServiceTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, TeamEntity.class, TeamMemberEntity.class, AppSettingEntity.class,
                QuotaEntity.class, QuotaChangeEntity.class);
    }

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        service = new QuotaServiceImpl(new QuotaRepository(db.ao()), new MemoryTeamTreeCache(teams),
                new SettingsRepository(db.ao()), users, new PropertiesTranslator(Locale.ENGLISH), currentUser,
                clock, attainments, scorecards);
        region = teams.create(new TeamDraft("Region", "", Optional.empty(), Optional.of("vp"), List.of("ann")));
        district = teams.create(new TeamDraft("District", "", Optional.of(region.id()), Optional.of("boss"),
                List.of("bob", "carl")));
        when(users.byKey(anyString())).thenAnswer(call -> List.of("ann", "bob", "carl", "boss", "vp")
                .contains(call.<String>getArgument(0))
                ? Optional.of(new Person(call.getArgument(0), call.getArgument(0), "Name of " + call.getArgument(0)))
                : Optional.empty());
    }

    private void act(String key, boolean admin) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(key, key, admin)));
    }

    private void set(String type, String key, String period, String target) {
        service.set(new QuotaDraft(type, key, period, "revenue-won", target));
    }

    @Test
    public void removingAYearQuotaLetsTheSubjectMoveToQuarters() {
        act("boss", false);
        set("rep", "bob", "FY2026", "200000");
        assertEquals("the overlap rule holds the year", "salesteam.error.quota.overlap",
                refused(() -> set("rep", "bob", "FY2026-Q1", "50000")).fieldErrors().get(0).messageKey());

        db.statements().reset();
        QuotaChange removal = service.remove("rep", "bob", "FY2026", "revenue-won");

        assertTrue("within the request budget: " + db.statements().preparedSql(), db.statements().count() <= 5);
        assertTrue(removal.removed());
        assertEquals(200_000_00L, removal.before().orElseThrow().units());
        assertEquals(Optional.empty(), service.forRep("bob", "FY2026", "revenue-won"));
        for (String quarter : List.of("FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4")) {
            set("rep", "bob", quarter, "50000");
        }
        assertEquals(50_000_00L, service.forRep("bob", "FY2026-Q3", "revenue-won").orElseThrow().units());
    }

    @Test
    public void theRemovalIsInTheHistoryWithWhoWhenAndTheOldTarget() {
        act("boss", false);
        set("rep", "bob", "FY2026-Q2", "60000");
        act("vp", false);
        clock.advance(Duration.ofMinutes(5));

        service.remove("rep", "bob", "FY2026-Q2", "revenue-won");

        List<QuotaChange> history = service.history("rep", "bob", "FY2026-Q2", "revenue-won");
        assertEquals(2, history.size());
        QuotaChange removal = history.get(0);
        assertEquals(Optional.empty(), removal.after());
        assertEquals(60_000_00L, removal.before().orElseThrow().units());
        assertEquals("vp", removal.authorKey());
        assertEquals(NOW.plus(Duration.ofMinutes(5)), removal.changedAt());
        assertEquals("boss", history.get(1).authorKey());
        assertEquals(1, db.ao().find(QuotaChangeEntity.class, net.java.ao.Query.select()
                .where("NEW_TARGET = ?", -1L)).length);
        assertEquals(0, db.ao().count(QuotaEntity.class));
    }

    @Test
    public void onlyThoseWhoMaySetAQuotaRemoveIt() {
        act("boss", false);
        set("rep", "bob", "FY2026-Q2", "60000");
        act("admin", true);
        set("team", Long.toString(district.id()), "FY2026-Q2", "100000");
        set("rep", "boss", "FY2026-Q2", "10000");

        act("bob", false);
        assertEquals(ServiceException.Reason.FORBIDDEN,
                refused(() -> service.remove("rep", "bob", "FY2026-Q2", "revenue-won")).reason());
        act("boss", false);
        assertEquals("not one's own", ServiceException.Reason.FORBIDDEN,
                refused(() -> service.remove("rep", "boss", "FY2026-Q2", "revenue-won")).reason());
        assertEquals("not one's own team's", ServiceException.Reason.FORBIDDEN,
                refused(() -> service.remove("team", Long.toString(district.id()), "FY2026-Q2", "revenue-won"))
                        .reason());
        assertEquals("a rep of another team", ServiceException.Reason.FORBIDDEN,
                refused(() -> service.remove("rep", "ann", "FY2026-Q2", "revenue-won")).reason());
        assertEquals(3, db.ao().count(QuotaEntity.class));

        assertTrue(service.remove("rep", "bob", "FY2026-Q2", "revenue-won").removed());
        act("vp", false);
        assertTrue("the manager above removes a nested team's quota",
                service.remove("team", Long.toString(district.id()), "FY2026-Q2", "revenue-won").removed());
        when(currentUser.caller()).thenReturn(Optional.empty());
        assertEquals(ServiceException.Reason.UNAUTHENTICATED,
                refused(() -> service.remove("rep", "boss", "FY2026-Q2", "revenue-won")).reason());
        assertEquals(1, db.ao().count(QuotaEntity.class));
    }

    @Test
    public void aQuotaThatIsNotThereIsNotFoundAndBadFieldsAreNamed() {
        act("admin", true);
        set("rep", "bob", "FY2026-Q2", "60000");

        assertEquals(ServiceException.Reason.NOT_FOUND,
                refused(() -> service.remove("rep", "bob", "FY2026-Q3", "revenue-won")).reason());
        assertEquals("another metric", ServiceException.Reason.NOT_FOUND,
                refused(() -> service.remove("rep", "bob", "FY2026-Q2", "deals-won")).reason());
        ServiceException bad = refused(() -> service.remove("rep", "nobody", "", ""));
        assertEquals(List.of("subjectKey", "period", "metric"),
                bad.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("subjectType", refused(() -> service.remove("person", "bob", "FY2026-Q2", "revenue-won"))
                .fieldErrors().get(0).field());
        assertEquals("period", refused(() -> service.remove("rep", "bob", "<script>", "revenue-won"))
                .fieldErrors().get(0).field());
        assertEquals("metric", refused(() -> service.remove("rep", "bob", "FY2026-Q2", "kpi:nothing"))
                .fieldErrors().get(0).field());
        assertEquals(1, db.ao().count(QuotaEntity.class));
        assertEquals(1, db.ao().count(QuotaChangeEntity.class));
    }

    @Test
    public void removingARepsQuotaMakesTheirAttainmentAndScorecardComputedAfresh() {
        act("boss", false);
        set("rep", "bob", "FY2026-Q2", "60000");
        LocalDate day = LocalDate.of(2026, 5, 1);
        attainments.get("bob", day);
        attainments.get("carl", day);
        scorecards.get("bob", day);
        scorecards.get("carl", day);

        service.remove("rep", "bob", "FY2026-Q2", "revenue-won");

        assertFalse(attainments.holds("bob"));
        assertTrue(attainments.holds("carl"));
        assertFalse(scorecards.holds("bob"));
        assertTrue(scorecards.holds("carl"));
    }
}
