package com.salesteam.jira.store;

import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionKpi;
import com.salesteam.jira.model.competition.CompetitionTerms;
import com.salesteam.jira.model.competition.Scoring;
import com.salesteam.jira.model.competition.Standing;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.store.testing.ActiveObjectsRule;
import com.salesteam.jira.store.testing.TestDatabase;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Competitions and their frozen standings on real SQL, with the statements each read costs. */
@RunWith(Parameterized.class)
public class CompetitionRepositoryTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant AT = Instant.parse("2026-06-01T00:05:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return ActiveObjectsRule.databases();
    }

    @Rule
    public final ActiveObjectsRule db;

    private CompetitionRepository repository;

    public CompetitionRepositoryTest(TestDatabase database) {
        this.db = new ActiveObjectsRule(database, CompEntity.class, CompStanding.class, TeamEntity.class,
                TeamMemberEntity.class);
    }

    @Before
    public void createRepository() {
        repository = new CompetitionRepository(db.ao());
    }

    private static CompetitionTerms terms(String name, String start, String end, List<String> prizes) {
        return new CompetitionTerms(name, "Who closes most <b>", LeaderboardMetric.REVENUE_WON, Scoring.PERCENT_OF_TARGET,
                LocalDate.parse(start), LocalDate.parse(end), List.of(4L, 7L), List.of("zoe"), prizes);
    }

    private static List<Standing> standings() {
        return List.of(new Standing(1, "bob", new BigDecimal("120.5"), new BigDecimal("1205000"),
                        Optional.of(new BigDecimal("1000000.0000")), true),
                new Standing(2, "ann", new BigDecimal("80.0"), new BigDecimal("800000"),
                        Optional.of(new BigDecimal("1000000.0000")), false));
    }

    @Test
    public void aCompetitionIsReadBackWholeInOneStatement() {
        Competition created = repository.create(terms("May sprint", "2026-05-01", "2026-05-31", List.of("Trip", "Mug")),
                List.of("ann", "bob", "zoe"), EUR, "boss");

        db.statements().reset();
        Competition read = repository.find(created.id()).orElseThrow();
        assertEquals(1, db.statements().count());
        assertEquals("May sprint", read.terms().name());
        assertEquals("Who closes most <b>", read.terms().description());
        assertEquals(Scoring.PERCENT_OF_TARGET, read.terms().scoring());
        assertEquals(LocalDate.of(2026, 5, 31), read.terms().end());
        assertEquals(List.of(4L, 7L), read.terms().teamIds());
        assertEquals(List.of("zoe"), read.terms().people());
        assertEquals(List.of("Trip", "Mug"), read.terms().prizes());
        assertEquals(List.of("ann", "bob", "zoe"), read.roster());
        assertEquals(EUR, read.currency());
        assertEquals("boss", read.createdBy());
        assertEquals(Optional.empty(), read.frozenAt());
    }

    @Test
    public void aKpiCompetitionKeepsItsKpiKeyAndDirectionAndAnUpdateCanChangeBoth() {
        CompetitionTerms slips = new CompetitionTerms("Fewer slips", "", LeaderboardMetric.KPI, Scoring.ABSOLUTE,
                LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17), List.of(4L), List.of(), List.of(),
                Optional.of(new CompetitionKpi("slips", true)));
        Competition created = repository.create(slips, List.of("ann"), EUR, "boss");

        Competition read = repository.find(created.id()).orElseThrow();
        assertEquals(Optional.of(new CompetitionKpi("slips", true)), read.terms().kpi());
        assertEquals(LeaderboardMetric.KPI, read.terms().metric());
        assertEquals(LocalDate.of(2026, 5, 11), read.terms().start());

        repository.update(created.id(), existing -> new CompetitionRepository.Revision(terms("Back to revenue",
                "2026-05-11", "2026-05-17", List.of()), List.of("ann")));
        Competition revised = repository.find(created.id()).orElseThrow();
        assertEquals(LeaderboardMetric.REVENUE_WON, revised.terms().metric());
        assertEquals(Optional.empty(), revised.terms().kpi());
        assertFalse(revised.terms().ascending());
    }

    @Test
    public void allIsOneStatementLatestFirstAndAnEmptyDescriptionAndNoPrizesComeBackEmpty() {
        repository.create(terms("April", "2026-04-01", "2026-04-30", List.of()), List.of("ann"), EUR, "boss");
        repository.create(new CompetitionTerms("June", "", LeaderboardMetric.DEALS_WON, Scoring.ABSOLUTE,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), List.of(), List.of("ann"), List.of()),
                List.of("ann"), EUR, "admin");

        db.statements().reset();
        List<Competition> all = repository.all();
        assertEquals(1, db.statements().count());
        assertEquals(List.of("June", "April"), all.stream().map(c -> c.terms().name()).toList());
        assertEquals("", all.get(0).terms().description());
        assertEquals(List.of(), all.get(0).terms().prizes());
        assertEquals(List.of(), all.get(0).terms().teamIds());
    }

    @Test
    public void freezingWritesTheStandingsOnceAndNeverAgain() {
        Competition may = repository.create(terms("May", "2026-05-01", "2026-05-31", List.of("Trip")),
                List.of("ann", "bob"), EUR, "boss");

        assertTrue(repository.freeze(may.id(), standings(), AT));
        assertFalse("a second run changes nothing", repository.freeze(may.id(), List.of(new Standing(1, "ann",
                BigDecimal.TEN, BigDecimal.TEN, Optional.empty(), true)), AT.plusSeconds(60)));

        db.statements().reset();
        assertEquals(standings(), repository.standings(may.id()));
        assertEquals(1, db.statements().count());
        assertEquals(Optional.of(AT), repository.find(may.id()).orElseThrow().frozenAt());
        assertEquals("a frozen competition is not edited", Optional.empty(),
                repository.update(may.id(), existing -> new CompetitionRepository.Revision(
                        terms("Renamed", "2026-05-01", "2026-05-31", List.of()), List.of("ann"))));
        assertEquals("May", repository.find(may.id()).orElseThrow().terms().name());
        assertFalse(repository.freeze(12345, standings(), AT));

        db.statements().reset();
        assertEquals(java.util.Map.of(may.id(), standings().subList(0, 1)), repository.winners(List.of(may.id(), 999L)));
        assertEquals(1, db.statements().count());
    }

    @Test
    public void anUpdateReplacesTermsAndRosterAndADeleteTakesTheStandingsAlong() {
        Competition may = repository.create(terms("May", "2026-05-01", "2026-05-31", List.of("Trip")),
                List.of("ann", "bob"), EUR, "boss");
        Competition other = repository.create(terms("Other", "2026-05-01", "2026-05-31", List.of()),
                List.of("ann"), EUR, "boss");
        repository.freeze(other.id(), standings(), AT);

        Competition updated = repository.update(may.id(), existing -> new CompetitionRepository.Revision(
                terms(existing.terms().name() + " push", "2026-05-01", "2026-06-30", List.of()), List.of("carl")))
                .orElseThrow();
        assertEquals("May push", updated.terms().name());
        assertEquals(List.of("carl"), repository.find(may.id()).orElseThrow().roster());
        assertEquals(LocalDate.of(2026, 6, 30), repository.find(may.id()).orElseThrow().terms().end());

        assertTrue(repository.delete(other.id()));
        assertEquals(0, db.ao().count(CompStanding.class));
        assertEquals(Optional.empty(), repository.find(other.id()));
        assertFalse(repository.delete(other.id()));
        assertEquals(Optional.empty(), repository.update(other.id(), existing -> new CompetitionRepository.Revision(
                terms("X", "2026-05-01", "2026-05-31", List.of()), List.of())));
    }
}
