package com.salesteam.jira.web;

import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
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
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The Coaching & Reviews view rendered by real Velocity from its context provider, for each kind of viewer. */
public class CoachingGadgetViewTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CurrentUser currentUser;
    @Mock
    private TeamService teams;

    @Before
    public void setUp() {
        when(teams.list()).thenReturn(regionDistrictAndElsewhere());
    }

    private String render(Caller caller, Locale locale) {
        when(currentUser.caller()).thenReturn(Optional.ofNullable(caller));
        return renderGadget("dashboard/coaching-gadget.vm",
                new CoachingGadgetContextProvider(currentUser, teams, new PropertiesTranslator(locale)));
    }

    @Test
    public void aManagerPicksTheirTeamsAndThoseBelowWithNamesEscaped() {
        String html = render(new Caller("vp", "VP " + XSS, false), Locale.ENGLISH);

        assertTrue(html.contains("<option value=\"1\">Region &lt;script&gt;alert(1)&lt;/script&gt;</option>"));
        assertTrue(html.contains("<option value=\"2\">District</option>"));
        assertFalse(html.contains("Elsewhere"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("Reviews due"));
        assertTrue(html.contains("data-days=\"{0} days ago\""));
        assertFalse(html.contains("salesteam-coaching-noteam"));
    }

    @Test
    public void aRepCoachesNoTeamAndIsToldSoInChinese() {
        String html = render(new Caller("bob", "Bob", false), Locale.SIMPLIFIED_CHINESE);

        assertTrue(html.contains("salesteam-coaching-noteam"));
        assertTrue(html.contains("您没有负责辅导的团队"));
        assertFalse(html.contains("salesteam-coaching-team\""));
    }

    @Test
    public void anAdminPicksAnyTeamAndTheChineseHeadingsAreShown() {
        String html = render(new Caller("admin", "Admin", true), Locale.SIMPLIFIED_CHINESE);

        assertTrue(html.contains("<option value=\"3\">Elsewhere</option>"));
        assertTrue(html.contains("到期评估"));
        assertTrue(html.contains("上次一对一"));
    }

    @Test
    public void nobodyLoggedInIsAskedToLogIn() {
        String html = render(null, Locale.ENGLISH);

        assertTrue(html.contains("Log in to see your sales figures."));
        assertFalse(html.contains("salesteam-coaching-team"));
    }
}
