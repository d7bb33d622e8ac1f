package com.salesteam.jira.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The create/edit form of the competitions page: what was typed (or stored) and, after a refused save, the
 * translated reason per field. Lists are one entry a line in the text areas.
 */
public final class CompetitionForm {

    private final long id;
    private final String name;
    private final String description;
    private final String metric;
    private final String scoring;
    private final String start;
    private final String end;
    private final Set<String> teams;
    private final String people;
    private final String prizes;
    private final Map<String, String> errors;

    public CompetitionForm(long id, String name, String description, String metric, String scoring, String start,
                           String end, Set<String> teams, List<String> people, List<String> prizes,
                           Map<String, String> errors) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.metric = metric;
        this.scoring = scoring;
        this.start = start;
        this.end = end;
        this.teams = Set.copyOf(teams);
        this.people = String.join("\n", people);
        this.prizes = String.join("\n", prizes);
        this.errors = Map.copyOf(errors);
    }

    public static CompetitionForm empty() {
        return new CompetitionForm(0, "", "", "revenue-won", "absolute", "", "", Set.of(), List.of(), List.of(), Map.of());
    }

    /** 0 for a new competition. */
    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getMetric() {
        return metric;
    }

    public String getScoring() {
        return scoring;
    }

    public String getStart() {
        return start;
    }

    public String getEnd() {
        return end;
    }

    public String getPeople() {
        return people;
    }

    public String getPrizes() {
        return prizes;
    }

    public boolean hasTeam(String teamId) {
        return teams.contains(teamId);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The reason a field was refused, or empty text. */
    public String error(String field) {
        return errors.getOrDefault(field, "");
    }
}
