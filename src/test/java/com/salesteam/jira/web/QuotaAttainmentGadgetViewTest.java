package com.salesteam.jira.web;

import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.kpi.KpiService;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.salesteam.jira.web.GadgetViewFixtures.XSS;
import static com.salesteam.jira.web.GadgetViewFixtures.regionDistrictAndElsewhere;
import static com.salesteam.jira.web.GadgetViewFixtures.renderGadget;
import static com.salesteam.jira.web.GadgetViewFixtures.stubCurrentPeriods;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The Quota Attainment view rendered by real Velocity from its context provider, for each kind of viewer. */
public class QuotaAttainmentGadgetViewTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private TeamService teams;
    @Mock
    private PeriodService periods;
    @Mock
    private KpiService kpis;

    @Before
    public void setUp() {
        when(teams.list()).thenReturn(regionDistrictAndElsewhere());
        stubCurrentPeriods(periods);
    }

    private String render(Caller caller, Locale locale) {
        when(currentUser.caller()).thenReturn(Optional.ofNullable(caller));
        return renderGadget("dashboard/quota-attainment-gadget.vm",
                new QuotaAttainmentGadgetContextProvider(currentUser, teams, periods, new PropertiesTranslator(locale),
                        kpis));
    }

    @Test
    public void aManagerPicksTheirTeamsAndThoseBelowWithNamesEscaped() {
        String html = render(new Caller("vp", "VP", false), Locale.ENGLISH);

        assertTrue(html, html.contains("data-mode=\"team\""));
        assertTrue(html, html.contains("<option value=\"1\">Region &lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertTrue(html, html.contains("<option value=\"2\">District</option>"));
        assertFalse(html.contains("Elsewhere"));
        assertFalse("no script element from data", html.contains("<script"));
        assertTrue(html, html.contains("<option value=\"FY2026-Q2\" data-choice=\"this-quarter\">This quarter (Q2 FY2026)</option>"));
        assertTrue(html.contains("<option value=\"FY2026-Q1\" data-choice=\"last-quarter\">Last quarter (Q1 FY2026)</option>"));
        assertTrue(html.contains("<option value=\"revenue-won\">Revenue won</option>"));
        assertTrue(html.contains("<option value=\"deals-won\">Deals won</option>"));
        assertTrue(html.contains("data-no-quotas=\"No quotas are set for this period. Set quotas on the Quotas admin page or import a CSV.\""));
    }

    @Test
    public void aRepPicksOnlyTheTeamsTheyBelongToInChinese() {
        String html = render(new Caller("bob", "Bob " + XSS, false), Locale.SIMPLIFIED_CHINESE);

        assertTrue(html, html.contains("<option value=\"2\">District</option>"));
        assertFalse(html.contains("value=\"1\""));
        assertFalse(html.contains("value=\"3\""));
        assertTrue(html.contains("2026财年第2季度"));
        assertTrue(html.contains("<option value=\"revenue-won\">赢单收入</option>"));
        assertFalse(html.contains("salesteam-attainment-noteam"));
    }

    @Test
    public void aViewerKeyWithMarkupStaysAnAttribute() {
        when(teams.list()).thenReturn(List.of());
        String html = render(new Caller("\"><script>alert(1)</script>", "X", false), Locale.ENGLISH);

        assertTrue(html, html.contains("data-viewer=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertFalse(html.contains("<script"));
    }

    @Test
    public void aRepOutsideEveryTeamIsToldSoAndSeesTheirOwnRow() {
        String html = render(new Caller("zoe", "Zoe", false), Locale.ENGLISH);

        assertTrue(html, html.contains("data-mode=\"rep\""));
        assertTrue(html.contains("You are not a member of any sales team."));
        assertFalse(html.contains("salesteam-attainment-team\""));
        assertTrue("the rows still load", html.contains("salesteam-attainment-table"));
    }

    @Test
    public void withoutTeamsAnAdminIsToldToCreateThemAndARepToAsk() {
        when(teams.list()).thenReturn(List.of());

        String admin = render(new Caller("admin", "Admin", true), Locale.ENGLISH);
        assertTrue(admin, admin.contains("data-mode=\"none\""));
        assertTrue(admin.contains("There are no sales teams yet. Create them on the Teams admin page."));
        assertFalse("nothing to load", admin.contains("salesteam-attainment-table"));

        String rep = render(new Caller("bob", "Bob", false), Locale.SIMPLIFIED_CHINESE);
        assertTrue(rep, rep.contains("还没有销售团队。请联系 Jira 管理员创建团队。"));
    }

    @Test
    public void anAdminPicksAnyTeamAndAnonymousViewersAreAskedToLogIn() {
        assertTrue(render(new Caller("admin", "Admin", true), Locale.ENGLISH).contains("<option value=\"3\">Elsewhere</option>"));

        String anonymous = render(null, Locale.ENGLISH);
        assertTrue(anonymous.contains("Log in to see your sales figures."));
        assertFalse(anonymous.contains("salesteam-attainment-period"));
    }
}
