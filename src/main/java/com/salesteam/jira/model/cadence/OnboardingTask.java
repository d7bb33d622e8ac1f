package com.salesteam.jira.model.cadence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One task of the onboarding plan template: what the newcomer does, the kind of Coaching Action it becomes (one of
 * the Coaching Kind options) and how many days after joining it is due.
 */
public record OnboardingTask(String title, String kind, int dueAfterDays) {

    public static final int MAX_TITLE = 255;
    public static final int MAX_DAYS = 365;

    public OnboardingTask {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        if (dueAfterDays < 0 || dueAfterDays > MAX_DAYS) {
            throw new IllegalArgumentException("due after " + dueAfterDays + " days");
        }
    }

    /** The day the task is due for someone who joined on {@code joined}. */
    public LocalDate dueFor(LocalDate joined) {
        return joined.plusDays(dueAfterDays);
    }
}
