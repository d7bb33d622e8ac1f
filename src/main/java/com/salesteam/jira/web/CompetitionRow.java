package com.salesteam.jira.web;

import java.util.List;

/** A competition on the competitions page, its texts already in the viewer's language. */
public final class CompetitionRow {

    private final long id;
    private final String name;
    private final String description;
    private final String dates;
    private final String metric;
    private final int participants;
    private final String status;
    private final boolean editable;
    private final boolean frozen;
    private final List<CompetitionWinnerRow> winners;

    public CompetitionRow(long id, String name, String description, String dates, String metric, int participants,
                          String status, boolean editable, boolean frozen, List<CompetitionWinnerRow> winners) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.dates = dates;
        this.metric = metric;
        this.participants = participants;
        this.status = status;
        this.editable = editable;
        this.frozen = frozen;
        this.winners = List.copyOf(winners);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getDates() {
        return dates;
    }

    public String getMetric() {
        return metric;
    }

    public int getParticipants() {
        return participants;
    }

    public String getStatus() {
        return status;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public List<CompetitionWinnerRow> getWinners() {
        return winners;
    }

    public boolean hasWinners() {
        return !winners.isEmpty();
    }
}
