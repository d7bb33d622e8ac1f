package com.salesteam.jira.model.cadence;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
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

    @Test
    public void aDealsOwnStageRuleDecidesWhenItIsStaleAndOnlyOpenSlippedOrStaleDealsAreDiscussed() {
        MeetingAgenda.DealFact quick = new MeetingAgenda.DealFact("S-5", "Quick stage", 0, DAY.minusDays(3), true, 3);
        MeetingAgenda.DealFact patient = new MeetingAgenda.DealFact("S-6", "Patient stage", 0, DAY.minusDays(20), true,
                Integer.MAX_VALUE);
        MeetingAgenda.DealFact slipped = new MeetingAgenda.DealFact("S-7", "Slipped", 2, DAY, true, Integer.MAX_VALUE);

        MeetingAgenda agenda = MeetingAgenda.build(List.of(quick, patient, slipped), List.of(), List.of(), "", DAY, 14);

        assertEquals(List.of("S-5"), agenda.stale().stream().map(MeetingAgenda.Deal::issueKey).toList());
        assertEquals(List.of("S-7"), agenda.slipped().stream().map(MeetingAgenda.Deal::issueKey).toList());
        assertTrue(MeetingAgenda.discussed(quick, DAY, 14));
        assertFalse(MeetingAgenda.discussed(patient, DAY, 14));
        assertTrue(MeetingAgenda.discussed(slipped, DAY, 14));
        assertFalse(MeetingAgenda.discussed(new MeetingAgenda.DealFact("S-8", "Won", 4, DAY.minusDays(99), false),
                DAY, 14));
        assertThrows(IllegalArgumentException.class, () -> new MeetingAgenda.DealFact("S-9", "x", 0, DAY, true, -1));
    }
}
