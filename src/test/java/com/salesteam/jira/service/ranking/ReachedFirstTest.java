package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealFacts;
import com.salesteam.jira.model.DealOutcome;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.ForecastCategory;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.ranking.Ranking;
import com.salesteam.jira.store.DealDayEntity;
import com.salesteam.jira.store.DealEntity;
import com.salesteam.jira.store.DealLedger;
import com.salesteam.jira.store.DealMonthEntity;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/**
 * The "reached it first" tie-break on a real database: in May 2026 bob, carl, dave and fay each won 100 EUR, bob
 * and fay in one deal on 2 May, dave on 5 May, carl in two deals (60 on 1 May, 40 on 10 May); erin won 50.
 */
public class ReachedFirstTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final DateRange MAY = DateRange.ofDays(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
    /** A rep's score: their euros won so far, in cents. */
    private static final ReachedFirst.Scorer WON = (rep, cumulative) -> Optional.ofNullable(cumulative.totals().get(EUR))
            .map(ForecastTotals::wonMinor).map(BigDecimal::valueOf);

    @Rule
    public final ActiveObjectsRule db = new ActiveObjectsRule(TestDatabase.HSQLDB, DealEntity.class,
            DealMonthEntity.class, DealDayEntity.class);

    private ReachedFirst reachedFirst;
    private DealLedger ledger;
    private long issue;

    @Before
    public void setUp() {
        ledger = new DealLedger(db.ao());
        reachedFirst = new ReachedFirst(ledger);
        won("bob", 100, 2);
        won("fay", 100, 2);
        won("dave", 100, 5);
        won("carl", 60, 1);
        won("carl", 40, 10);
        won("erin", 50, 3);
    }

    private void won(String owner, long euros, int dayOfMay) {
        issue++;
        LocalDate day = LocalDate.of(2026, 5, dayOfMay);
        ledger.record(new DealFacts(issue, 1, Optional.of(owner), Optional.of(1L), Money.ofMinor(euros * 100, EUR),
                "won", DealOutcome.WON, 100, ForecastCategory.CLOSED, Optional.of(day), Optional.of(day), 0, 1),
                FiscalCalendar.DEFAULT);
    }

    private static Ranking.Entry entry(String rep, long euros) {
        return new Ranking.Entry(rep, BigDecimal.valueOf(euros * 100), Optional.empty());
    }

    private static final List<Ranking.Entry> MAY_SCORES = List.of(entry("carl", 100), entry("dave", 100),
            entry("bob", 100), entry("fay", 100), entry("erin", 50));

    private static List<String> reps(ReachedFirst.Result result) {
        return result.top().stream().map(ranked -> ranked.entry().subjectKey()).toList();
    }

    private static List<Integer> ranks(ReachedFirst.Result result) {
        return result.top().stream().map(Ranking.Ranked::rank).toList();
    }

    @Test
    public void theEarlierDayRanksFirstAndTheSameDayStaysATieInOneStatement() {
        db.statements().reset();
        ReachedFirst.Result result = reachedFirst.rank(MAY_SCORES, 10, "erin", MAY, WON);

        assertEquals("the tied reps' days in one read", 1, db.statements().count());
        assertEquals(List.of("bob", "fay", "dave", "carl", "erin"), reps(result));
        assertEquals("bob and fay both on 2 May; carl reached 100 only on 10 May", List.of(1, 1, 3, 4, 5),
                ranks(result));
        assertEquals(Optional.of(5), result.viewerRank());
        assertEquals("the day it was reached is kept on the row", Optional.of(LocalDate.of(2026, 5, 10)),
                result.top().get(3).entry().reachedOn());
    }

    @Test
    public void theTopIsCutAfterTheTieIsToldApartAndTheViewerBelowKeepsTheirRank() {
        ReachedFirst.Result result = reachedFirst.rank(MAY_SCORES, 3, "carl", MAY, WON);

        assertEquals(List.of("bob", "fay", "dave"), reps(result));
        assertEquals(Optional.of(4), result.viewerRank());
    }

    @Test
    public void withoutTiesOrWithTiesAtZeroNothingIsRead() {
        List<Ranking.Entry> distinct = List.of(entry("bob", 100), entry("erin", 50), entry("zed", 0), entry("zoe", 0));

        db.statements().reset();
        ReachedFirst.Result result = reachedFirst.rank(distinct, 10, "zoe", MAY, WON);

        assertEquals("nobody reached nothing first", 0, db.statements().count());
        assertEquals(List.of(1, 2, 3, 3), ranks(result));
        assertEquals(Optional.of(3), result.viewerRank());
    }

    @Test
    public void aTiedRepWithoutDayRowsInTheRangeRanksAfterTheDatedOnes() {
        List<Ranking.Entry> scores = List.of(entry("ghost", 100), entry("dave", 100), entry("bob", 100));

        ReachedFirst.Result result = reachedFirst.rank(scores, 10, "ghost", MAY, WON);

        assertEquals(List.of("bob", "dave", "ghost"), reps(result));
        assertEquals(List.of(1, 2, 3), ranks(result));
        assertEquals(Optional.of(3), result.viewerRank());
    }
}
