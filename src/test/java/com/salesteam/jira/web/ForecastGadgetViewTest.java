package com.salesteam.jira.web;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The Pipeline & Forecast view rendered by real Velocity from its context provider, for each kind of viewer. */
public class ForecastGadgetViewTest {

    private static final String XSS = "<script>alert(1)</script>";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private TeamService teams;
    @Mock
    private PeriodService periods;

    private final VelocityHarness velocity = new VelocityHarness();

    @Before
    public void setUp() {
        when(teams.list()).thenReturn(List.of(
                new Team(1, "Region " + XSS, "", Optional.empty(), Optional.of("vp"), List.of("ann")),
                new Team(2, "District", "", Optional.of(1L), Optional.of("boss"), List.of("bob")),
                new Team(3, "Elsewhere", "", Optional.empty(), Optional.of("other"), List.of("carl"))));
        when(periods.containing("quarter", "")).thenReturn(Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow());
        when(periods.containing("month", "")).thenReturn(Period.parse("FY2026-M05", FiscalCalendar.DEFAULT).orElseThrow());
        when(periods.containing("year", "")).thenReturn(Period.parse("FY2026", FiscalCalendar.DEFAULT).orElseThrow());
    }

    private String render(Caller caller, Locale locale) {
        when(currentUser.caller()).thenReturn(Optional.ofNullable(caller));
        ForecastGadgetContextProvider provider = new ForecastGadgetContextProvider(currentUser, teams, periods,
                new PropertiesTranslator(locale));
        return velocity.render("dashboard/forecast-gadget.vm", provider.getContextMap(new HashMap<>()));
    }

    @Test
    public void aManagerPicksTheirTeamsAndThoseBelowWithNamesEscaped() {
        String html = render(new Caller("vp", "VP", false), Locale.ENGLISH);

        assertTrue(html.contains("<option value=\"team:1\">Region &lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertTrue(html.contains("<option value=\"team:2\">District</option>"));
        assertFalse(html.contains("Elsewhere"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("<option value=\"FY2026-Q2\">Q2 FY2026</option>"));
        assertTrue(html.contains("<option value=\"FY2026-Q3\">Q3 FY2026</option>"));
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
