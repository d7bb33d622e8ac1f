package com.salesteam.jira.rest.entities;

import java.util.List;

/** The onboarding plan template in and out; {@code kinds} (the Coaching Kind options) is ignored on the way in. */
public record OnboardingTemplateJson(String projectKey, List<Task> tasks, List<String> kinds) {

    /** A task: its title, Coaching Kind and the days after joining it is due. */
    public record Task(String title, String kind, Integer dueAfterDays) {
    }
}
