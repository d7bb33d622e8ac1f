package com.salesteam.jira.model.competition;

import com.salesteam.jira.model.ranking.Ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks a competition's roster by standard competition ranking (1, 2, 2, 4), through the leaderboards' own
 * {@link Ranking}. Scored by percent of target, a person without a target (or a target of zero) is not ranked. Nobody wins with
 * nothing: a winner's score is above zero.
 */
public final class CompetitionScorer {

    private CompetitionScorer() {
    }

    /**
     * @param values  each person's metric value; a person of the roster without one has 0
     * @param targets each person's target, for {@link Scoring#PERCENT_OF_TARGET}
     */
    public static List<Standing> rank(CompetitionTerms terms, List<String> roster, Map<String, BigDecimal> values,
                                      Map<String, BigDecimal> targets) {
        List<Ranking.Entry> entries = new ArrayList<>();
        for (String person : roster) {
            BigDecimal value = values.getOrDefault(person, BigDecimal.ZERO);
            if (terms.scoring() == Scoring.ABSOLUTE) {
                entries.add(new Ranking.Entry(person, value, Optional.empty()));
            } else {
                BigDecimal target = targets.get(person);
                if (target != null && target.signum() > 0) {
                    entries.add(new Ranking.Entry(person, value.multiply(BigDecimal.valueOf(100))
                            .divide(target, 1, RoundingMode.HALF_UP), Optional.empty()));
                }
            }
        }
        List<Standing> standings = new ArrayList<>(entries.size());
        for (Ranking.Ranked ranked : Ranking.rank(entries, Ranking.TieBreak.SHARED)) {
            String person = ranked.entry().subjectKey();
            standings.add(new Standing(ranked.rank(), person, ranked.entry().score(),
                    values.getOrDefault(person, BigDecimal.ZERO),
                    terms.scoring() == Scoring.ABSOLUTE ? Optional.empty() : Optional.of(targets.get(person)),
                    ranked.rank() <= terms.winningPlaces() && ranked.entry().score().signum() > 0));
        }
        return standings;
    }
}
