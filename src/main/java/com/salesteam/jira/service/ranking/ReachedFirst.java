package com.salesteam.jira.service.ranking;

import com.salesteam.jira.model.DateRange;
import com.salesteam.jira.model.DealSums;
import com.salesteam.jira.model.ranking.Ranking;
import com.salesteam.jira.store.DealLedger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;

/**
 * The "reached it first" tie-break of a board (PRODUCT.md): among reps tied on a value, the one whose cumulative
 * figure in the period reached that value on the earlier day ranks first; the same value reached on the same day
 * stays a tie (1, 2, 2, 4 within the group). Only the tied reps that matter are read, day by day, in one statement
 * however many: those sharing the score of a row shown in the top N or the viewer's own score. A score of zero
 * is never told apart (nobody reached nothing first), nor a rep with no day row (ranked after the dated ones).
 *
 * <p>The day rows hold the deals as they are now, bucketed by their forecast day (new pipeline by its creation day),
 * so a cumulative figure only grows over the period: the day it reached its value is the day of its last
 * contribution. A rep's score on a day comes
 * from the board's own scoring (so percent of quota divides by the same quota).
 */
public final class ReachedFirst {

    /** A board's score of a rep's cumulative sums; empty when the rep has none (no quota). */
    @FunctionalInterface
    public interface Scorer {
        Optional<BigDecimal> score(String rep, DealSums cumulative);
    }

    /** The rows to show, ranked, and the rank the viewer has (when ranked at all). */
    public record Result(List<Ranking.Ranked> top, Optional<Integer> viewerRank) {
    }

    private final DealLedger ledger;

    public ReachedFirst(DealLedger ledger) {
        this.ledger = ledger;
    }

    public Result rank(List<Ranking.Entry> entries, int limit, String viewerKey, DateRange range, Scorer scorer) {
        Ranking.Standings standings = Ranking.standings(entries);
        Map<String, Ranking.Entry> byRep = new HashMap<>();
        Map<BigDecimal, List<Ranking.Entry>> byScore = new HashMap<>();
        for (Ranking.Entry entry : entries) {
            byRep.put(entry.subjectKey(), entry);
            byScore.computeIfAbsent(entry.score().stripTrailingZeros(), score -> new ArrayList<>()).add(entry);
        }
        List<Ranking.Ranked> shared = standings.top(limit);
        Set<BigDecimal> scores = new HashSet<>();
        shared.forEach(row -> scores.add(row.entry().score().stripTrailingZeros()));
        Optional.ofNullable(byRep.get(viewerKey)).ifPresent(own -> scores.add(own.score().stripTrailingZeros()));
        Set<String> tied = new HashSet<>();
        for (BigDecimal score : scores) {
            List<Ranking.Entry> group = byScore.getOrDefault(score, List.of());
            if (group.size() > 1 && score.signum() != 0) {
                group.forEach(entry -> tied.add(entry.subjectKey()));
            }
        }
        Map<String, LocalDate> reached = reachedOn(tied, range, byRep, scorer);

        Comparator<Ranking.Entry> order = Comparator.comparing(Ranking.Entry::score, Comparator.reverseOrder())
                .thenComparing(entry -> Optional.ofNullable(reached.get(entry.subjectKey())).orElse(LocalDate.MAX));
        List<Ranking.Entry> candidates = new ArrayList<>();
        if (!shared.isEmpty()) {
            BigDecimal cutOff = shared.get(shared.size() - 1).entry().score();
            for (Ranking.Entry entry : entries) {
                if (entry.score().compareTo(cutOff) >= 0) {
                    candidates.add(withDay(entry, reached));
                }
            }
        }
        candidates.sort(order.thenComparing(Ranking.Entry::subjectKey));
        List<Ranking.Ranked> top = new ArrayList<>();
        for (Ranking.Entry entry : candidates.subList(0, Math.min(limit, candidates.size()))) {
            top.add(new Ranking.Ranked(rankOf(entry, standings, byScore, reached), entry));
        }
        Optional<Integer> viewer = Optional.ofNullable(byRep.get(viewerKey))
                .map(own -> rankOf(own, standings, byScore, reached));
        return new Result(top, viewer);
    }

    /** One more than the reps with a higher score and those with the same score reached on an earlier day. */
    private static int rankOf(Ranking.Entry entry, Ranking.Standings standings,
                              Map<BigDecimal, List<Ranking.Entry>> byScore, Map<String, LocalDate> reached) {
        LocalDate own = reached.get(entry.subjectKey());
        int rank = standings.rankOf(entry.score());
        if (own == null) {
            // undated: after every dated rep of its score
            for (Ranking.Entry other : byScore.getOrDefault(entry.score().stripTrailingZeros(), List.of())) {
                rank += reached.containsKey(other.subjectKey()) ? 1 : 0;
            }
            return rank;
        }
        for (Ranking.Entry other : byScore.getOrDefault(entry.score().stripTrailingZeros(), List.of())) {
            LocalDate theirs = reached.get(other.subjectKey());
            if (theirs != null && theirs.isBefore(own)) {
                rank++;
            }
        }
        return rank;
    }

    private static Ranking.Entry withDay(Ranking.Entry entry, Map<String, LocalDate> reached) {
        return new Ranking.Entry(entry.subjectKey(), entry.score(), Optional.ofNullable(reached.get(entry.subjectKey())));
    }

    /** The day each tied rep's cumulative score first reached its final score. */
    private Map<String, LocalDate> reachedOn(Set<String> tied, DateRange range, Map<String, Ranking.Entry> byRep,
                                             Scorer scorer) {
        Map<String, LocalDate> reached = new HashMap<>();
        if (tied.isEmpty()) {
            return reached;
        }
        Map<String, NavigableMap<LocalDate, DealSums>> days = ledger.daysByOwner(tied, range);
        days.forEach((rep, byDay) -> {
            BigDecimal target = byRep.get(rep).score();
            DealSums cumulative = DealSums.EMPTY;
            for (Map.Entry<LocalDate, DealSums> day : byDay.entrySet()) {
                cumulative = cumulative.plus(day.getValue());
                Optional<BigDecimal> score = scorer.score(rep, cumulative);
                if (score.isPresent() && score.get().compareTo(target) >= 0) {
                    reached.put(rep, day.getKey());
                    break;
                }
            }
        });
        return reached;
    }
}
