package com.salesteam.jira.web;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.cadence.ReviewAssignee;
import com.salesteam.jira.model.cadence.ReviewCadence;
import com.salesteam.jira.model.cadence.ReviewCycle;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.cadence.ReviewCycleService;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The Review cycles page rendered by real Velocity from its page's context, with markup in a team name. */
public class ReviewCyclesPageTemplateTest extends ReviewCyclesPageTestBase {

    @Test
    public void eachTeamShowsItsCycleOrTheDefaultsWithNamesEscaped() {
        when(cycles.list()).thenReturn(List.of(
                new ReviewCycleService.TeamCycle(new Team(4, "EMEA " + XSS, "", Optional.empty(), Optional.of("boss"),
                        List.of()), Optional.of(new ReviewCycle(4, ReviewCadence.QUARTERLY, 20, "SALES",
                        ReviewAssignee.MANAGER))),
                new ReviewCycleService.TeamCycle(new Team(5, "APAC", "", Optional.empty(), Optional.of("boss"),
                        List.of()), Optional.empty())));

        String html = render(Locale.ENGLISH);

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("<td>EMEA &lt;script&gt;alert(1)&lt;/script&gt;</td>"));
        assertTrue(html.contains("<option value=\"quarterly\" selected>Quarterly</option>"));
        assertTrue(html.contains("<option value=\"manager\" selected>The manager</option>"));
        assertTrue(html.contains("name=\"dueDay\" value=\"20\""));
        assertTrue(html.contains("name=\"projectKey\" value=\"SALES\""));
        assertTrue(html.contains("<tr class=\"salesteam-cycle-row\" data-team=\"5\">"));
        assertTrue(html.contains("<option value=\"monthly\" selected>Monthly</option>"));
        assertEquals(2, html.split("salesteam-cycle-status\">").length - 1);
        assertTrue(html.contains("salesteam-cycle-status\">On</td>"));
        assertTrue(html.contains("salesteam-cycle-status\">Off</td>"));
    }

    @Test
    public void aManagerOfNoTeamIsToldSoInChinese() {
        when(cycles.list()).thenReturn(List.of());

        String html = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html.contains("您没有管理任何团队"));
        assertFalse(html.contains("salesteam-cycles-table"));
    }

    @Test
    public void aRefusalOfTheServiceReachesTheServlet() {
        when(cycles.list()).thenThrow(ServiceException.forbidden("salesteam.cadence.error.forbidden"));

        assertThrows(ServiceException.class, () -> new ReviewCyclesPage(cycles,
                new PropertiesTranslator(Locale.ENGLISH), oneOnOnes).context());
    }
}
