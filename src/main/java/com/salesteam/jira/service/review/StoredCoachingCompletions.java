package com.salesteam.jira.service.review;

import com.salesteam.jira.model.Period;
import com.salesteam.jira.service.badge.CoachingCompletions;
import com.salesteam.jira.store.CoachingRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coaching-streak badge's completions, from the coaching store: one read of every completion in the weeks'
 * span, counted per person and week (an action counts in the week of the day it was first done).
 */
public class StoredCoachingCompletions implements CoachingCompletions {

    private final CoachingRepository coaching;

    public StoredCoachingCompletions(CoachingRepository coaching) {
        this.coaching = coaching;
    }

    @Override
    public boolean measured() {
        return true;
    }

    @Override
    public Map<String, List<Integer>> completedPerWeek(List<Period> weeks) {
        if (weeks.isEmpty()) {
            return Map.of();
        }
        LocalDate from = weeks.stream().map(Period::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = weeks.stream().map(Period::end).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, List<Integer>> counts = new HashMap<>();
        coaching.completionsBetween(from, to).forEach((rep, days) -> {
            List<Integer> perWeek = new ArrayList<>(Collections.nCopies(weeks.size(), 0));
            for (LocalDate day : days) {
                for (int week = 0; week < weeks.size(); week++) {
                    if (weeks.get(week).contains(day)) {
                        perWeek.set(week, perWeek.get(week) + 1);
                    }
                }
            }
            if (perWeek.stream().anyMatch(count -> count > 0)) {
                counts.put(rep, List.copyOf(perWeek));
            }
        });
        return counts;
    }
}
