package com.salesteam.jira.jira.jql;

import com.salesteam.jira.model.FiscalCalendar;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.query.operand.FunctionOperand;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.TeamDraft;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.DealQueries;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.AppSettingEntity;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamEntity;
import com.salesteam.jira.store.TeamMemberEntity;
import com.salesteam.jira.store.TeamRepository;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class DealJqlFunctionsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, TeamEntity.class,
            TeamMemberEntity.class, DealEntity.class, DealMonthEntity.class, DealDayEntity.class, AppSettingEntity.class);

    private DealLedger ledger;
    private DealsOfTeamFunction dealsOfTeam;
    private StaleDealsFunction staleDeals;
    private DealsByAmountFunction dealsByAmount;
    private long emea;
    private long dach;
    private long apac;

    @Before
    public void setUp() {
        TeamRepository teams = new TeamRepository(db.ao());
        emea = teams.create(new TeamDraft("EMEA", "", Optional.empty(), Optional.empty(), List.of())).id();
        dach = teams.create(new TeamDraft("DACH", "", Optional.of(emea), Optional.empty(), List.of())).id();
        apac = teams.create(new TeamDraft("APAC", "", Optional.empty(), Optional.empty(), List.of())).id();
        ledger = new DealLedger(db.ao());
        PropertiesTranslator english = new PropertiesTranslator(Locale.ENGLISH);
        DealQueries queries = new DealQueries(ledger, new TeamLookup(teams));
        dealsOfTeam = new DealsOfTeamFunction(queries, english);
        staleDeals = new StaleDealsFunction(queries, english, Clock.fixed(NOW, ZoneOffset.UTC));
        dealsByAmount = new DealsByAmountFunction(queries, new AppSettings(new SettingsRepository(db.ao())), english);
    }

    private void deal(long issue, long team, DealOutcome outcome, int daysSinceChange) {
        ledger.record(new DealFacts(issue, 1L, Optional.of("rep"), Optional.of(team), Money.ofMinor(100, EUR), "s", outcome,
                50, ForecastCategory.PIPELINE, Optional.of(LocalDate.of(2026, 12, 1)),
                outcome == DealOutcome.OPEN ? Optional.empty() : Optional.of(LocalDate.of(2026, 11, 1)), 0,
                NOW.minusSeconds(86_400L * daysSinceChange).toEpochMilli()), FiscalCalendar.DEFAULT);
    }

    private void dealOf(long issue, Money amount) {
        ledger.record(new DealFacts(issue, 1L, Optional.of("rep"), Optional.of(emea), amount, "s", DealOutcome.OPEN,
                50, ForecastCategory.PIPELINE, Optional.of(LocalDate.of(2026, 12, 1)), Optional.empty(), 0, 1), FiscalCalendar.DEFAULT);
    }

    private Set<Long> byAmount(String... args) {
        return ids(dealsByAmount.getValues(null, new FunctionOperand("dealsByAmount", args), null));
    }

    private static Set<Long> ids(List<QueryLiteral> literals) {
        return literals.stream().map(QueryLiteral::getLongValue).collect(Collectors.toSet());
    }

    @Test
    public void dealsOfATeamIncludeItsSubTeamsOnly() {
        deal(1, emea, DealOutcome.OPEN, 1);
        deal(2, dach, DealOutcome.WON, 1);
        deal(3, apac, DealOutcome.OPEN, 1);

        assertEquals(Set.of(1L, 2L), ids(dealsOfTeam.getValues(null, new FunctionOperand("dealsOfTeam", "emea"), null)));
        assertEquals(Set.of(2L), ids(dealsOfTeam.getValues(null, new FunctionOperand("dealsOfTeam", "DACH"), null)));
    }

    @Test
    public void dealsOfTeamExplainsBadArguments() {
        assertTrue(dealsOfTeam.validate(null, new FunctionOperand("dealsOfTeam", "EMEA"), null).getErrorMessages().isEmpty());
        assertEquals(Set.of("There is no sales team called \"Mars\"."),
                dealsOfTeam.validate(null, new FunctionOperand("dealsOfTeam", "Mars"), null).getErrorMessages());
        assertFalse(dealsOfTeam.validate(null, new FunctionOperand("dealsOfTeam"), null).getErrorMessages().isEmpty());
        assertEquals(List.of(), dealsOfTeam.getValues(null, new FunctionOperand("dealsOfTeam", "Mars"), null));
    }

    @Test
    public void staleDealsAreOpenDealsUnchangedForTheDays() {
        deal(1, emea, DealOutcome.OPEN, 30);
        deal(2, emea, DealOutcome.OPEN, 3);
        deal(3, emea, DealOutcome.WON, 60);
        deal(4, apac, DealOutcome.OPEN, 15);

        assertEquals(Set.of(1L, 4L), ids(staleDeals.getValues(null, new FunctionOperand("staleDeals", "14"), null)));
        assertEquals(Set.of(1L), ids(staleDeals.getValues(null, new FunctionOperand("staleDeals", "20"), null)));
    }

    @Test
    public void staleDealsRefusesWhatIsNotADayCount() {
        for (String bad : List.of("0", "-3", "soon", "99999")) {
            assertEquals(Set.of("staleDeals takes one argument, a number of days from 1 to 3,650, e.g. staleDeals(14)."),
                    staleDeals.validate(null, new FunctionOperand("staleDeals", bad), null).getErrorMessages());
        }
        assertTrue(staleDeals.validate(null, new FunctionOperand("staleDeals", "7"), null).getErrorMessages().isEmpty());
    }

    @Test
    public void dealsByAmountFindsTheRangeInOneCurrency() {
        dealOf(1, Money.ofMinor(9_999_99, EUR));
        dealOf(2, Money.ofMinor(10_000_00, EUR));
        dealOf(3, Money.ofMinor(50_000_00, EUR));
        dealOf(4, Money.ofMinor(50_000_01, EUR));
        dealOf(5, Money.ofMinor(20_000_00, Currency.getInstance("USD")));

        assertEquals(Set.of(2L, 3L), byAmount("EUR 10000", "50000"));
        assertEquals(Set.of(2L, 3L, 4L), byAmount("eur 10000"));
        assertEquals(Set.of(5L), byAmount("10000 USD", "USD 20000"));
        assertEquals("without a code, the default currency (USD)", Set.of(5L), byAmount("0", "20000"));
    }

    @Test
    public void dealsByAmountExplainsBadBounds() {
        assertEquals(Set.of("The amount cannot be negative."), messages("-5"));
        assertEquals(Set.of("EUR amounts can have at most 2 decimal places."), messages("EUR 1.234"));
        assertEquals(Set.of("Both amounts must be in the same currency."), messages("EUR 1", "USD 2"));
        assertEquals(Set.of("The second amount must not be smaller than the first."), messages("EUR 10", "5"));
        assertFalse(messages().isEmpty());
        assertTrue(messages("EUR 10", "20").isEmpty());
        assertEquals(Set.of(), byAmount("abc"));
    }

    private Set<String> messages(String... args) {
        return dealsByAmount.validate(null, new FunctionOperand("dealsByAmount", args), null).getErrorMessages();
    }
}
