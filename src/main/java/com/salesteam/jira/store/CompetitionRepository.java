package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionKpi;
import com.salesteam.jira.model.competition.CompetitionTerms;
import com.salesteam.jira.model.competition.Scoring;
import com.salesteam.jira.model.competition.Standing;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Competitions and the standings frozen when they finished. A competition and its roster are one row, so reading one
 * is one statement; its frozen standings are another.
 */
public class CompetitionRepository {

    private final ActiveObjects ao;

    public CompetitionRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Every competition, latest start first: one statement. */
    public List<Competition> all() {
        List<Competition> found = new ArrayList<>();
        ao.stream(CompEntity.class, Query.select(), row -> found.add(toCompetition(row)));
        found.sort(Comparator.comparing((Competition c) -> c.terms().start()).reversed()
                .thenComparing(c -> c.terms().name(), String.CASE_INSENSITIVE_ORDER));
        return found;
    }

    public Optional<Competition> find(long id) {
        return Optional.ofNullable(ao.get(CompEntity.class, (int) id)).map(CompetitionRepository::toCompetition);
    }

    public Competition create(CompetitionTerms terms, List<String> roster, Currency currency, String createdBy) {
        return ao.executeInTransaction(() -> {
            CompEntity row = ao.create(CompEntity.class, Map.<String, Object>of("NAME", terms.name(),
                    "METRIC", metricColumn(terms), "SCORING", terms.scoring().name(),
                    "START_DATE", terms.start().toString(), "END_DATE", terms.end().toString(),
                    "CURRENCY", currency.getCurrencyCode(), "CREATED_BY", createdBy, "FROZEN_AT", 0L));
            write(row, terms, roster);
            return toCompetition(row);
        });
    }

    /** New terms and roster for a competition. */
    public record Revision(CompetitionTerms terms, List<String> roster) {
    }

    /**
     * Replaces the terms and roster of a competition not yet frozen with what {@code revise} makes of it, reading it
     * once in the same transaction (an exception from {@code revise} writes nothing); empty if there is none such.
     */
    public Optional<Competition> update(long id, Function<Competition, Revision> revise) {
        return ao.executeInTransaction(() -> {
            CompEntity row = ao.get(CompEntity.class, (int) id);
            if (row == null || row.getFrozenAt() != 0) {
                return Optional.empty();
            }
            Revision revision = revise.apply(toCompetition(row));
            write(row, revision.terms(), revision.roster());
            return Optional.of(toCompetition(row));
        });
    }

    /** The competition and its frozen standings, in one transaction; false if there was no such competition. */
    public boolean delete(long id) {
        return ao.executeInTransaction(() -> {
            CompEntity row = ao.get(CompEntity.class, (int) id);
            if (row == null) {
                return false;
            }
            ao.deleteWithSQL(CompStanding.class, "COMP_ID = ?", id);
            ao.delete(row);
            return true;
        });
    }

    /**
     * Writes the final standings and marks the competition frozen, all or nothing; false (and nothing written) when
     * it was frozen already or is gone, so a second run changes nothing.
     */
    public boolean freeze(long id, List<Standing> standings, Instant at) {
        return ao.executeInTransaction(() -> {
            CompEntity row = ao.get(CompEntity.class, (int) id);
            if (row == null || row.getFrozenAt() != 0) {
                return false;
            }
            List<Map<String, Object>> rows = new ArrayList<>(standings.size());
            for (Standing standing : standings) {
                Map<String, Object> values = new HashMap<>();
                values.put("COMP_ID", id);
                values.put("POSITION", rows.size());
                values.put("PLACE", standing.rank());
                values.put("USER_KEY", standing.userKey());
                values.put("SCORE", standing.score().toPlainString());
                values.put("AMOUNT", standing.value().toPlainString());
                values.put("TARGET", standing.target().map(BigDecimal::toPlainString).orElse(null));
                values.put("WINNER", standing.winner());
                rows.add(values);
            }
            if (!rows.isEmpty()) {
                ao.create(CompStanding.class, rows);
            }
            row.setFrozenAt(at.toEpochMilli());
            row.save();
            return true;
        });
    }

    /** The frozen standings in their order: one statement. */
    public List<Standing> standings(long id) {
        List<CompStanding> rows = new ArrayList<>();
        ao.stream(CompStanding.class, Query.select().where("COMP_ID = ?", id), rows::add);
        rows.sort(Comparator.comparingInt(CompStanding::getPosition));
        return rows.stream().map(CompetitionRepository::toStanding).toList();
    }

    private static Standing toStanding(CompStanding row) {
        return new Standing(row.getPlace(), row.getUserKey(), new BigDecimal(row.getScore()),
                new BigDecimal(row.getAmount()), Optional.ofNullable(row.getTarget()).filter(t -> !t.isEmpty())
                .map(BigDecimal::new), row.isWinner());
    }

    /** The frozen winners of these competitions, by competition, in their order: one statement per 1,000. */
    public Map<Long, List<Standing>> winners(Collection<Long> ids) {
        Map<Long, List<CompStanding>> rows = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += InList.MAX_VALUES) {
            List<Object> parameters = new ArrayList<>(all.subList(from, Math.min(all.size(), from + InList.MAX_VALUES)));
            String where = InList.of("COMP_ID", parameters.size()) + " AND WINNER = ?";
            parameters.add(Boolean.TRUE);
            ao.stream(CompStanding.class, Query.select().where(where, parameters.toArray()),
                    row -> rows.computeIfAbsent(row.getCompId(), id -> new ArrayList<>()).add(row));
        }
        Map<Long, List<Standing>> winners = new HashMap<>();
        rows.forEach((id, list) -> winners.put(id, list.stream().sorted(Comparator.comparingInt(CompStanding::getPosition))
                .map(CompetitionRepository::toStanding).toList()));
        return winners;
    }

    private static void write(CompEntity row, CompetitionTerms terms, List<String> roster) {
        row.setName(terms.name());
        row.setDescription(terms.description());
        row.setMetric(metricColumn(terms));
        row.setLowerBetter(terms.ascending());
        row.setScoring(terms.scoring().name());
        row.setStartDate(terms.start().toString());
        row.setEndDate(terms.end().toString());
        row.setTeamIds(String.join("\n", terms.teamIds().stream().map(String::valueOf).toList()));
        row.setPeople(String.join("\n", terms.people()));
        row.setRoster(String.join("\n", roster));
        row.setPrizes(String.join("\n", terms.prizes()));
        row.save();
    }

    /** A deal metric's name, or "kpi:" and the KPI's key. */
    private static String metricColumn(CompetitionTerms terms) {
        return terms.kpi().map(kpi -> CompetitionTerms.KPI_PREFIX + kpi.key()).orElse(terms.metric().name());
    }

    private static Competition toCompetition(CompEntity row) {
        String metric = row.getMetric();
        Optional<CompetitionKpi> kpi = metric.startsWith(CompetitionTerms.KPI_PREFIX)
                ? Optional.of(new CompetitionKpi(metric.substring(CompetitionTerms.KPI_PREFIX.length()),
                row.isLowerBetter())) : Optional.empty();
        CompetitionTerms terms = new CompetitionTerms(row.getName(), text(row.getDescription()),
                kpi.isPresent() ? LeaderboardMetric.KPI : LeaderboardMetric.valueOf(metric),
                Scoring.valueOf(row.getScoring()), LocalDate.parse(row.getStartDate()),
                LocalDate.parse(row.getEndDate()), lines(row.getTeamIds()).stream().map(Long::valueOf).toList(),
                lines(row.getPeople()), lines(row.getPrizes()), kpi, row.isLowerBetter());
        return new Competition(row.getID(), terms, lines(row.getRoster()), Currency.getInstance(row.getCurrency()),
                row.getCreatedBy(), row.getFrozenAt() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(row.getFrozenAt())));
    }

    /** Oracle keeps an empty text as NULL. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> lines(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
    }
}
