package com.salesteam.jira.web;

import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.Locale;
import java.util.Optional;

import static com.salesteam.jira.web.GadgetViewFixtures.XSS;
import static com.salesteam.jira.web.GadgetViewFixtures.regionDistrictAndElsewhere;
import static com.salesteam.jira.web.GadgetViewFixtures.renderGadget;
import static com.salesteam.jira.web.GadgetViewFixtures.stubCurrentPeriods;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The Pipeline & Forecast view rendered by real Velocity from its context provider, for each kind of viewer. */
public class ForecastGadgetViewTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private TeamService teams;
    @Mock
    private PeriodService periods;

    @Before
    public void setUp() {
        when(teams.list()).thenReturn(regionDistrictAndElsewhere());
        stubCurrentPeriods(periods);
    }

    private String render(Caller caller, Locale locale) {
        when(currentUser.caller()).thenReturn(Optional.ofNullable(caller));
        return renderGadget("dashboard/forecast-gadget.vm",
                new ForecastGadgetContextProvider(currentUser, teams, periods, new PropertiesTranslator(locale)));
    }

    @Test
    public void aManagerPicksTheirTeamsAndThoseBelowWithNamesEscaped() {
        String html = render(new Caller("vp", "VP", false), Locale.ENGLISH);

        assertTrue(html.contains("<option value=\"team:1\">Region &lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertTrue(html.contains("<option value=\"team:2\">District</option>"));
        assertFalse(html.contains("Elsewhere"));
        assertFalse(html.contains("<script>"));
        assertTrue(html, html.contains("<option value=\"FY2026-Q2\" data-choice=\"this-quarter\">This quarter (Q2 FY2026)</option>"));
        assertTrue(html.contains("<option value=\"FY2026-Q3\" data-choice=\"next-quarter\">Next quarter (Q3 FY2026)</option>"));
    }

    @Test
    public void aRepSeesOnlyTheirOwnDeals() {
        String html = render(new Caller("bob", "Bob " + XSS, false), Locale.SIMPLIFIED_CHINESE);

        assertTrue(html.contains("<option value=\"rep:bob\">我的交易</option>"));
        assertFalse(html.contains("value=\"team:"));
        assertTrue(html.contains("2026财年第2季度"));
    }

    @Test
    public void anAdminPicksAnyTeam() {
        String html = render(new Caller("admin", "Admin", true), Locale.ENGLISH);

        assertTrue(html.contains("value=\"team:3\""));
    }

    @Test
    public void anonymousViewersAreAskedToLogIn() {
        String html = render(null, Locale.ENGLISH);

        assertTrue(html.contains("Log in to see your sales figures."));
        assertFalse(html.contains("salesteam-forecast-period"));
    }
}
