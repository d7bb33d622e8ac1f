package com.salesteam.jira.web;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.kpi.KpiService;
import com.salesteam.jira.service.quota.AttainmentSharingService;
import com.salesteam.jira.model.quota.AttainmentSharing;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The quotas page rendered by real Velocity from its page object. */
public class QuotasAdminTemplateTest {

    private static final String XSS = "\"><script>alert(1)</script>";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private TeamService teams;
    @Mock
    private PeriodService periods;
    @Mock
    private AttainmentSharingService sharing;
    @Mock
    private KpiService kpis;

    @Before
    public void setUp() {
        when(periods.containing("year", "")).thenReturn(Period.parse("FY2026", FiscalCalendar.DEFAULT).orElseThrow());
        when(sharing.get()).thenReturn(new AttainmentSharing(true, true));
    }

    private String render(Locale locale) {
        QuotasAdminPage page = new QuotasAdminPage(teams, periods, sharing, new PropertiesTranslator(locale), kpis);
        return new VelocityHarness().render(QuotasAdminPage.TEMPLATE, page.context());
    }

    @Test
    public void teamsYearsAndMetricsAreOfferedEscapedWithThisYearChosen() {
        when(teams.list()).thenReturn(List.of(new Team(7, "West " + XSS, "", Optional.empty(), Optional.empty(),
                List.of())));

        String html = render(Locale.ENGLISH);

        assertFalse(html.contains("<script>"));
        assertTrue(html, html.contains("<option value=\"7\">West &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertTrue(html, html.contains("<option value=\"FY2025\">"));
        assertTrue(html, html.contains("<option value=\"FY2026\" selected>"));
        assertTrue(html, html.contains("<option value=\"FY2028\">"));
        assertTrue(html.contains("<option value=\"deals-won\">Deals won</option>"));
        assertTrue(html.contains("id=\"salesteam-quota-grid\""));
        assertTrue("the current sharing is the checked choice", html.contains(
                "value=\"team-without-amounts\" checked>"));
        assertTrue(html.contains("their team with everyone&#39;s amounts"));
    }

    @Test
    public void withoutTeamsTheAdminIsToldWhatToDoInChinese() {
        when(teams.list()).thenReturn(List.of());

        String html = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html.contains("id=\"salesteam-quotas-empty\""));
        assertTrue(html.contains("还没有团队"));
        assertFalse(html.contains("salesteam-quota-picker"));
        assertTrue(html.contains("<title>配额</title>"));
    }
}
