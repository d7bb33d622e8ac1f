package com.salesteam.jira.jira.review;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.salesteam.jira.jira.deal.DealIssueReader;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.PeriodType;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.review.CoachingService;
import com.salesteam.jira.service.review.ReviewVisibility;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.CoachActionEntity;
import com.salesteam.jira.store.CoachingRepository;
import com.salesteam.jira.store.KpiRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.MemoryAttainmentCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The Deal's coaching panel over the real coaching store: the owner's attainment for whom may see it, the coaching
 * actions of reps the viewer may see, both languages, hostile texts escaped, and a bounded number of reads.
 */
public class DealCoachingPanelTest {

    private final java.util.Set<Long> hiddenProjects = new java.util.HashSet<>();
    private final com.salesteam.jira.service.DealAmountAccess amounts = new com.salesteam.jira.service.DealAmountAccess(
            userKey -> hiddenProjects, org.mockito.Mockito.mock(com.salesteam.jira.store.DealLedger.class));

    private static final String XSS = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    private static final String TEMPLATE = "templates/panel/deal-coaching.vm";
    private static final LocalDate CLOSE = LocalDate.of(2026, 6, 15);

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, CoachActionEntity.class,
            AppSettingEntity.class);

    private final AtomicReference<Caller> viewer = new AtomicReference<>();
    private final Issue deal = mock(Issue.class);
    private final DealIssueReader deals = mock(DealIssueReader.class);
    private final VelocityHarness velocity = new VelocityHarness();
    private CoachingRepository coaching;

    @Before
    public void setUp() {
        coaching = new CoachingRepository(db.ao());
        ApplicationUser owner = mock(ApplicationUser.class);
        when(owner.getKey()).thenReturn("li.wei");
        when(deal.getId()).thenReturn(42L);
        when(deal.getAssignee()).thenReturn(owner);
        when(deals.isDeal(deal)).thenReturn(true);
        when(deals.expectedClose(deal)).thenReturn(Optional.of(CLOSE));
        coaching.record(action(1, "li.wei", "Discovery " + XSS, CoachingState.OPEN, LocalDate.of(2026, 5, 1)),
                LocalDate.of(2026, 5, 1));
        coaching.record(action(2, "westrep", "Someone else's", CoachingState.DONE, LocalDate.of(2026, 5, 1)),
                LocalDate.of(2026, 5, 1));
    }

    private static CoachingAction action(long id, String rep, String summary, CoachingState state, LocalDate due) {
        return new CoachingAction(id, "SALES-" + id, summary, Optional.of(rep), Optional.of(42L), "Ride-along " + XSS,
                state, Optional.of(due), Optional.empty());
    }

    private String render(Locale locale) {
        TeamLookup teams = mock(TeamLookup.class);
        when(teams.hierarchy()).thenReturn(new TeamHierarchy(List.of(
                new Team(1, "East", "", Optional.empty(), Optional.of("boss"), List.of("li.wei")),
                new Team(2, "West", "", Optional.empty(), Optional.of("westboss"), List.of("westrep")))));
        Attainment attainment = Attainment.of(10_000_000, 8_750_000, 0, 0,
                FiscalCalendar.DEFAULT.periodContaining(PeriodType.QUARTER, CLOSE), LocalDate.of(2026, 5, 20));
        MemoryAttainmentCache attainments = new MemoryAttainmentCache((rep, day) -> new RepAttainment(rep,
                "FY2026-Q2", day.equals(CLOSE) ? Optional.of(attainment) : Optional.empty(), Optional.of("EUR"),
                Set.of(rep, "boss")));
        ApplicationProperties properties = mock(ApplicationProperties.class);
        when(properties.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        CoachingService service = new CoachingService(coaching, new KpiRepository(db.ao()), mock(ScorecardCache.class),
                new SettingsRepository(db.ao()), Clock.fixed(Instant.parse("2026-05-20T08:00:00Z"), ZoneOffset.UTC),
                mock(com.salesteam.jira.service.cadence.OnboardingPlans.class));
        DealCoachingPanel panel = new DealCoachingPanel(deals, attainments, service,
                new ReviewVisibility(() -> Optional.ofNullable(viewer.get()), teams), () -> Optional.ofNullable(viewer.get()),
                new PropertiesTranslator(locale), properties, amounts);
        return velocity.render(TEMPLATE, panel.getContextMap(Map.of("issue", deal)));
    }

    @Test
    public void theOwnersManagerSeesTheAttainmentAndTheirRepsCoachingOnly() {
        viewer.set(new Caller("boss", "Boss", false));
        db.statements().reset();
        String html = render(Locale.ENGLISH);
        assertTrue("the calendar and the deal's actions: " + db.statements().count(), db.statements().count() <= 2);

        assertTrue(html, html.contains("<strong>Owner&#39;s attainment:</strong> 87.5 %"));
        assertTrue(html.contains("€87,500.00 of €100,000.00 in FY2026-Q2"));
        assertTrue(html.contains("<a href=\"/jira/browse/SALES-1\">SALES-1</a> Discovery " + ESCAPED));
        assertTrue(html.contains("Ride-along " + ESCAPED));
        assertTrue(html.contains("Overdue"));
        assertFalse("another team's coaching stays hidden", html.contains("SALES-2"));
        assertFalse(html.contains(XSS));
    }

    @Test
    public void aViewerWhoCannotBrowseEveryProjectSeesTheAttainmentWithoutAmounts() {
        viewer.set(new Caller("boss", "Boss", false));
        hiddenProjects.add(7L);

        String html = render(Locale.ENGLISH);

        assertTrue(html, html.contains("<strong>Owner&#39;s attainment:</strong> 87.5 %"));
        assertFalse(html, html.contains("€"));
    }

    @Test
    public void anAdminSeesEveryActionInChinese() {
        viewer.set(new Caller("admin", "Admin", true));
        String html = render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(html.contains("SALES-1") && html.contains("SALES-2"));
        assertTrue(html.contains("与此商机相关的辅导行动"));
        assertTrue(html.contains("已完成"));
        assertTrue("an admin sees every attainment", html.contains("87.5"));
    }

    @Test
    public void aRepOfAnotherTeamSeesOnlyTheirOwnCoachingAndNoAttainment() {
        viewer.set(new Caller("westrep", "West rep", false));
        String html = render(Locale.ENGLISH);
        assertTrue(html.contains("SALES-2"));
        assertFalse(html.contains("SALES-1"));
        assertFalse(html.contains("attainment"));
    }

    @Test
    public void strangersAndLoggedOutViewersGetAnEmptyPanel() {
        viewer.set(new Caller("stranger", "S", false));
        assertEquals("", render(Locale.ENGLISH).strip());
        viewer.set(null);
        assertEquals("", render(Locale.ENGLISH).strip());
        when(deals.isDeal(deal)).thenReturn(false);
        viewer.set(new Caller("boss", "Boss", false));
        assertEquals("", render(Locale.ENGLISH).strip());
    }
}
