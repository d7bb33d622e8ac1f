package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class MeetingAgendaTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Test
    public void slippedAndStaleOpenDealsKpisBelowBenchmarkActionsAndLastItemsInOrder() {
        MeetingAgenda agenda = MeetingAgenda.build(List.of(
                        new MeetingAgenda.DealFact("S-1", "Acme", 1, DAY.minusDays(2), true),
                        new MeetingAgenda.DealFact("S-2", "Globex", 3, DAY.minusDays(30), true),
                        new MeetingAgenda.DealFact("S-3", "Initech", 0, DAY.minusDays(15), true),
                        new MeetingAgenda.DealFact("S-4", "Won already", 5, DAY.minusDays(90), false)),
                List.of(new MeetingAgenda.Kpi("Calls", new BigDecimal("40"), new BigDecimal("50")),
                        new MeetingAgenda.Kpi("Meetings", new BigDecimal("2"), new BigDecimal("8")),
                        new MeetingAgenda.Kpi("E-mails", new BigDecimal("90"), new BigDecimal("80"))),
                List.of(new MeetingAgenda.Action("S-9", "Ride-along")),
                "* Call Acme's CFO\n\n- Update the forecast\n", DAY, 14);

        assertEquals(List.of("S-2", "S-1"), agenda.slipped().stream().map(MeetingAgenda.Deal::issueKey).toList());
        assertEquals(List.of("S-2", "S-3"), agenda.stale().stream().map(MeetingAgenda.Deal::issueKey).toList());
        assertEquals(30, agenda.stale().get(0).daysSinceUpdate());
        assertEquals(List.of("Meetings", "Calls"), agenda.belowBenchmark().stream().map(MeetingAgenda.Kpi::name)
                .toList());
        assertEquals(List.of("Call Acme's CFO", "Update the forecast"), agenda.lastActionItems());
        assertEquals(1, agenda.openActions().size());
    }

    @Test
    public void nothingToDiscussIsAnEmptyAgenda() {
        MeetingAgenda agenda = MeetingAgenda.build(List.of(
                        new MeetingAgenda.DealFact("S-1", "Acme", 0, DAY.minusDays(2), true)),
                List.of(new MeetingAgenda.Kpi("Calls", new BigDecimal("50"), new BigDecimal("50"))), List.of(),
                " \n", DAY, 14);

        assertTrue(agenda.isEmpty());
    }
}
