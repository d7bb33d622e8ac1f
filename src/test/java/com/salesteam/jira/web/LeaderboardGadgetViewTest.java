package com.salesteam.jira.web;

import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.kpi.ScorecardRules;
import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.ScorecardCache;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import static com.salesteam.jira.web.GadgetViewFixtures.XSS;
import static com.salesteam.jira.web.GadgetViewFixtures.regionDistrictAndElsewhere;
import static com.salesteam.jira.web.GadgetViewFixtures.renderGadget;
import static com.salesteam.jira.web.GadgetViewFixtures.stubCurrentPeriods;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The Leaderboard view rendered by real Velocity from its context provider, for each kind of viewer. */
public class LeaderboardGadgetViewTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private TeamService teams;
    @Mock
    private PeriodService periods;

    /** The standard activities, e-mails switched off, and a KPI named with markup; no weights. */
    private final ScorecardCache scorecards = new MemoryScorecardCache(() -> new ScorecardRules(Map.of(
            "calls", KpiDefinition.standardActivities().get(0),
            "emails", KpiDefinition.standardActivities().get(2).withActive(false),
            "demos", new KpiDefinition("demos", "Demos " + XSS, "演示 " + XSS, KpiUnit.COUNT, new KpiSource.Manual(),
                    KpiDirection.HIGHER_IS_BETTER, Map.of(KpiRole.REP, BigDecimal.TEN, KpiRole.MANAGER, BigDecimal.ONE),
                    true)), Map.of()), (user, day, rules) -> {
                throw new AssertionError("the picker reads no scorecard");
            });

    @Before
    public void setUp() {
        when(teams.list()).thenReturn(regionDistrictAndElsewhere());
        stubCurrentPeriods(periods);
    }

    private String render(Caller caller, Locale locale) {
        when(currentUser.caller()).thenReturn(Optional.ofNullable(caller));
        return renderGadget("dashboard/leaderboard-gadget.vm",
                new LeaderboardGadgetContextProvider(currentUser, teams, periods, new PropertiesTranslator(locale),
                        scorecards, GadgetViewFixtures.boardSettings(LeaderboardPrivacy.DEFAULT)));
    }

    @Test
    public void aManagerPicksTheirTeamsAndThoseBelowWithNamesEscaped() {
        String html = render(new Caller("vp", "VP", false), Locale.ENGLISH);

        assertTrue(html, html.contains("<option value=\"1\">Region &lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertTrue(html, html.contains("<option value=\"2\">District</option>"));
        assertFalse(html.contains("Elsewhere"));
        assertFalse("only admins rank all reps", html.contains("value=\"all\""));
        assertFalse("no script element from data", html.contains("<script"));
        assertTrue(html, html.contains(
                "<option value=\"FY2026-Q2\" data-choice=\"this-quarter\">This quarter (Q2 FY2026)</option>"));
        assertTrue(html.contains("<option value=\"FY2026-Q1\" data-choice=\"last-quarter\">Last quarter (Q1 FY2026)</option>"));
        assertFalse("this and last quarter, month and year only", html.contains("FY2026-Q3"));
        assertTrue(html.contains("<option value=\"FY2026-M05\" data-choice=\"this-month\">"));
        assertTrue(html.contains("<option value=\"FY2026-M04\" data-choice=\"last-month\">"));
        assertTrue(html.contains("<option value=\"FY2026\" data-choice=\"this-year\">"));
        assertTrue(html.contains("<option value=\"FY2025\" data-choice=\"last-year\">"));
        assertTrue(html.contains("<option value=\"weighted-pipeline\">Weighted pipeline</option>"));
        assertTrue(html.contains("<option value=\"percent-of-quota\">Percent of quota</option>"));
        assertTrue(html.contains("<option value=\"scorecard\">KPI Scorecard</option>"));
        assertTrue(html.contains("<option value=\"kpi:calls\">KPI: Calls</option>"));
        assertTrue("names of KPIs are escaped", html.contains(
                "<option value=\"kpi:demos\">KPI: Demos &lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertFalse("an inactive KPI is not offered", html.contains("kpi:emails"));
        assertFalse("no bare kpi metric without its KPI", html.contains("value=\"kpi\""));
        assertTrue(html, html.contains("<option value=\"10\" selected>10</option>"));
        assertTrue(html.contains("<option value=\"25\">25</option>"));
        assertTrue(html.contains("data-not-shared=\"Your admin has not shared leaderboards with reps."));
        assertTrue("apostrophes come out single", html.contains("Other reps&#39; amounts") || html.contains("Other reps' amounts"));
    }

    @Test
    public void aRepPicksOnlyTheTeamsTheyBelongToInChinese() {
        String html = render(new Caller("bob", "Bob " + XSS, false), Locale.SIMPLIFIED_CHINESE);

        assertTrue(html, html.contains("<option value=\"2\">District</option>"));
        assertFalse(html.contains("value=\"1\""));
        assertFalse(html.contains("value=\"3\""));
        assertTrue(html.contains("2026财年第2季度"));
        assertTrue(html.contains("<option value=\"revenue-won\">赢单收入</option>"));
        assertTrue(html.contains("<option value=\"scorecard\">KPI 计分卡</option>"));
        assertTrue(html, html.contains("<option value=\"kpi:calls\">KPI 指标：电话</option>"));
        assertTrue(html.contains("排名依据"));
        assertTrue(html.contains("data-not-shared=\"您的管理员尚未向销售代表共享排行榜。"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("salesteam-leaderboard-noteam"));
    }

    @Test
    public void aRepOutsideEveryTeamIsToldWhatToDoAndNothingLoads() {
        String html = render(new Caller("zoe", "Zoe", false), Locale.ENGLISH);

        assertTrue(html, html.contains("You are not on any sales team, so there is no leaderboard to show."));
        assertFalse("nothing to load", html.contains("salesteam-leaderboard-team"));
        assertFalse(html.contains("salesteam-leaderboard-rows"));
    }

    @Test
    public void anAdminRanksAllRepsOrAnyTeamAndWithoutTeamsIsToldToCreateThem() {
        String admin = render(new Caller("admin", "Admin", true), Locale.ENGLISH);
        assertTrue(admin, admin.contains("<option value=\"all\">All reps</option>"));
        assertTrue(admin.contains("<option value=\"3\">Elsewhere</option>"));

        when(teams.list()).thenReturn(List.of());
        String alone = render(new Caller("admin", "Admin", true), Locale.SIMPLIFIED_CHINESE);
        assertTrue(alone, alone.contains("还没有销售团队：下方排行榜对全部销售代表排名。"));
        assertTrue("the all-reps board still loads", alone.contains("<option value=\"all\">全部销售代表</option>"));

        String rep = render(new Caller("bob", "Bob", false), Locale.ENGLISH);
        assertTrue(rep.contains("There are no sales teams yet. Ask a Jira administrator to create teams."));
        assertFalse(rep.contains("salesteam-leaderboard-team"));
    }

    @Test
    public void anonymousViewersAreAskedToLogIn() {
        String anonymous = render(null, Locale.ENGLISH);
        assertTrue(anonymous.contains("Log in to see your sales figures."));
        assertFalse(anonymous.contains("salesteam-leaderboard-period"));
    }
}
