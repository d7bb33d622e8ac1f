package com.salesteam.jira.rest;

import com.salesteam.jira.model.badge.Award;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.badge.BadgeKind;
import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionState;
import com.salesteam.jira.model.competition.CompetitionTerms;
import com.salesteam.jira.model.competition.Scoring;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.service.competition.CompetitionBoard;
import com.salesteam.jira.service.competition.CompetitionSummary;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Competitions as JSON: money in the competition's currency as a decimal amount and a formatted text, hidden values
 * as null, percent of target in the viewer's language, badges per row, counts as they are.
 */
public class CompetitionJsonMapperTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static Competition competition(LeaderboardMetric metric, Scoring scoring) {
        return new Competition(42, new CompetitionTerms("May <b>sprint</b>", "Who wins May", metric, scoring,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), List.of(3L), List.of("ann"), List.of("Trip")),
                List.of("ann", "bob", "carl"), EUR, "boss", Optional.of(Instant.parse("2026-06-01T01:00:00Z")));
    }

    @Test
    public void aBoardOfMoneyGivesAmountsOfItsCurrencyAndNullForWhatIsHidden() {
        Competition race = competition(LeaderboardMetric.REVENUE_WON, Scoring.PERCENT_OF_TARGET);
        CompetitionBoard.Row bob = new CompetitionBoard.Row(1, "bob", "Bob", Optional.of(BigDecimal.valueOf(5_000_050)),
                Optional.of(new BigDecimal("161.3")), true, "Trip", true, Optional.of(2));
        CompetitionBoard.Row carl = new CompetitionBoard.Row(2, "carl", "Carl", Optional.empty(), Optional.empty(),
                false, "", false, Optional.empty());
        Badge first = new Badge(new Award("bob", BadgeKind.FIRST_DEAL_WON, Award.FIRST, Optional.of(7L)),
                Optional.of("SALES-7"), Instant.parse("2026-05-02T08:00:00Z"), true);
        CompetitionBoard board = new CompetitionBoard(race, CompetitionState.FINISHED, 0, true, List.of(bob, carl),
                Optional.empty(), true, 1, 2, false);

        Map<String, Object> json = new CompetitionJsonMapper(new PropertiesTranslator(Locale.ENGLISH))
                .board(board, "bob", Map.of("bob", List.of(first)));

        assertEquals(42L, json.get("id"));
        assertEquals("escaping is the page's job: the name is sent as typed", "May <b>sprint</b>", json.get("name"));
        assertEquals("revenue-won", json.get("metric"));
        assertEquals("percent-of-target", json.get("scoring"));
        assertEquals("2026-05-01", json.get("start"));
        assertEquals("2026-05-31", json.get("end"));
        assertEquals("EUR", json.get("currency"));
        assertEquals(3, json.get("participants"));
        assertEquals(true, json.get("frozen"));
        assertEquals("finished", json.get("state"));
        assertEquals(true, json.get("takingPart"));
        assertEquals(true, json.get("hiddenAmounts"));
        assertEquals(1, json.get("withoutTarget"));
        assertEquals(2, json.get("withoutValue"));
        assertNull(json.get("own"));
        List<?> rows = (List<?>) json.get("rows");
        Map<?, ?> first0 = (Map<?, ?>) rows.get(0);
        assertEquals("cents become euros", "50000.50", first0.get("value"));
        assertTrue(String.valueOf(first0.get("formatted")), String.valueOf(first0.get("formatted")).contains("50,000.50"));
        assertEquals("161.3", first0.get("percent"));
        assertEquals("161.3 % of target", first0.get("percentFormatted"));
        assertEquals(true, first0.get("winner"));
        assertEquals("Trip", first0.get("prize"));
        assertEquals("SALES-7", ((Map<?, ?>) ((List<?>) first0.get("badges")).get(0)).get("dealKey"));
        Map<?, ?> hidden = (Map<?, ?>) rows.get(1);
        assertNull(hidden.get("value"));
        assertNull(hidden.get("formatted"));
        assertNull(hidden.get("percent"));
        assertNull(hidden.get("percentFormatted"));
        assertEquals(List.of(), hidden.get("badges"));
    }

    @Test
    public void aBoardOfCountsHasNoCurrencyAndASummaryTellsTheViewersPart() {
        Competition sprint = competition(LeaderboardMetric.DEALS_WON, Scoring.ABSOLUTE);
        CompetitionBoard.Row bob = new CompetitionBoard.Row(1, "bob", "Bob", Optional.of(BigDecimal.valueOf(12)),
                Optional.empty(), false, "", false, Optional.empty());
        CompetitionJsonMapper mapper = new CompetitionJsonMapper(new PropertiesTranslator(Locale.ENGLISH));

        Map<String, Object> json = mapper.board(new CompetitionBoard(sprint, CompetitionState.RUNNING, 17, false,
                List.of(), Optional.of(bob), false, 0, 0, true), "zed", Map.of());

        assertNull(json.get("currency"));
        assertEquals(false, json.get("takingPart"));
        assertEquals(17L, json.get("daysLeft"));
        assertEquals(true, json.get("editable"));
        assertEquals("12", ((Map<?, ?>) json.get("own")).get("value"));
        assertEquals("12", ((Map<?, ?>) json.get("own")).get("formatted"));

        Map<String, Object> summary = mapper.summary(new CompetitionSummary(sprint, CompetitionState.UPCOMING, 5, true,
                false, List.of()));
        assertEquals("upcoming", summary.get("state"));
        assertEquals(5L, summary.get("daysLeft"));
        assertEquals(true, summary.get("takingPart"));
        assertEquals(false, summary.get("editable"));
        assertEquals(List.of(3L), summary.get("teams"));
        assertEquals(List.of("ann"), summary.get("people"));
    }
}
