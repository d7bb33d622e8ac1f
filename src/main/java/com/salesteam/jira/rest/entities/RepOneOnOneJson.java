package com.salesteam.jira.rest.entities;

/** A rep the caller may see, with their 1:1 schedule or null when they have none. */
public record RepOneOnOneJson(String repKey, String repName, OneOnOneJson schedule) {
}
