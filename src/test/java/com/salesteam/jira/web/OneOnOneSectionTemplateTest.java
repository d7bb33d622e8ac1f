package com.salesteam.jira.web;

import com.salesteam.jira.model.cadence.MeetingFrequency;
import com.salesteam.jira.model.cadence.OneOnOneSchedule;
import com.salesteam.jira.service.cadence.OneOnOneService;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The 1:1 section of the Review cycles page rendered by real Velocity, with markup in a rep's key and name. */
public class OneOnOneSectionTemplateTest extends ReviewCyclesPageTestBase {

    @Test
    public void eachRepShowsTheirScheduleOrTheDefaultsWithEveryValueEscaped() {
        when(oneOnOnes.list()).thenReturn(List.of(
                new OneOnOneService.RepSchedule("ann\"" + XSS, "Ann " + XSS, Optional.of(new OneOnOneSchedule(
                        "ann", "boss", MeetingFrequency.BIWEEKLY, LocalDate.of(2026, 11, 23), "SALES"))),
                new OneOnOneService.RepSchedule("bob", "Bob", Optional.empty())));

        String html = render(Locale.ENGLISH);

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("<td>Ann &lt;script&gt;alert(1)&lt;/script&gt;<div"));
        assertTrue(html.contains("data-rep=\"ann&quot;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html.contains("<option value=\"biweekly\" selected>Every two weeks</option>"));
        assertTrue(html.contains("name=\"firstMeeting\" value=\"2026-11-23\""));
        assertTrue(html.contains("<tr class=\"salesteam-oneonone-row\" data-rep=\"bob\">"));
        assertTrue(html.contains("<option value=\"weekly\" selected>Every week</option>"));
        assertTrue(html.contains("salesteam-oneonone-status\">Scheduled</td>"));
        assertTrue(html.contains("salesteam-oneonone-status\">Not scheduled</td>"));
        assertEquals(2, html.split("salesteam-oneonone-status\">").length - 1);
    }

    @Test
    public void aManagerWithoutRepsSeesTheEmptyStateInChinese() {
        when(oneOnOnes.list()).thenReturn(List.of());

        String html = render(Locale.SIMPLIFIED_CHINESE);

        assertTrue(html.contains("一对一会议"));
        assertTrue(html.contains("您管理的团队中还没有销售代表"));
        assertFalse(html.contains("salesteam-oneonones-table"));
    }
}
