package com.salesteam.jira.rest;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.service.quota.AttainmentService;
import com.salesteam.jira.service.quota.TeamAttainment;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;
import org.mockito.Mockito;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.when;

/** The attainment JSON says when less is better, so the gadget can speak of a cap; amounts hidden or not. */
public class AttainmentResourceCapTest {

    private static final Period Q2 = Period.parse("FY2026-Q2", FiscalCalendar.DEFAULT).orElseThrow();
    private static final LocalDate MID_QUARTER = LocalDate.of(2026, 5, 15);

    private final AttainmentService service = Mockito.mock(AttainmentService.class);
    private final AttainmentResource resource = new AttainmentResource(service, new PropertiesTranslator(Locale.ENGLISH));

    @SuppressWarnings("unchecked")
    private Map<String, Object> figures(Attainment attainment, boolean hidden) {
        when(service.forRep("bob", "FY2026-Q2", "kpi:hours")).thenReturn(new TeamAttainment.Line("bob", "Bob",
                Optional.of(attainment), Optional.empty(), hidden));
        return (Map<String, Object>) resource.rep("bob", "FY2026-Q2", "kpi:hours").get("attainment");
    }

    @Test
    public void aCapSaysLowerIsBetterWithTheGapOverIt() {
        Map<String, Object> json = figures(Attainment.lowerIsBetter(10_00, Optional.of(15_00L), Q2, MID_QUARTER), false);
        assertEquals(true, json.get("lowerIsBetter"));
        assertEquals(false, json.get("onPace"));
        assertEquals("5", ((Map<?, ?>) json.get("gap")).get("value"));

        Map<String, Object> nothing = figures(Attainment.lowerIsBetter(10_00, Optional.empty(), Q2, MID_QUARTER), false);
        assertEquals(true, nothing.get("lowerIsBetter"));
        assertEquals("nothing recorded yet, but a quota", null, nothing.get("percent"));
        assertEquals("10", ((Map<?, ?>) nothing.get("quota")).get("value"));
    }

    @Test
    public void percentOnlyLinesSayItToo() {
        Map<String, Object> bare = figures(Attainment.lowerIsBetter(10_00, Optional.of(4_00L), Q2, MID_QUARTER)
                .withoutAmounts(), true);
        assertEquals(true, bare.get("lowerIsBetter"));
        assertEquals(true, bare.get("onPace"));
        assertEquals(false, figures(Attainment.of(10, 5, 0, 0, Q2, MID_QUARTER), false).get("lowerIsBetter"));
    }
}
