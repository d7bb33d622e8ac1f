package com.salesteam.jira.model.competition;

import com.salesteam.jira.model.ranking.Ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks a competition's roster by standard competition ranking (1, 2, 2, 4), through the leaderboards' own
 * {@link Ranking}. Scored by percent of target, a person without a target (or a target of zero) is not ranked. A
 * lower-is-better KPI ranks the lowest first and only those who have a value (logging nothing is not the best
 * score). Nobody wins with nothing: a winner's score is above zero, or, lower being better, they have a value.
 */
public final class CompetitionScorer {

    private CompetitionScorer() {
    }

    /**
     * The people of the roster {@link #rank} leaves out, by reason: lower being better, those without a value (they
     * logged nothing); scored on target, those with a value but without a target (or a target of zero).
     */
    public record Unranked(int withoutValue, int withoutTarget) {
    }

    /** Whom {@link #rank} leaves out of the same roster, values and targets, and why. */
    public static Unranked unranked(CompetitionTerms terms, List<String> roster, Map<String, BigDecimal> values,
                                    Map<String, BigDecimal> targets) {
        int withoutValue = 0;
        int withoutTarget = 0;
        for (String person : roster) {
            if (terms.ascending() && !values.containsKey(person)) {
                withoutValue++;
            } else if (terms.scoring() == Scoring.PERCENT_OF_TARGET
                    && !(targets.containsKey(person) && targets.get(person).signum() > 0)) {
                withoutTarget++;
            }
        }
        return new Unranked(withoutValue, withoutTarget);
    }

    /**
     * @param values  each person's metric value; a person of the roster without one has 0 (lower being better: is
     *                not ranked)
     * @param targets each person's target, for {@link Scoring#PERCENT_OF_TARGET}
     */
    public static List<Standing> rank(CompetitionTerms terms, List<String> roster, Map<String, BigDecimal> values,
                                      Map<String, BigDecimal> targets) {
        boolean ascending = terms.ascending();
        List<Ranking.Entry> entries = new ArrayList<>();
        for (String person : roster) {
            if (ascending && !values.containsKey(person)) {
                continue;
            }
            BigDecimal value = values.getOrDefault(person, BigDecimal.ZERO);
            Optional<BigDecimal> score = Optional.of(value);
            if (terms.scoring() == Scoring.PERCENT_OF_TARGET) {
                BigDecimal target = targets.get(person);
                score = target != null && target.signum() > 0 ? Optional.of(value.multiply(BigDecimal.valueOf(100))
                        .divide(target, 1, RoundingMode.HALF_UP)) : Optional.empty();
            }
            // the leaderboards' ranking puts the highest first: lower being better, the negated score ranks
            score.ifPresent(found -> entries.add(new Ranking.Entry(person, ascending ? found.negate() : found,
                    Optional.empty())));
        }
        List<Standing> standings = new ArrayList<>(entries.size());
        for (Ranking.Ranked ranked : Ranking.rank(entries, Ranking.TieBreak.SHARED)) {
            String person = ranked.entry().subjectKey();
            BigDecimal score = ascending ? ranked.entry().score().negate() : ranked.entry().score();
            standings.add(new Standing(ranked.rank(), person, score, values.getOrDefault(person, BigDecimal.ZERO),
                    terms.scoring() == Scoring.ABSOLUTE ? Optional.empty() : Optional.of(targets.get(person)),
                    ranked.rank() <= terms.winningPlaces() && (ascending || score.signum() > 0)));
        }
        return standings;
    }

    /**
     * Places moved since the earlier standings (up positive), for each person ranked in both; an earlier standing
     * of nobody (before the first day) gives none.
     */
    public static Map<String, Integer> movement(List<Standing> earlier, List<Standing> now) {
        Map<String, Integer> before = new HashMap<>();
        earlier.forEach(standing -> before.put(standing.userKey(), standing.rank()));
        Map<String, Integer> moved = new HashMap<>();
        for (Standing standing : now) {
            Integer rank = before.get(standing.userKey());
            if (rank != null) {
                moved.put(standing.userKey(), Ranking.movement(rank, standing.rank()));
            }
        }
        return moved;
    }
}
