package com.salesteam.jira.web;

import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.kpi.KpiService;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;
import org.mockito.Mockito;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import static com.salesteam.jira.web.GadgetViewFixtures.regionDistrictAndElsewhere;
import static com.salesteam.jira.web.GadgetViewFixtures.renderGadget;
import static com.salesteam.jira.web.GadgetViewFixtures.stubCurrentPeriods;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/**
 * The Quota Attainment view hands its script the texts of a KPI where less is better, in both languages, and the
 * script uses them on lines that say {@code lowerIsBetter} (it has no JS test runner: its source is checked here).
 */
public class QuotaAttainmentCapTextsViewTest {

    private String render(Locale locale) {
        CurrentUser currentUser = Mockito.mock(CurrentUser.class);
        TeamService teams = Mockito.mock(TeamService.class);
        PeriodService periods = Mockito.mock(PeriodService.class);
        when(teams.list()).thenReturn(regionDistrictAndElsewhere());
        stubCurrentPeriods(periods);
        when(currentUser.caller()).thenReturn(Optional.of(new Caller("vp", "VP", false)));
        return renderGadget("dashboard/quota-attainment-gadget.vm", new QuotaAttainmentGadgetContextProvider(
                currentUser, teams, periods, new PropertiesTranslator(locale), Mockito.mock(KpiService.class)));
    }

    @Test
    public void underAndOverTheCapAndNothingRecordedHaveTheirOwnTexts() {
        String english = render(Locale.ENGLISH);
        assertTrue(english, english.contains("data-under-cap=\"{0} under the cap\""));
        assertTrue(english, english.contains("data-over-cap=\"{0} over the cap\""));
        assertTrue(english, english.contains("data-no-record=\"Nothing recorded yet\""));
        assertTrue(english, english.contains("data-cap-note=\"Less is better for this KPI: its quota is a cap. "
                + "Team totals leave out members with nothing recorded.\""));

        String chinese = render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese, chinese.contains("data-under-cap=\"低于上限 {0}\""));
        assertTrue(chinese, chinese.contains("data-over-cap=\"超出上限 {0}\""));
        assertTrue(chinese, chinese.contains("data-no-record=\"尚无记录\""));
        assertTrue(chinese, chinese.contains("data-cap-note=\"此 KPI 越低越好：配额即上限。团队合计不计入尚无记录的成员。\""));
    }

    @Test
    public void theScriptPicksTheCapTextsForLowerIsBetterLines() throws IOException {
        String script;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dashboard/quota-attainment-gadget.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(script.contains("pace.hidden = Boolean(figures.lowerIsBetter);"));
        assertTrue(script.contains("overCap ? format(texts.getAttribute('data-over-cap'), [figures.gap.formatted])"));
        assertTrue(script.contains(": format(texts.getAttribute('data-under-cap'), [figures.over.formatted])"));
        assertTrue(script.contains("figures !== null && figures.lowerIsBetter\n                ? 'data-no-record'"));
        assertFalse("under a cap is never shown as done", script.contains(
                "(Number(figures.percent) >= 100 ? ' salesteam-attainment-done'"));
    }
}
