package com.salesteam.jira.web;

import com.salesteam.jira.model.ranking.LeaderboardPrivacy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.testing.MemoryScorecardCache;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Test;
import org.mockito.Mockito;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static com.salesteam.jira.web.GadgetViewFixtures.boardSettings;
import static com.salesteam.jira.web.GadgetViewFixtures.regionDistrictAndElsewhere;
import static com.salesteam.jira.web.GadgetViewFixtures.renderGadget;
import static com.salesteam.jira.web.GadgetViewFixtures.stubCurrentPeriods;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The Leaderboard gadget offers "All reps" to reps on a team only when the admin shows them the company board. */
public class CompanyBoardGadgetViewTest {

    private static final String ALL_REPS = "<option value=\"all\">All reps</option>";

    private final CurrentUser currentUser = Mockito.mock(CurrentUser.class);
    private final TeamService teams = Mockito.mock(TeamService.class);
    private final PeriodService periods = Mockito.mock(PeriodService.class);

    @Before
    public void setUp() {
        when(teams.list()).thenReturn(regionDistrictAndElsewhere());
        stubCurrentPeriods(periods);
    }

    private String render(String viewer, boolean admin, boolean companyBoardToReps, Locale locale) {
        when(currentUser.caller()).thenReturn(Optional.of(new Caller(viewer, viewer, admin)));
        return renderGadget("dashboard/leaderboard-gadget.vm", new LeaderboardGadgetContextProvider(currentUser, teams,
                periods, new PropertiesTranslator(locale), MemoryScorecardCache.empty(),
                boardSettings(new LeaderboardPrivacy(false, true, companyBoardToReps, Set.of()))));
    }

    @Test
    public void aRepOnATeamIsOfferedAllRepsOnlyWhenTheAdminShowsIt() {
        assertFalse(render("bob", false, false, Locale.ENGLISH).contains(ALL_REPS));

        String shown = render("bob", false, true, Locale.ENGLISH);
        assertTrue(shown, shown.contains(ALL_REPS));
        assertTrue("their team still offered", shown.contains("<option value=\"2\">District</option>"));
        assertTrue(render("bob", false, true, Locale.SIMPLIFIED_CHINESE).contains("<option value=\"all\">全部销售代表</option>"));
        assertTrue("a manager is offered it too", render("other", false, true, Locale.ENGLISH).contains(ALL_REPS));
    }

    @Test
    public void someoneOnNoTeamIsNotOfferedItAndAnAdminAlwaysIs() {
        String outsider = render("zoe", false, true, Locale.ENGLISH);
        assertFalse(outsider.contains("value=\"all\""));
        assertTrue(outsider, outsider.contains("You are not on any sales team"));

        assertTrue(render("admin", true, false, Locale.ENGLISH).contains(ALL_REPS));
    }
}
