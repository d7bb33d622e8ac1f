package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.Period;

import java.util.List;
import java.util.Map;

/** Coaching completions are not measured yet (coaching actions come with issue 6): nobody has any. */
public class NotMeasuredCoaching implements CoachingCompletions {

    @Override
    public boolean measured() {
        return false;
    }

    @Override
    public Map<String, List<Integer>> completedPerWeek(List<Period> weeks) {
        return Map.of();
    }
}
