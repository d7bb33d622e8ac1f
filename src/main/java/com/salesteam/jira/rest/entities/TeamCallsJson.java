package com.salesteam.jira.rest.entities;

import java.util.List;

/** A team's forecast calls: its own, its sub-teams' latest, and its figures with the sub-teams' calls in place. */
public class TeamCallsJson {

    private final List<AdjustmentJson> history;
    private final List<SubTeamJson> subTeams;
    private final List<AdjustedJson> adjusted;

    public TeamCallsJson(List<AdjustmentJson> history, List<SubTeamJson> subTeams, List<AdjustedJson> adjusted) {
        this.history = List.copyOf(history);
        this.subTeams = List.copyOf(subTeams);
        this.adjusted = List.copyOf(adjusted);
    }

    public List<AdjustmentJson> getHistory() {
        return history;
    }

    public List<SubTeamJson> getSubTeams() {
        return subTeams;
    }

    public List<AdjustedJson> getAdjusted() {
        return adjusted;
    }

    /** A sub-team and its manager's latest Commit and Best Case calls (null when none). */
    public static class SubTeamJson {
        private final long teamId;
        private final String name;
        private final AdjustmentJson commit;
        private final AdjustmentJson bestCase;

        public SubTeamJson(long teamId, String name, AdjustmentJson commit, AdjustmentJson bestCase) {
            this.teamId = teamId;
            this.name = name;
            this.commit = commit;
            this.bestCase = bestCase;
        }

        public long getTeamId() {
            return teamId;
        }

        public String getName() {
            return name;
        }

        public AdjustmentJson getCommit() {
            return commit;
        }

        public AdjustmentJson getBestCase() {
            return bestCase;
        }
    }

    /** Commit and Best Case of one currency with the sub-teams' calls in place: exact and formatted. */
    public static class AdjustedJson {
        private final String currency;
        private final String commit;
        private final String bestCase;
        private final String commitFormatted;
        private final String bestCaseFormatted;

        public AdjustedJson(String currency, String commit, String bestCase, String commitFormatted,
                            String bestCaseFormatted) {
            this.currency = currency;
            this.commit = commit;
            this.bestCase = bestCase;
            this.commitFormatted = commitFormatted;
            this.bestCaseFormatted = bestCaseFormatted;
        }

        public String getCurrency() {
            return currency;
        }

        public String getCommit() {
            return commit;
        }

        public String getBestCase() {
            return bestCase;
        }

        public String getCommitFormatted() {
            return commitFormatted;
        }

        public String getBestCaseFormatted() {
            return bestCaseFormatted;
        }
    }
}
