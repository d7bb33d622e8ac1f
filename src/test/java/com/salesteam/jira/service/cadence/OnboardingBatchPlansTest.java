package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.model.cadence.OnboardingPlan;
import com.salesteam.jira.model.cadence.OnboardingTask;
import com.salesteam.jira.model.cadence.OnboardingTemplate;
import com.salesteam.jira.model.cadence.RepCoaching;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.GroupDirectory;
import com.salesteam.jira.service.TeamArrivals;
import com.salesteam.jira.service.TeamGroupSync;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.TeamServiceImpl;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.OnboardPlanEntity;
import com.salesteam.jira.store.OnboardStepEntity;
import com.salesteam.jira.store.OnboardTaskEntity;
import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.store.RepCoachingEntity;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StoreTransactions;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.StatementCounter;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.EveryoneUsers;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A team save that adds many people, on real SQL: their onboarding plans and gadget rows are written in a fixed number
 * of statements, whatever their number, and still one plan per person when a racing node made some of them.
 */
public class OnboardingBatchPlansTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final OnboardingTemplate TEMPLATE = new OnboardingTemplate("SALES", List.of(
            new OnboardingTask("Product training", "Training course", 3),
            new OnboardingTask("Ride along", "Ride-along", 10)));
    /** Statements onboarding adds to a save however many it adds (see {@link OnboardingPlans#added}). */
    private static final int ONBOARDING_STATEMENTS = 9;

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, AppSettingEntity.class, OnboardTaskEntity.class, OnboardPlanEntity.class,
            OnboardStepEntity.class, RepCoachingEntity.class);

    private OnboardingRepository onboarding;
    private RepCoachingRepository repCoaching;
    private TeamRepository teamRepository;
    private int triggered;

    @Before
    public void setUp() {
        new SettingsRepository(db.ao()).saveFiscalCalendar(FiscalCalendar.DEFAULT);
        onboarding = new OnboardingRepository(db.ao());
        repCoaching = new RepCoachingRepository(db.ao());
        teamRepository = new TeamRepository(db.ao());
        onboarding.saveTemplate(TEMPLATE);
    }

    private OnboardingPlans plans(OnboardingRepository store) {
        return new OnboardingPlans(store, repCoaching, teamRepository, new SettingsRepository(db.ao()),
                () -> triggered++, new StoreTransactions(db.ao()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private TeamService teams(TeamArrivals arrivals) {
        GroupDirectory groups = new GroupDirectory() {
            @Override
            public boolean exists(String groupName) {
                return false;
            }

            @Override
            public Optional<List<String>> activeMemberKeys(String groupName) {
                return Optional.empty();
            }
        };
        UserDirectory users = new EveryoneUsers();
        MemoryTeamTreeCache teamTree = new MemoryTeamTreeCache(teamRepository);
        TeamGroupSync sync = new TeamGroupSync(teamRepository, groups, MemoryAttainmentCache.empty(),
                MemoryScorecardCache.empty(), teamTree, Clock.fixed(NOW, ZoneOffset.UTC), arrivals);
        return new TeamServiceImpl(teamRepository, users, () -> Optional.of(new Caller("admin", "Admin", true)),
                MemoryAttainmentCache.empty(), MemoryScorecardCache.empty(), teamTree, groups, sync, arrivals);
    }

    private static List<String> people(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
    }

    /** Statements of a save of {@code team} that adds {@code added} to its members. */
    private int saveAdding(TeamService teams, Team team, List<String> added) {
        List<String> members = new ArrayList<>(team.memberKeys());
        members.addAll(added);
        db.statements().reset();
        teams.update(team.id(), new TeamDraft(team.name(), "", Optional.empty(), Optional.of("boss"), members));
        return db.statements().count();
    }

    @Test
    public void thirtyNewcomersCostTheSaveNineStatementsMoreAsOneNewcomerDoes() {
        TeamService without = teams((teamId, userKeys) -> { });
        TeamService with = teams(plans(onboarding));
        Team plain = without.create(new TeamDraft("Plain", "", Optional.empty(), Optional.of("boss"), List.of()));
        Team emea = with.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"), List.of()));
        Team apac = with.create(new TeamDraft("APAC", "", Optional.empty(), Optional.of("boss"), List.of()));

        int saveAlone = saveAdding(without, plain, people("p", 30));
        int saveWithThirty = saveAdding(with, emea, people("e", 30));
        int saveAloneOne = saveAdding(without, teamRepository.findById(plain.id()).orElseThrow(), people("q", 1));
        int saveWithOne = saveAdding(with, apac, people("a", 1));

        assertEquals(ONBOARDING_STATEMENTS, saveWithThirty - saveAlone);
        assertEquals(ONBOARDING_STATEMENTS, saveWithOne - saveAloneOne);
        assertEquals(31, db.ao().count(OnboardPlanEntity.class));
        assertEquals(62, db.ao().count(OnboardStepEntity.class));
        assertEquals(TEMPLATE.planFor("e17", TODAY), onboarding.plan("e17").orElseThrow());
        assertEquals(new RepCoaching("e30", 0, Optional.empty(), 0, 2), repCoaching.byRep(List.of("e30")).get("e30"));
        assertEquals(2, triggered);
    }

    @Test
    public void twoThousandFiveHundredNewcomersAllGetPlansWithinTheParameterLimitAtThreeReadsMorePerStore() {
        TeamService without = teams((teamId, userKeys) -> { });
        TeamService with = teams(plans(onboarding));
        Team plain = without.create(new TeamDraft("Plain", "", Optional.empty(), Optional.of("boss"), List.of()));
        Team emea = with.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"), List.of()));

        int saveAlone = saveAdding(without, plain, people("p", 2_500));
        int saveWith = saveAdding(with, emea, people("e", 2_500));

        assertTrue("most parameters in a statement: " + db.statements().mostParameters(),
                db.statements().mostParameters() <= StatementCounter.MAX_PARAMETERS);
        assertEquals("who is in another team, who has a plan and who has a gadget row: a read per 1,000 each",
                ONBOARDING_STATEMENTS + 3 * 2, saveWith - saveAlone);
        assertEquals(2_500, db.ao().count(OnboardPlanEntity.class));
        assertEquals(5_000, db.ao().count(OnboardStepEntity.class));
        assertEquals(2_500, db.ao().count(RepCoachingEntity.class));
        assertEquals(TEMPLATE.planFor("e2500", TODAY), onboarding.plan("e2500").orElseThrow());
        assertEquals(new RepCoaching("e1", 0, Optional.empty(), 0, 2), repCoaching.byRep(List.of("e1")).get("e1"));
        assertEquals(1, triggered);
    }

    @Test
    public void aNewcomerWhoHadAGadgetRowKeepsTheirLastOneOnOne() {
        repCoaching.recordOneOnOne("e2", NOW.minusSeconds(86_400));
        TeamService with = teams(plans(onboarding));
        Team emea = with.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"), List.of()));

        saveAdding(with, emea, people("e", 3));

        RepCoaching e2 = repCoaching.byRep(List.of("e2")).get("e2");
        assertEquals(Optional.of(NOW.minusSeconds(86_400)), e2.lastOneOnOne());
        assertEquals(2, e2.onboardingTotal());
        assertEquals(3, db.ao().count(RepCoachingEntity.class));
    }

    @Test
    public void whenARacingNodeMadeOneOfThePlansEachIsMadeAloneAndNobodyGetsTwo() {
        OnboardingRepository racing = new OnboardingRepository(db.ao()) {
            @Override
            public Set<String> createAll(Collection<OnboardingPlan> plans) {
                // another node writes e2's plan between this node's read and its insert
                new OnboardingRepository(db.ao()).create(TEMPLATE.planFor("e2", TODAY));
                return super.createAll(plans);
            }
        };
        TeamService with = teams(plans(racing));
        Team emea = with.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.of("boss"), List.of()));

        saveAdding(with, emea, people("e", 3));

        assertEquals(3, db.ao().count(OnboardPlanEntity.class));
        assertEquals(6, db.ao().count(OnboardStepEntity.class));
        assertTrue(onboarding.plan("e3").isPresent());
        assertEquals(1, triggered);
    }
}
