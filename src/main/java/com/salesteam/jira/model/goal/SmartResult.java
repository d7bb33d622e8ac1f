package com.salesteam.jira.model.goal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Every reason a goal is not SMART, letter by letter (S, M, A, R, T order); none when it is. */
public record SmartResult(List<SmartFailure> failures) {

    public SmartResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    public Set<SmartLetter> failedLetters() {
        Set<SmartLetter> letters = EnumSet.noneOf(SmartLetter.class);
        failures.forEach(failure -> letters.add(failure.letter()));
        return letters;
    }
}
