package com.salesteam.jira.rest.entities;

import java.util.HashMap;
import java.util.Map;

/**
 * The body of a KPI create or update: key (create only), nameEn, nameZh, unit, source with its metric or jql,
 * direction, benchmarks per role ({"rep": "200", "manager": "40"}) and active.
 */
public class KpiInputJson {

    private String key;
    private String nameEn;
    private String nameZh;
    private String unit;
    private String source;
    private String metric;
    private String jql;
    private String direction;
    private Map<String, String> benchmarks = new HashMap<>();
    private Boolean active;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public String getJql() {
        return jql;
    }

    public void setJql(String jql) {
        this.jql = jql;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public Map<String, String> getBenchmarks() {
        return benchmarks;
    }

    public void setBenchmarks(Map<String, String> benchmarks) {
        this.benchmarks = benchmarks;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
