package com.salesteam.jira.model.automation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** A deal whose close date slipped: the first expected close seen, the one now, how often it moved, and why it alarms. */
public record SlipAlert(long issueId, LocalDate baseline, LocalDate expectedClose, int slipCount, Set<SlipReason> reasons) {

    public SlipAlert {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(expectedClose, "expectedClose");
        reasons = Set.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an alert needs a reason");
        }
    }

    /** One alert per deal and slip: a further slip is news, a rerun is not. */
    public String key() {
        return "slip:" + issueId + ":" + slipCount;
    }
}
