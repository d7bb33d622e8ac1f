package com.salesteam.jira.sandbox;

import com.salesteam.jira.testing.MemoryDaySumsCache;
import com.salesteam.jira.testing.MemoryLeaderboardSettingsCache;
import com.salesteam.jira.testing.MemoryTeamTreeCache;
import com.salesteam.jira.testing.MemoryPeriodSumsCache;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.salesteam.jira.model.setup.DealBlueprint;
// Sales Goal
import com.salesteam.jira.model.setup.GoalBlueprint;
import com.salesteam.jira.rest.ForecastAdjustmentResource;
import com.salesteam.jira.rest.ForecastResource;
import com.salesteam.jira.rest.PeriodJsonMapper;
import com.salesteam.jira.rest.PeriodResource;
import com.salesteam.jira.rest.ServiceExceptionMapper;
import com.salesteam.jira.rest.AttainmentResource;
import com.salesteam.jira.rest.AttainmentSharingResource;
import com.salesteam.jira.rest.LeaderboardPrivacyResource;
import com.salesteam.jira.rest.LeaderboardResource;
import com.salesteam.jira.rest.QuotaResource;
import com.salesteam.jira.rest.SetupResource;
import com.salesteam.jira.rest.TeamJsonMapper;
import com.salesteam.jira.rest.ReconciliationResource;
import com.salesteam.jira.rest.StageResource;
import com.salesteam.jira.rest.TeamResource;
import com.salesteam.jira.rest.WebApplicationExceptionMapper;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.AsOfForecastServiceImpl;
import com.salesteam.jira.service.DealAmountAccess;
import com.salesteam.jira.service.DealHistorySource;
import com.salesteam.jira.service.ForecastAdjustmentServiceImpl;
import com.salesteam.jira.service.ForecastServiceImpl;
import com.salesteam.jira.service.PeriodServiceImpl;
import com.salesteam.jira.service.DealLedgerService;
import com.salesteam.jira.service.ReconciliationService;
import com.salesteam.jira.service.ReconciliationTrigger;
import com.salesteam.jira.service.StageNames;
import com.salesteam.jira.service.StageServiceImpl;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.TeamServiceImpl;
import com.salesteam.jira.service.quota.AttainmentServiceImpl;
import com.salesteam.jira.service.quota.AttainmentSharingService;
import com.salesteam.jira.service.ranking.LeaderboardPrivacyService;
import com.salesteam.jira.service.ranking.LeaderboardServiceImpl;
import com.salesteam.jira.service.quota.QuotaCsvServiceImpl;
import com.salesteam.jira.service.quota.RepAttainmentLoader;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.service.quota.QuotaServiceImpl;
import com.salesteam.jira.service.setup.ProjectSetupService;
import com.salesteam.jira.service.setup.ProjectSetupServiceImpl;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.ForecastAdjustEntity;
import com.salesteam.jira.store.ForecastAdjustmentRepository;
import com.salesteam.jira.store.QuotaChangeEntity;
import com.salesteam.jira.store.QuotaEntity;
import com.salesteam.jira.store.QuotaRepository;
import com.salesteam.jira.store.ReconciliationStatus;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.StageRuleEntity;
import com.salesteam.jira.store.StageRuleRepository;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.TestActiveObjects;
import com.salesteam.jira.store.upgrade.V1DefaultSettingsUpgradeTask;
// KPIs
import com.salesteam.jira.rest.KpiResource;
import com.salesteam.jira.service.kpi.KpiServiceImpl;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.upgrade.V3StandardKpisUpgradeTask;
// KPI Scorecard
import com.salesteam.jira.rest.ScorecardResource;
import com.salesteam.jira.service.kpi.RepScorecardLoader;
import com.salesteam.jira.service.kpi.ScorecardServiceImpl;
import com.salesteam.jira.store.ScoreWeightEntity;
import com.salesteam.jira.store.ScorecardRepository;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.web.ActivityPage;
import com.salesteam.jira.web.ActivityServlet;
import com.salesteam.jira.web.KpisAdminPage;
import com.salesteam.jira.web.KpisAdminServlet;
import com.salesteam.jira.testing.InJvmLock;
import com.salesteam.jira.testing.InMemoryHostConfiguration;
import com.salesteam.jira.testing.VelocityHarness;
import com.atlassian.plugin.web.ContextProvider;
import com.salesteam.jira.web.DealsAdminPage;
import com.salesteam.jira.web.DealsAdminServlet;
import com.salesteam.jira.web.QuotasAdminPage;
import com.salesteam.jira.web.QuotasAdminServlet;
import com.salesteam.jira.web.SetupAdminPage;
import com.salesteam.jira.web.SetupAdminServlet;
import com.salesteam.jira.web.ForecastGadgetContextProvider;
import com.salesteam.jira.web.QuotaAttainmentGadgetContextProvider;
import com.salesteam.jira.web.TeamsAdminPage;
import com.salesteam.jira.web.TeamsAdminServlet;
// Team group sync
import com.salesteam.jira.service.TeamGroupSync;
// Commission pages
import com.salesteam.jira.rest.CommissionResource;
import com.salesteam.jira.service.commission.CommissionLoader;
import com.salesteam.jira.service.commission.CommissionServiceImpl;
import com.salesteam.jira.store.CommAssignEntity;
import com.salesteam.jira.store.CommCloseEntity;
import com.salesteam.jira.store.CommLineEntity;
import com.salesteam.jira.store.CommPlanEntity;
import com.salesteam.jira.store.CommTierEntity;
import com.salesteam.jira.store.CommissionRepository;
import com.salesteam.jira.testing.MemoryCommissionCache;
import com.salesteam.jira.web.CommissionAdminPage;
import com.salesteam.jira.web.CommissionAdminServlet;
import com.salesteam.jira.web.CommissionStatementPage;
import com.salesteam.jira.web.CommissionStatementServlet;
// Leaderboard gadget
import com.salesteam.jira.web.LeaderboardGadgetContextProvider;
// Coaching cadence
import com.salesteam.jira.rest.CoachingResource;
import com.salesteam.jira.rest.ReviewCycleResource;
import com.salesteam.jira.service.cadence.CoachingOverviewService;
import com.salesteam.jira.service.cadence.ReviewCycleRun;
import com.salesteam.jira.service.cadence.ReviewCycleService;
import com.salesteam.jira.service.cadence.ReviewIssues;
import com.salesteam.jira.store.CycleReviewEntity;
import com.salesteam.jira.store.RepCoachingEntity;
import com.salesteam.jira.store.RepCoachingRepository;
import com.salesteam.jira.store.ReviewCycleEntity;
import com.salesteam.jira.store.ReviewCycleRepository;
import com.salesteam.jira.web.CoachingGadgetContextProvider;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Set;
// Badges
import com.salesteam.jira.rest.BadgeResource;
import com.salesteam.jira.service.badge.BadgeEvaluator;
import com.salesteam.jira.service.badge.BadgeService;
import com.salesteam.jira.service.badge.NotMeasuredCoaching;
import com.salesteam.jira.store.BadgeEntity;
import com.salesteam.jira.store.BadgeRepository;
import com.salesteam.jira.store.WonDealReader;
import com.salesteam.jira.testing.MemoryBadgeCache;
import com.salesteam.jira.web.BadgeProfilePanelContextProvider;
// Automation
import com.salesteam.jira.rest.AutomationResource;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.automation.AutomationRunner;
import com.salesteam.jira.service.automation.AutomationService;
import com.salesteam.jira.service.automation.DigestAutomation;
import com.salesteam.jira.store.DigestOptOutEntity;
import com.salesteam.jira.service.automation.SlipAlertAutomation;
import com.salesteam.jira.service.automation.StaleDealAutomation;
import com.salesteam.jira.store.AutoActionEntity;
import com.salesteam.jira.store.AutoJobEntity;
import com.salesteam.jira.store.AutoRunEntity;
import com.salesteam.jira.store.AutoSettingEntity;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.SlipWatchEntity;
import com.salesteam.jira.store.StaleEpisodeEntity;
import com.salesteam.jira.store.StaleRuleEntity;
import com.salesteam.jira.web.AutomationAdminPage;
import com.salesteam.jira.web.AutomationAdminServlet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
// Competitions
import com.salesteam.jira.rest.CompetitionResource;
import com.salesteam.jira.service.competition.CompetitionService;
import com.salesteam.jira.store.CompEntity;
import com.salesteam.jira.store.CompStanding;
import com.salesteam.jira.store.CompetitionRepository;
import com.salesteam.jira.web.CompetitionGadgetContextProvider;
import com.salesteam.jira.web.CompetitionsPage;
import com.salesteam.jira.web.CompetitionsServlet;
// Onboarding
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import com.salesteam.jira.rest.OnboardingResource;
import com.salesteam.jira.service.cadence.DevelopmentPlanService;
import com.salesteam.jira.service.cadence.OnboardingIssues;
import com.salesteam.jira.service.cadence.OnboardingPlans;
import com.salesteam.jira.service.cadence.OnboardingRun;
import com.salesteam.jira.service.cadence.OnboardingService;
import com.salesteam.jira.store.CoachActionEntity;
import com.salesteam.jira.store.CoachingRepository;
import com.salesteam.jira.store.DevelopmentPlanRepository;
import com.salesteam.jira.store.OnboardPlanEntity;
import com.salesteam.jira.store.OnboardStepEntity;
import com.salesteam.jira.store.OnboardTaskEntity;
import com.salesteam.jira.store.OnboardingRepository;
import com.salesteam.jira.web.DevelopmentPlanPage;
import com.salesteam.jira.web.DevelopmentPlanServlet;
import com.salesteam.jira.web.OnboardingAdminPage;
import com.salesteam.jira.web.OnboardingAdminServlet;

import javax.servlet.DispatcherType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A stand-in for Jira that serves the app's real REST resources, admin pages and (later) dashboard items over
 * an embedded database with demo data. Clearly not Jira: it exists so people and browser tests can see the app.
 */
public final class Sandbox implements AutoCloseable {

    public static final String CONTEXT = "/jira";
    /** Team meeting cadence: the projects the sandbox's Jira has (the demo data creates meetings in SALES and CN). */
    private static final com.salesteam.jira.service.ProjectKeys SANDBOX_PROJECTS =
            key -> Set.of("SALES", "CN").contains(key);

    private final Server server;
    private final TestActiveObjects database;

    private Sandbox(Server server, TestActiveObjects database) {
        this.server = server;
        this.database = database;
    }

    /** Starts on 127.0.0.1:{@code port} (0 = any free port) with its database under {@code dataDirectory}. */
    public static Sandbox start(int port, Path dataDirectory, boolean reset, Clock clock) throws Exception {
        if (reset) {
            deleteRecursively(dataDirectory);
        }
        Files.createDirectories(dataDirectory);
        TestActiveObjects database = TestActiveObjects.file(dataDirectory);
        new V1DefaultSettingsUpgradeTask().upgrade(ModelVersion.valueOf("0"), database.ao());
        // Team tree in one statement: fills the team rows' member keys of a sandbox database made before them
        new com.salesteam.jira.store.upgrade.V6TeamMemberKeysUpgradeTask().upgrade(ModelVersion.valueOf("5"), database.ao());

        SandboxUsers users = new SandboxUsers();
        SandboxSession session = new SandboxSession(users);
        database.ao().migrate(DealEntity.class, DealMonthEntity.class, DealDayEntity.class, StageRuleEntity.class,
                ForecastAdjustEntity.class, QuotaEntity.class, QuotaChangeEntity.class);
        TeamRepository teamRepository = new TeamRepository(database.ao());
        DealLedger ledger = new DealLedger(database.ao());
        // Competition fixes: a fresh demo counts euros by default, the currency of most demo deals
        boolean freshDemo = teamRepository.findAll().isEmpty();
        DemoData.seedIfEmpty(teamRepository, ledger, clock);
        DemoData.seedQuotasIfEmpty(new QuotaRepository(database.ao()), teamRepository, ledger, clock);
        SettingsRepository settings = new SettingsRepository(database.ao());
        if (freshDemo) {
            settings.saveDefaultCurrency(Currency.getInstance("EUR"));
        }
        RepAttainmentLoader attainmentLoader = new RepAttainmentLoader(new QuotaRepository(database.ao()), ledger,
                teamRepository, settings, clock);
        MemoryAttainmentCache attainments = new MemoryAttainmentCache((rep, day) -> attainmentLoader.load(rep).on(day),
                /* Sales Goal */ (rep, period, metric) -> attainmentLoader.load(rep).on(period, metric));
        // KPI Scorecard: the weights table, demo weights and the cache over the real loader
        new V3StandardKpisUpgradeTask().upgrade(ModelVersion.valueOf("2"), database.ao());
        database.ao().migrate(ScoreWeightEntity.class);
        ScorecardRepository scorecardWeights = new ScorecardRepository(database.ao());
        DemoData.seedScorecardWeightsIfEmpty(scorecardWeights, new KpiRepository(database.ao()));
        MemoryDaySumsCache daySums = new MemoryDaySumsCache(ledger);
        MemoryScorecardCache scorecards = MemoryScorecardCache.over(new RepScorecardLoader(
                new KpiRepository(database.ao()), scorecardWeights, ledger, daySums, teamRepository, settings));
        // Team group sync: groups of the demo users; synced on save and "Sync now" (the sandbox has no scheduler)
        SandboxGroups groups = new SandboxGroups();
        // Claims: the sandbox's issues are labelled with their claims' markers in memory, as Jira keeps labels
        com.salesteam.jira.service.cadence.ClaimRecovery claimRecovery = new com.salesteam.jira.service.cadence.ClaimRecovery(
                new com.salesteam.jira.testing.MemoryClaimMarkers(), clock);
        // Onboarding: its tables; the sandbox has no scheduler, so the onboarding job's work runs at once when a team
        // change makes plans, over numbered sandbox issues recorded in the coaching store as Jira's listener does
        database.ao().migrate(OnboardTaskEntity.class, OnboardPlanEntity.class, OnboardStepEntity.class,
                RepCoachingEntity.class, CoachActionEntity.class);
        OnboardingRepository onboardingStore = new OnboardingRepository(database.ao());
        CoachingRepository onboardingActions = new CoachingRepository(database.ao());
        AtomicLong onboardingIssueIds = new AtomicLong(DemoData.ONBOARDING_ISSUE_IDS + database.ao().count(
                OnboardStepEntity.class, net.java.ao.Query.select().where("ISSUE_ID > ?", 0L)));
        OnboardingIssues onboardingIssues = (step, reporter, marker) -> {
            long id = onboardingIssueIds.incrementAndGet();
            String key = DemoData.onboardingIssueKey(step.projectKey(), id);
            onboardingActions.record(new CoachingAction(id, key, step.title(), java.util.Optional.of(step.repKey()),
                    java.util.Optional.empty(), step.kind(), CoachingState.OPEN, java.util.Optional.of(step.due()),
                    java.util.Optional.empty()), step.due());
            return new OnboardingIssues.Created(id, key);
        };
        OnboardingRun onboardingRun = new OnboardingRun(onboardingStore, teamRepository, onboardingIssues,
                claimRecovery, new com.salesteam.jira.service.cadence.OnboardingLinks(onboardingStore,
                new RepCoachingRepository(database.ao()), new com.salesteam.jira.store.StoreTransactions(database.ao())));
        OnboardingPlans onboardingPlans = new OnboardingPlans(onboardingStore, new RepCoachingRepository(database.ao()),
                teamRepository, settings, () -> onboardingRun.run(() -> false),
                new com.salesteam.jira.store.StoreTransactions(database.ao()), clock);
        OnboardingService onboarding = new OnboardingService(onboardingStore, teamRepository, SANDBOX_PROJECTS, session);
        MemoryTeamTreeCache teamTree = new MemoryTeamTreeCache(teamRepository);
        TeamGroupSync groupSync = new TeamGroupSync(teamRepository, groups, attainments, scorecards, teamTree, clock,
                onboardingPlans);
        DemoData.linkDemoGroupIfNeverSynced(teamRepository, groupSync);
        // Onboarding: the demo template only after the demo group's first sync, whose members are no newcomers
        DemoData.seedOnboardingIfEmpty(onboardingStore, onboardingPlans, onboardingRun, onboardingActions, clock);
        TeamService teams = new TeamServiceImpl(teamRepository, users, session, attainments, scorecards, teamTree, groups,
                groupSync, onboardingPlans);
        PeriodServiceImpl periods = new PeriodServiceImpl(settings, clock, session);
        InMemoryHostConfiguration jiraConfiguration = new InMemoryHostConfiguration();
        jiraConfiguration.addProject("SALES", "Sales EMEA");
        jiraConfiguration.addProject("CN", "销售华东");
        StageNames stageNames = () -> DemoData.stageNames(jiraConfiguration.statusNamesById());
        // the sandbox has no Jira projects to hide: everyone may see every deal's amount
        DealAmountAccess everyDeal = new DealAmountAccess(userKey -> Set.of(), ledger);
        ForecastServiceImpl forecasts = new ForecastServiceImpl(ledger, teamRepository, settings, users, stageNames,
                session, clock, everyDeal);
        PeriodJsonMapper periodMapper = new PeriodJsonMapper(session, clock);

        StageRuleRepository stageRules = new StageRuleRepository(database.ao());
        DemoData.seedStagesIfEmpty(stageRules);
        StageServiceImpl stages = new StageServiceImpl(stageRules, session);
        ReconciliationStatus reconciliationStatus = new ReconciliationStatus(database.ao());
        MemoryPeriodSumsCache periodSums = new MemoryPeriodSumsCache(ledger);
        MemoryLeaderboardSettingsCache boardSettings = new MemoryLeaderboardSettingsCache(settings);
        DealLedgerService dealLedgerService = new DealLedgerService(ledger, stageRules, teamRepository, settings,
                new InJvmLock(), attainments, scorecards, periodSums, daySums, boardSettings);
        // the sandbox has no deal issues to read: "rebuild now" recomputes the sums from the ledger at once
        ReconciliationTrigger rebuildNow = () -> {
            dealLedgerService.rebuildSums();
            reconciliationStatus.finished(clock.instant().toString(), "sandbox: sums rebuilt from the ledger");
        };
        ReconciliationService reconciliation = new ReconciliationService(reconciliationStatus, rebuildNow, session);
        ProjectSetupService setup = new ProjectSetupServiceImpl(jiraConfiguration, stageRules, new InJvmLock(), session,
                session, List.of(DealBlueprint.create(), /* Sales Goal */ GoalBlueprint.create()));
        // KPIs: their tables and the standard activities (above), as model version 3 sets them up in Jira
        KpiServiceImpl kpis = new KpiServiceImpl(new KpiRepository(database.ao()), teamRepository, settings, users,
                session, clock, scorecards);
        ScorecardServiceImpl scorecardService = new ScorecardServiceImpl(scorecardWeights,
                new KpiRepository(database.ao()), ledger, daySums, teamRepository, settings, users, session, scorecards, clock);
        // Commission pages: the commission tables, a demo plan and the service over a one-node cache
        database.ao().migrate(CommPlanEntity.class, CommTierEntity.class, CommAssignEntity.class, CommCloseEntity.class,
                CommLineEntity.class);
        CommissionRepository commissionRepository = new CommissionRepository(database.ao());
        DemoData.seedCommissionIfEmpty(commissionRepository, teamRepository, clock);
        MemoryCommissionCache commissionCache = new MemoryCommissionCache(new CommissionLoader(commissionRepository));
        CommissionServiceImpl commission = new CommissionServiceImpl(commissionRepository, ledger,
                new QuotaRepository(database.ao()), teamRepository, settings, users, session, commissionCache, new InJvmLock(), clock,
                everyDeal, (viewer, ids) -> ids.stream().collect(java.util.stream.Collectors.toMap(id -> id,
                id -> DemoData.dealKey(id).orElseThrow())));
        // Badges: their table, the rules run over the demo data (the hourly job does this in Jira), one node's cache
        database.ao().migrate(BadgeEntity.class);
        MemoryBadgeCache badgeCache = new MemoryBadgeCache();
        BadgeService badges = new BadgeService(new BadgeRepository(database.ao()), teamRepository, badgeCache, session,
                /* every sandbox user may browse every demo deal */ (viewer, ids) -> ids.stream().collect(
                java.util.stream.Collectors.toMap(id -> id, id -> DemoData.dealKey(id).orElseThrow())));
        new BadgeEvaluator(ledger, new QuotaRepository(database.ao()), settings, new BadgeRepository(database.ao()),
                new WonDealReader(database.ao()), DemoData::dealKey, new NotMeasuredCoaching(), badgeCache,
                /* the sandbox sends no mail: new badges stay marked on the profile */ awarded -> { }, clock).run();
        // Automation: its tables, demo settings and rules, one demo run of each job, the service
        database.ao().migrate(AutoSettingEntity.class, AutoJobEntity.class, AutoRunEntity.class, AutoActionEntity.class,
                StaleRuleEntity.class, StaleEpisodeEntity.class, SlipWatchEntity.class, DigestOptOutEntity.class);
        AutomationRepository automationRepository = new AutomationRepository(database.ao());
        SandboxDealActions dealActions = new SandboxDealActions();
        // Team meeting cadence: its tables, the agenda read as each team's manager, meetings into memory
        database.ao().migrate(com.salesteam.jira.store.MeetingCadenceEntity.class,
                com.salesteam.jira.store.TeamMeetingEntity.class);
        com.salesteam.jira.store.MeetingCadenceRepository meetingCadences =
                new com.salesteam.jira.store.MeetingCadenceRepository(database.ao());
        SandboxSalesMeetings salesMeetings = new SandboxSalesMeetings();
        com.salesteam.jira.service.ActingUser acting = new com.salesteam.jira.service.ActingUser();
        com.salesteam.jira.service.automation.TeamMeetingAutomation meetings =
                new com.salesteam.jira.service.automation.TeamMeetingAutomation(meetingCadences, automationRepository,
                settings, new TeamLookup(teamRepository), new com.salesteam.jira.service.automation.TeamAgendaSource(
                new ForecastServiceImpl(ledger, teamRepository, settings, users, stageNames, acting.currentUser(), clock,
                        everyDeal),
                new LeaderboardServiceImpl(periodSums, new QuotaRepository(database.ao()), teamTree, boardSettings,
                        users, acting.currentUser(), clock, everyDeal, new KpiRepository(database.ao()), scorecards,
                        daySums, ledger),
                new CompetitionService(new CompetitionRepository(database.ao()), ledger,
                        new QuotaRepository(database.ao()), teamRepository, teamTree, settings, boardSettings, users,
                        acting.currentUser(), clock,
                        everyDeal, new KpiRepository(database.ao())),
                new CoachingOverviewService(teamRepository, new com.salesteam.jira.service.review.ReviewRecords(
                        new com.salesteam.jira.store.ReviewRecordRepository(database.ao())),
                        new RepCoachingRepository(database.ao()),
                        new com.salesteam.jira.store.CoachingRepository(database.ao()), acting.currentUser(), clock),
                new com.salesteam.jira.service.automation.SlippedDeals(automationRepository, ledger, users), settings,
                users, acting, userKey -> Set.of(), ledger), salesMeetings, session, claimRecovery);
        AutomationRunner automationRunner = new AutomationRunner(new StaleDealAutomation(ledger, automationRepository,
                new TeamLookup(teamRepository), dealActions, session), new SlipAlertAutomation(ledger,
                automationRepository, settings, dealActions), new DigestAutomation(ledger, automationRepository,
                settings, new TeamLookup(teamRepository), users, digest -> { }), /* Team meeting cadence */ meetings,
                automationRepository, clock);
        AutomationDemo automationDemo = new AutomationDemo(automationRunner, clock);
        automationDemo.seedIfNeverRun(automationRepository);
        AutomationService automation = new AutomationService(automationRepository, automationDemo, ledger,
                new TeamLookup(teamRepository), users, session);
        // Competitions: their tables, the service, a running and a finished demo competition; the sandbox has no
        // scheduler, so the freeze job's work runs once here
        database.ao().migrate(CompEntity.class, CompStanding.class);
        CompetitionService competitions = new CompetitionService(new CompetitionRepository(database.ao()), ledger,
                new QuotaRepository(database.ao()), teamRepository, teamTree, settings, boardSettings, users, session,
                clock, everyDeal, new KpiRepository(database.ao()));
        DemoData.seedCompetitionsIfEmpty(new CompetitionRepository(database.ao()), teamRepository, clock);
        competitions.freezeEnded();
        // Coaching cadence: the cycles' tables, a real run of the cycles over numbered sandbox issues, coaching rows
        database.ao().migrate(ReviewCycleEntity.class, CycleReviewEntity.class, RepCoachingEntity.class,
                com.salesteam.jira.store.CoachActionEntity.class, com.salesteam.jira.store.PerfReviewEntity.class,
                com.salesteam.jira.store.DevPlanEntity.class);
        com.salesteam.jira.store.CoachingRepository coachActions = new com.salesteam.jira.store.CoachingRepository(
                database.ao());
        ReviewCycleRepository reviewCycles = new ReviewCycleRepository(database.ao());
        RepCoachingRepository repCoaching = new RepCoachingRepository(database.ao());
        AtomicLong sandboxIssueIds = new AtomicLong(30_000);
        // as in Jira, where the reviews' issue listener records each review created, the sandbox records it at once
        com.salesteam.jira.store.ReviewRecordRepository reviewRecords =
                new com.salesteam.jira.store.ReviewRecordRepository(database.ao());
        ReviewIssues sandboxIssues = (review, summary, marker) -> {
            long id = sandboxIssueIds.incrementAndGet();
            String key = review.projectKey() + "-" + (id - 30_000);
            reviewRecords.record(new com.salesteam.jira.model.review.ReviewRecord(id, key,
                    java.util.Optional.of(review.key().repKey()), review.period().key(), "Scheduled", false,
                    java.util.Optional.of(review.dueDate())));
            return new ReviewIssues.Created(id, key);
        };
        DemoData.seedCoachingIfEmpty(reviewCycles, repCoaching, coachActions, reviewRecords, teamRepository, new ReviewCycleRun(reviewCycles,
                teamRepository, settings, sandboxIssues, users, session, clock, claimRecovery), clock);
        // 1:1 meetings: the tables, a real run of the schedules over numbered sandbox issues, one meeting held
        database.ao().migrate(com.salesteam.jira.store.OneOnOneEntity.class,
                com.salesteam.jira.store.OneOnOneMeetEntity.class);
        com.salesteam.jira.store.OneOnOneRepository oneOnOnes = new com.salesteam.jira.store.OneOnOneRepository(
                database.ao());
        com.salesteam.jira.service.cadence.OneOnOneService oneOnOneService =
                new com.salesteam.jira.service.cadence.OneOnOneService(oneOnOnes, teamRepository, users,
                        SANDBOX_PROJECTS, session, clock);
        DemoData.seedOneOnOnesIfEmpty(oneOnOnes, new com.salesteam.jira.service.cadence.OneOnOneRun(
                oneOnOnes, teamRepository, settings, new com.salesteam.jira.service.cadence.MeetingAgendas(ledger,
                automationRepository, new RepScorecardLoader(new KpiRepository(database.ao()), scorecardWeights, ledger,
                daySums, teamRepository, settings), scorecards, coachActions, oneOnOnes, ids -> {
                    Map<Long, com.salesteam.jira.service.cadence.DealTitles.Title> titles = new java.util.HashMap<>();
                    ids.forEach(id -> titles.put(id, new com.salesteam.jira.service.cadence.DealTitles.Title(
                            dealActions.issueKey(id), "Deal " + id)));
                    return titles;
                }, user -> java.util.Set.of()), (meeting, summary, agenda, marker) -> {
                    long id = sandboxIssueIds.incrementAndGet();
                    return new com.salesteam.jira.service.cadence.MeetingIssues.Created(id, meeting.projectKey() + "-"
                            + (id - 30_000));
                }, users, session, clock, claimRecovery), new com.salesteam.jira.service.cadence.MeetingRecords(oneOnOnes, repCoaching),
                coachActions, clock);
        // Team meeting cadence: the demo teams' cadences and a first real run, once its data exists (above)
        DemoData.seedMeetingCadencesIfEmpty(meetingCadences, teamRepository, automationRunner);
        ResourceConfig rest = new ResourceConfig()
                .register(new AutomationResource(automation))
                // Team meeting cadence
                .register(new com.salesteam.jira.rest.MeetingCadenceResource(
                        new com.salesteam.jira.service.cadence.MeetingCadenceService(meetingCadences, teamRepository,
                                SANDBOX_PROJECTS, session)))
                .register(new CommissionResource(commission, session))
                .register(new TeamResource(teams, new TeamJsonMapper(users), session))
                .register(new PeriodResource(periods, periodMapper))
                .register(new ForecastResource(forecasts, new AsOfForecastServiceImpl(ledger, teamRepository, settings,
                        stageRules, noIssueHistory(), users, stageNames, session, clock, everyDeal), periodMapper, session))
                .register(new StageResource(stages))
                .register(new ForecastAdjustmentResource(new ForecastAdjustmentServiceImpl(
                        new ForecastAdjustmentRepository(database.ao()), ledger, teamRepository, settings, session, session, clock),
                        users, session, new AppSettings(settings)))
                .register(new ReconciliationResource(reconciliation))
                .register(new SetupResource(setup, session))
                .register(new QuotaResource(new QuotaServiceImpl(new QuotaRepository(database.ao()), teamTree,
                        settings, users, session, session, clock, attainments, scorecards), new QuotaCsvServiceImpl(new QuotaRepository(
                        database.ao()), teamRepository, settings, users, session, session, clock, attainments, scorecards), session))
                .register(new AttainmentResource(new AttainmentServiceImpl(new QuotaRepository(database.ao()), ledger,
                        periodSums, teamTree, settings, users, session, clock, everyDeal, daySums,
                        new KpiRepository(database.ao()), scorecards), session))
                .register(new KpiResource(kpis, session))
                .register(new ScorecardResource(scorecardService, session))
                .register(new AttainmentSharingResource(new AttainmentSharingService(settings, session)))
                // Leaderboards: the boards and their privacy settings
                .register(new LeaderboardResource(new LeaderboardServiceImpl(periodSums, new QuotaRepository(database.ao()),
                        teamTree, boardSettings, users, session, clock, everyDeal, new KpiRepository(database.ao()),
                        scorecards, daySums, ledger), session, /* Badges */ badges))
                .register(new LeaderboardPrivacyResource(new LeaderboardPrivacyService(settings, boardSettings, session)))
                // Badges
                .register(new BadgeResource(badges, session))
                // Competitions
                .register(new CompetitionResource(competitions, session, session, badges))
                // Coaching cadence: review cycles and the Coaching & Reviews gadget's figures
                .register(new ReviewCycleResource(new ReviewCycleService(reviewCycles, teamRepository, session)))
                // 1:1 meetings: the reps' schedules
                .register(new com.salesteam.jira.rest.OneOnOneResource(oneOnOneService))
                .register(new com.salesteam.jira.rest.DevelopmentPlanResource(
                        new com.salesteam.jira.service.cadence.DevelopmentPlanService(
                                new com.salesteam.jira.store.DevelopmentPlanRepository(database.ao()), teamRepository,
                                session, clock)))
                .register(new CoachingResource(new CoachingOverviewService(teamRepository,
                        new com.salesteam.jira.service.review.ReviewRecords(reviewRecords), repCoaching,
                        coachActions, session, clock), users))
                // Onboarding: the template and a person's plan
                .register(new OnboardingResource(onboarding))
                .register(new ServiceExceptionMapper(session))
                .register(new WebApplicationExceptionMapper(session))
                .register(new AccessAnnotationFilter(session))
                .register(JacksonFeature.class);

        VelocityHarness velocity = new VelocityHarness();
        TeamsAdminServlet teamsAdmin = new TeamsAdminServlet(session, new TeamsAdminPage(teams, users, session),
                session, templateRenderer(velocity), loginUriProvider(), pageBuilderService());

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath(CONTEXT);
        context.addFilter(new FilterHolder(new SandboxLoginFilter(session)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ServletContainer(rest)), "/rest/salesteam/1.0/*");
        context.addServlet(new ServletHolder(new SandboxChromeServlet(teamsAdmin, session)),
                "/plugins/servlet/salesteam/admin/teams");
        DealsAdminServlet dealsAdmin = new DealsAdminServlet(session, new DealsAdminPage(stages, reconciliation, stageNames, session),
                session, templateRenderer(velocity), loginUriProvider(), pageBuilderService());
        context.addServlet(new ServletHolder(new SandboxChromeServlet(dealsAdmin, session)),
                "/plugins/servlet/salesteam/admin/deals");
        QuotasAdminServlet quotasAdmin = new QuotasAdminServlet(session, new QuotasAdminPage(teams, periods, new AttainmentSharingService(settings, session), session, kpis),
                session, templateRenderer(velocity), loginUriProvider(), pageBuilderService());
        context.addServlet(new ServletHolder(new SandboxChromeServlet(quotasAdmin, session)),
                "/plugins/servlet/salesteam/admin/quotas");
        SetupAdminServlet setupAdmin = new SetupAdminServlet(session, new SetupAdminPage(setup, session),
                session, templateRenderer(velocity), loginUriProvider(), pageBuilderService());
        context.addServlet(new ServletHolder(new SandboxChromeServlet(setupAdmin, session)),
                "/plugins/servlet/salesteam/admin/setup");
        // KPIs: the definitions admin page and "Log activity"
        context.addServlet(new ServletHolder(new SandboxChromeServlet(new KpisAdminServlet(session,
                new KpisAdminPage(kpis, session, scorecardService), session, templateRenderer(velocity), loginUriProvider(),
                pageBuilderService()), session)), "/plugins/servlet/salesteam/admin/kpis");
        context.addServlet(new ServletHolder(new SandboxChromeServlet(new ActivityServlet(session,
                new ActivityPage(kpis, session), templateRenderer(velocity), loginUriProvider(), pageBuilderService()),
                session)), "/plugins/servlet/salesteam/activity");
        // Commission pages: the plans admin page and the statement page
        context.addServlet(new ServletHolder(new SandboxChromeServlet(new CommissionAdminServlet(session,
                new CommissionAdminPage(commission, commissionCache, teams, periods, users, session), session,
                templateRenderer(velocity), loginUriProvider(), pageBuilderService()), session)),
                "/plugins/servlet/salesteam/admin/commission");
        context.addServlet(new ServletHolder(new SandboxChromeServlet(new CommissionStatementServlet(session,
                new CommissionStatementPage(commission, teams, periods, users, session), templateRenderer(velocity),
                loginUriProvider(), pageBuilderService()), session)), "/plugins/servlet/salesteam/commission/statement");
        // Automation: the admin page
        context.addServlet(new ServletHolder(new SandboxChromeServlet(new AutomationAdminServlet(session,
                new AutomationAdminPage(automation, new com.salesteam.jira.service.cadence.MeetingCadenceService(
                        meetingCadences, teamRepository, SANDBOX_PROJECTS, session), stages, stageNames, session), session, templateRenderer(velocity),
                loginUriProvider(), pageBuilderService()), session)), "/plugins/servlet/salesteam/admin/automation");
        // Coaching cadence: the Review cycles page
        context.addServlet(new ServletHolder(new SandboxChromeServlet(new com.salesteam.jira.web.ReviewCyclesServlet(
                session, new com.salesteam.jira.web.ReviewCyclesPage(new ReviewCycleService(reviewCycles,
                teamRepository, session), session, /* 1:1 meetings */ oneOnOneService), templateRenderer(velocity),
                loginUriProvider(),
                pageBuilderService()), session)), "/plugins/servlet/salesteam/review-cycles");
        Map<String, ContextProvider> contextProviders = Map.of(ForecastGadgetContextProvider.class.getName(),
                new ForecastGadgetContextProvider(session, teams, periods, session),
                QuotaAttainmentGadgetContextProvider.class.getName(),
                new QuotaAttainmentGadgetContextProvider(session, teams, periods, session, kpis),
                // Leaderboard gadget
                LeaderboardGadgetContextProvider.class.getName(),
                new LeaderboardGadgetContextProvider(session, teams, periods, session, scorecards, boardSettings),
                // Competitions
                CompetitionGadgetContextProvider.class.getName(),
                new CompetitionGadgetContextProvider(session, competitions, session, scorecards),
                // Coaching & Reviews gadget
                CoachingGadgetContextProvider.class.getName(),
                new CoachingGadgetContextProvider(session, teams, session));
        // Badges: a stand-in for Jira's user profile showing the app's profile panel
        context.addServlet(new ServletHolder(new SandboxProfileServlet(users, session, velocity,
                new BadgeProfilePanelContextProvider(badges, session, session, pageBuilderService(),
                        new SandboxTimeZones(session)))),
                "/secure/ViewProfile.jspa");
        // Competitions: the history page and its form, behind the sandbox's XSRF token
        SandboxXsrf xsrf = new SandboxXsrf(session);
        context.addServlet(new ServletHolder(new SandboxChromeServlet(new CompetitionsServlet(session,
                new CompetitionsPage(competitions, teams, session, scorecards), competitions, session, templateRenderer(velocity),
                loginUriProvider(), pageBuilderService(), xsrf, xsrf), session)), CompetitionsServlet.PATH);
        // Onboarding: the template admin page and the Development plan page, behind the sandbox's XSRF token
        context.addServlet(new ServletHolder(new SandboxChromeServlet(new OnboardingAdminServlet(session,
                new OnboardingAdminPage(onboarding, session), onboarding, session, templateRenderer(velocity),
                loginUriProvider(), pageBuilderService(), xsrf, xsrf), session)), OnboardingAdminServlet.PATH);
        DevelopmentPlanService developmentPlans = new DevelopmentPlanService(new DevelopmentPlanRepository(
                database.ao()), teamRepository, session, clock);
        context.addServlet(new ServletHolder(new SandboxChromeServlet(new DevelopmentPlanServlet(session,
                new DevelopmentPlanPage(developmentPlans, onboarding, teams, users, session, clock), developmentPlans,
                session, templateRenderer(velocity), loginUriProvider(), pageBuilderService(), xsrf, xsrf), session)),
                DevelopmentPlanServlet.PATH);
        // Digest preferences: each user's own page, behind the sandbox's XSRF token; the meetings as Jira would show them
        context.addServlet(new ServletHolder(new SandboxChromeServlet(new com.salesteam.jira.web.DigestPreferencesServlet(
                session, new com.salesteam.jira.web.DigestPreferencesPage(automation, session), automation, session,
                templateRenderer(velocity), loginUriProvider(), pageBuilderService(), xsrf, xsrf), session)),
                com.salesteam.jira.web.DigestPreferencesServlet.PATH);
        context.addServlet(new ServletHolder(new SandboxSalesMeetingServlet(salesMeetings)), "/browse/*");
        context.addServlet(new ServletHolder(new SandboxPagesServlet(users, session, velocity, contextProviders)), "/*");

        Server server = new Server(new InetSocketAddress("127.0.0.1", port));
        server.setHandler(context);
        server.start();
        return new Sandbox(server, database);
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port() + CONTEXT;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
        database.close();
    }

    /** The sandbox has deals but no issues: no history, so an as-of forecast shows the ledger as it is. */
    private static DealHistorySource noIssueHistory() {
        return issueIds -> Map.of();
    }

    /** Velocity rendering as Jira's TemplateRenderer does it, HTML-escaped. */
    private static TemplateRenderer templateRenderer(VelocityHarness velocity) {
        return (TemplateRenderer) Proxy.newProxyInstance(Sandbox.class.getClassLoader(),
                new Class<?>[]{TemplateRenderer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("render") && args.length == 3) {
                        @SuppressWarnings("unchecked")
                        java.util.Map<String, Object> values = (java.util.Map<String, Object>) args[1];
                        ((java.io.Writer) args[2]).write(velocity.render((String) args[0], values));
                        return null;
                    }
                    throw new UnsupportedOperationException("sandbox TemplateRenderer." + method.getName());
                });
    }

    private static LoginUriProvider loginUriProvider() {
        return (LoginUriProvider) Proxy.newProxyInstance(Sandbox.class.getClassLoader(),
                new Class<?>[]{LoginUriProvider.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getLoginUri")) {
                        URI returnUri = (URI) args[0];
                        return URI.create(CONTEXT + "/login?return="
                                + URLEncoder.encode(returnUri.getRawPath(), StandardCharsets.UTF_8));
                    }
                    throw new UnsupportedOperationException("sandbox LoginUriProvider." + method.getName());
                });
    }

    /** Resources are linked by the sandbox's own page chrome, so requiring them here is a no-op chain. */
    private static PageBuilderService pageBuilderService() {
        return (PageBuilderService) noOpChain(PageBuilderService.class);
    }

    private static Object noOpChain(Class<?> type) {
        return Proxy.newProxyInstance(Sandbox.class.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            Class<?> returns = method.getReturnType();
            if (returns.isInterface()) {
                return noOpChain(returns);
            }
            return null;
        });
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
