package com.salesteam.jira.model.cadence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The agenda of a team's Sales Meeting, from data: the team's forecast for the period, the top of its leaderboard
 * (as a rep of the team may see it: empty when boards are not shown to reps, values empty when amounts are hidden),
 * the team's slipped deals, the reviews due and the competitions running. Values are already formatted for the
 * agenda's language; rendering escapes them.
 */
public record TeamAgenda(String teamName, String periodLabel, List<ForecastFigure> forecast,
                         Optional<List<LeaderRow>> leaderboard, List<SlippedDeal> slipped, List<ReviewsDue> reviews,
                         List<RunningCompetition> competitions) {

    /** The team's forecast in one currency (cumulative categories, as the forecast service computes them). */
    public record ForecastFigure(String closed, String commit, String bestCase, String pipeline) {
        public ForecastFigure {
            Objects.requireNonNull(closed, "closed");
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(bestCase, "bestCase");
            Objects.requireNonNull(pipeline, "pipeline");
        }
    }

    /** A rep's place on the board; {@code value} is empty when the amounts are hidden from reps. */
    public record LeaderRow(int rank, String name, Optional<String> value) {
        public LeaderRow {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A deal whose close date slipped, with the close date it has now. */
    public record SlippedDeal(String issueKey, String ownerName, LocalDate expectedClose, int slipCount) {
        public SlippedDeal {
            Objects.requireNonNull(issueKey, "issueKey");
            Objects.requireNonNull(ownerName, "ownerName");
            Objects.requireNonNull(expectedClose, "expectedClose");
        }
    }

    /** A rep with reviews not yet signed off. */
    public record ReviewsDue(String repName, int due, int overdue) {
        public ReviewsDue {
            Objects.requireNonNull(repName, "repName");
        }
    }

    /** A competition running now and the day it ends. */
    public record RunningCompetition(String name, LocalDate end) {
        public RunningCompetition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(end, "end");
        }
    }

    public TeamAgenda {
        Objects.requireNonNull(teamName, "teamName");
        Objects.requireNonNull(periodLabel, "periodLabel");
        forecast = List.copyOf(forecast);
        leaderboard = leaderboard.map(List::copyOf);
        slipped = List.copyOf(slipped);
        reviews = List.copyOf(reviews);
        competitions = List.copyOf(competitions);
    }
}
