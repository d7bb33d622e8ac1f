package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.Period;

import java.util.List;
import java.util.Map;

/** Completions that are not measured: nobody has any, as when no coaching store is at hand. */
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
