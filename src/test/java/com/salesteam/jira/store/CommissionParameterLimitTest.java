package com.salesteam.jira.store;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.commission.PlanHeading;
import com.salesteam.jira.model.commission.PlanKind;
import com.salesteam.jira.model.commission.StatementLine;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.StatementCounter;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * SQL Server takes at most 2,100 parameters in a statement; the test engine fails any statement with more than
 * {@link StatementCounter#MAX_PARAMETERS}. The frozen statements of 2,500 reps are read under it and are what reads
 * of 500 reps at a time find.
 */
@RunWith(Parameterized.class)
public class CommissionParameterLimitTest {

    private static final int REPS = 2_500;
    private static final Currency EUR = Currency.getInstance("EUR");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    public CommissionParameterLimitTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, CommLineEntity.class, CommCloseEntity.class);
    }

    private static StatementLine credit(long deal, long euros) {
        return new StatementLine(StatementLine.Kind.CREDIT, deal, Optional.of(LocalDate.of(2026, 2, 3)),
                Money.ofMinor(euros * 100, EUR), List.of(), new BigDecimal("0.05"), Money.ofMinor(euros * 5, EUR),
                Optional.empty());
    }

    @Test
    public void theFrozenStatementsOfTwoThousandFiveHundredRepsAreWhatReadsOfFiveHundredFind() {
        CommissionRepository repository = new CommissionRepository(db.ao());
        List<String> reps = new ArrayList<>();
        List<CommissionRepository.FrozenLine> lines = new ArrayList<>();
        List<CommissionRepository.FrozenSummary> summaries = new ArrayList<>();
        for (int i = 0; i < REPS; i++) {
            String rep = String.format(Locale.ROOT, "rep%04d", i);
            reps.add(rep);
            lines.add(new CommissionRepository.FrozenLine(rep, "FY2026-Q1", 1, credit(20_000L + i, 300)));
            lines.add(new CommissionRepository.FrozenLine(rep, "FY2026-Q1", 0, credit(10_000L + i, 100 + i)));
            summaries.add(new CommissionRepository.FrozenSummary(rep, "FY2026-Q1", 7,
                    Optional.of(new PlanHeading("Flat", PlanKind.RETROACTIVE_TIERS, EUR)),
                    Money.ofMinor((400L + i) * 100, EUR), Money.ofMinor((400L + i) * 5, EUR), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        }
        assertTrue(repository.close("FY2026-Q1", "admin", Instant.parse("2026-04-02T08:00:00Z"), lines, summaries));
        Map<String, CommissionRepository.Frozen> small = new HashMap<>();
        for (List<String> part : InList.chunks(reps, 500)) {
            small.putAll(repository.frozen(part));
        }
        db.statements().reset();

        Map<String, CommissionRepository.Frozen> frozen = repository.frozen(reps);

        assertEquals("one statement per 1,000 reps", 3, db.statements().count());
        assertTrue("most parameters in a statement: " + db.statements().mostParameters(),
                db.statements().mostParameters() <= StatementCounter.MAX_PARAMETERS);
        assertEquals(small, frozen);
        assertEquals(REPS, frozen.size());
        CommissionRepository.Frozen last = frozen.get("rep2499");
        assertEquals("by position", List.of(10_000L + 2_499, 20_000L + 2_499),
                last.lines().stream().map(line -> line.line().dealId()).toList());
        assertEquals(Money.ofMinor(2_899_00L, EUR), last.summaries().get(0).credited());
    }
}
