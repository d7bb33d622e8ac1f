package com.salesteam.jira.service.commission;

import com.salesteam.jira.store.CommissionRepository.Assignment;
import com.salesteam.jira.store.CommissionRepository.StoredPlan;

import java.util.List;

/** Commission plans, their assignments and statements. Admins configure; a statement is for its rep, their managers and admins. */
public interface CommissionService {

    List<StoredPlan> plans();

    StoredPlan create(PlanDraft draft);

    StoredPlan update(long id, PlanDraft draft);

    /** Every assignment of the period ({@code ""}: the current quarter). */
    List<Assignment> assignments(String periodKey);

    Assignment assign(long planId, String subjectType, String subjectKey, String periodKey);

    void unassign(long id);

    RepStatement statement(String repKey, String periodKey);

    /** Freezes every rep's statement of the period; returns how many reps' statements were frozen. */
    int close(String periodKey);
}
