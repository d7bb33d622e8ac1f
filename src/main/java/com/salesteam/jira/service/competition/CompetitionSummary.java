package com.salesteam.jira.service.competition;

import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionState;

/** A competition in a list: its state and days left today, whether the viewer takes part and may edit it. */
public record CompetitionSummary(Competition competition, CompetitionState state, long daysLeft, boolean takingPart,
                                 boolean editable) {
}
