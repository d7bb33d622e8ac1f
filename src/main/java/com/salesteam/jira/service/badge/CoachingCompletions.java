package com.salesteam.jira.service.badge;

import com.salesteam.jira.model.Period;

import java.util.List;
import java.util.Map;

/**
 * Completed coaching actions per person and week, for the coaching-streak badge; while {@code measured()} is false
 * no coaching badge is awarded.
 */
public interface CoachingCompletions {

    boolean measured();

    /**
     * Each person with any completed action in these weeks, with one count per week in the order given; people
     * without any are left out.
     */
    Map<String, List<Integer>> completedPerWeek(List<Period> weeks);
}
