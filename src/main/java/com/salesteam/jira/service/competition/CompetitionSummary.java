package com.salesteam.jira.service.competition;

import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionState;

import java.util.List;

/**
 * A competition in a list: its state and days (until it starts while upcoming, left while running), whether the
 * viewer takes part and may edit it, and once
 * frozen its winners (values removed where the viewer may not see them, as on the board).
 */
public record CompetitionSummary(Competition competition, CompetitionState state, long daysLeft, boolean takingPart,
                                 boolean editable, List<CompetitionBoard.Row> winners) {
    public CompetitionSummary {
        winners = List.copyOf(winners);
    }
}
