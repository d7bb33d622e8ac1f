package com.salesteam.jira.web;

/** A winner on the competitions page: place, name, prize and the figure (empty when hidden from the viewer). */
public final class CompetitionWinnerRow {

    private final int place;
    private final String name;
    private final String prize;
    private final String figure;

    public CompetitionWinnerRow(int place, String name, String prize, String figure) {
        this.place = place;
        this.name = name;
        this.prize = prize;
        this.figure = figure;
    }

    public int getPlace() {
        return place;
    }

    public String getName() {
        return name;
    }

    public String getPrize() {
        return prize;
    }

    public String getFigure() {
        return figure;
    }
}
