package com.salesteam.jira.rest.entities;

import java.util.List;

/** A personal development plan in and out; {@code repKey} and {@code goalsDone} are ignored on the way in. */
public record DevelopmentPlanJson(String repKey, List<Goal> goals, List<String> skills, String targetRole,
                                  Integer goalsDone) {

    /** A goal and whether it is reached. */
    public record Goal(String text, Boolean done) {
    }
}
