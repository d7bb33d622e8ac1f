package com.salesteam.jira.web;

import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Test;
import org.mockito.Mockito;

import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/**
 * The leaderboard privacy form on the Teams admin page, in both languages: hidden until its script has loaded the
 * saved choices, one checkbox per choice under the names the REST API takes.
 */
public class BoardPrivacyFormTemplateTest {

    private String render(Locale locale) {
        TeamService teams = Mockito.mock(TeamService.class);
        when(teams.list()).thenReturn(List.of());
        TeamsAdminPage page = new TeamsAdminPage(teams, Mockito.mock(UserDirectory.class), new PropertiesTranslator(locale));
        return new VelocityHarness().render(TeamsAdminPage.TEMPLATE, page.context());
    }

    @Test
    public void theFormOffersTheThreeChoicesUnderTheirRestNames() {
        String html = render(Locale.ENGLISH);

        assertTrue(html, html.contains("<form id=\"salesteam-board-privacy\" class=\"aui\" novalidate hidden>"));
        assertTrue(html.contains("name=\"showToReps\""));
        assertTrue(html.contains("name=\"companyBoardToReps\""));
        assertTrue(html.contains("name=\"hideAmountsFromReps\""));
        assertTrue(html.contains("The company-wide leaderboard of every rep"));
        assertTrue("apostrophes come out single", html.contains("hide the other reps&#39; amounts")
                || html.contains("hide the other reps' amounts"));
        assertFalse("the Velocity comment is not sent", html.contains("Board fixes"));
    }

    @Test
    public void theFormIsInSimplifiedChinese() {
        String html = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html, html.contains("排行榜隐私"));
        assertTrue(html.contains("全公司所有销售代表的排行榜"));
        assertTrue(html.contains("保存排行榜隐私"));
    }
}
