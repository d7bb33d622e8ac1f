package com.salesteam.jira.rest.entities;

import java.util.List;

/** A rep or team in a forecast, with its figures per currency. */
public class ForecastLineJson {

    private final String key;
    private final String name;
    private final List<FiguresJson> figures;

    public ForecastLineJson(String key, String name, List<FiguresJson> figures) {
        this.key = key;
        this.name = name;
        this.figures = List.copyOf(figures);
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public List<FiguresJson> getFigures() {
        return figures;
    }
}
