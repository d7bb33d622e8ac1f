package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.review.CoachingAction;
import com.salesteam.jira.model.review.CoachingState;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coaching actions as the issue listener last saw them. The completion day is the store's own: set the first time
 * an action is seen completed, kept while it stays done or verified, cleared when it is reopened.
 */
public class CoachingRepository {

    /** What a write changed: the action before (empty when new) and after (empty when deleted). */
    public record Change(Optional<CoachingAction> before, Optional<CoachingAction> after) {
    }

    private final ActiveObjects ao;

    public CoachingRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Records the action as it is now ({@code completedOn} is ignored: the store decides it from {@code today}), in
     * one transaction of two statements.
     */
    public Change record(CoachingAction action, LocalDate today) {
        return ao.executeInTransaction(() -> {
            CoachActionEntity[] rows = ao.find(CoachActionEntity.class, Query.select().where("ISSUE_ID = ?",
                    action.issueId()));
            Optional<CoachingAction> before = rows.length == 0 ? Optional.empty() : Optional.of(toAction(rows[0]));
            Optional<LocalDate> completedOn = !action.state().completed() ? Optional.empty()
                    : before.flatMap(CoachingAction::completedOn).or(() -> Optional.of(today));
            CoachingAction after = new CoachingAction(action.issueId(), action.issueKey(), action.summary(),
                    action.repKey(), action.dealId(), action.kind(), action.state(), action.due(), completedOn);
            if (rows.length == 0) {
                ao.create(CoachActionEntity.class, List.of(row(after)));
            } else {
                CoachActionEntity row = rows[0];
                row.setIssueKey(after.issueKey());
                row.setSummary(after.summary());
                row.setRepKey(after.repKey().orElse(null));
                row.setDealId(after.dealId().orElse(0L));
                row.setKind(after.kind());
                row.setState(after.state().name());
                row.setDueDay(after.due().map(LocalDate::toEpochDay).orElse(null));
                row.setCompletedDay(after.completedOn().map(LocalDate::toEpochDay).orElse(null));
                row.save();
            }
            return new Change(before, Optional.of(after));
        });
    }

    /** Forgets a deleted (or retyped) issue: two statements at most. */
    public Change delete(long issueId) {
        return ao.executeInTransaction(() -> {
            CoachActionEntity[] rows = ao.find(CoachActionEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
            if (rows.length == 0) {
                return new Change(Optional.empty(), Optional.empty());
            }
            CoachingAction before = toAction(rows[0]);
            ao.delete(rows);
            return new Change(Optional.of(before), Optional.empty());
        });
    }

    /** How many actions of the rep were completed on the day: one statement. */
    public int completedOn(String repKey, LocalDate day) {
        return ao.count(CoachActionEntity.class, Query.select().where("REP_KEY = ? AND COMPLETED_DAY = ?", repKey,
                day.toEpochDay()));
    }

    /** The actions about a deal, by key: one statement. */
    public List<CoachingAction> forDeal(long dealId) {
        List<CoachingAction> actions = new ArrayList<>();
        ao.stream(CoachActionEntity.class, Query.select().where("DEAL_ID = ?", dealId), row -> actions.add(toAction(row)));
        actions.sort(Comparator.comparing(CoachingAction::issueKey));
        return actions;
    }

    /** The open actions of these reps, per rep: one statement per 1,000 reps (the later Coaching gadget's read). */
    public Map<String, List<CoachingAction>> openByRep(Collection<String> repKeys) {
        Map<String, List<CoachingAction>> open = new HashMap<>();
        List<String> reps = List.copyOf(repKeys);
        for (int from = 0; from < reps.size(); from += 1_000) {
            List<String> chunk = reps.subList(from, Math.min(reps.size(), from + 1_000));
            List<Object> parameters = InList.parameters(chunk);
            parameters.add(CoachingState.OPEN.name());
            ao.stream(CoachActionEntity.class, Query.select().where(InList.of("REP_KEY", chunk.size())
                    + " AND STATE = ?", parameters.toArray()), row -> open.computeIfAbsent(row.getRepKey(),
                    rep -> new ArrayList<>()).add(toAction(row)));
        }
        open.values().forEach(list -> list.sort(Comparator.comparing(CoachingAction::issueKey)));
        return open;
    }

    private static Map<String, Object> row(CoachingAction action) {
        Map<String, Object> row = new HashMap<>();
        row.put("ISSUE_ID", action.issueId());
        row.put("ISSUE_KEY", action.issueKey());
        row.put("SUMMARY", action.summary());
        row.put("REP_KEY", action.repKey().orElse(null));
        row.put("DEAL_ID", action.dealId().orElse(0L));
        row.put("KIND", action.kind());
        row.put("STATE", action.state().name());
        row.put("DUE_DAY", action.due().map(LocalDate::toEpochDay).orElse(null));
        row.put("COMPLETED_DAY", action.completedOn().map(LocalDate::toEpochDay).orElse(null));
        return row;
    }

    private static CoachingAction toAction(CoachActionEntity row) {
        return new CoachingAction(row.getIssueId(), row.getIssueKey(), row.getSummary() == null ? "" : row.getSummary(),
                Optional.ofNullable(row.getRepKey()), row.getDealId() == 0 ? Optional.empty() : Optional.of(row.getDealId()),
                row.getKind() == null ? "" : row.getKind(), CoachingState.valueOf(row.getState()),
                Optional.ofNullable(row.getDueDay()).map(LocalDate::ofEpochDay),
                Optional.ofNullable(row.getCompletedDay()).map(LocalDate::ofEpochDay));
    }
}
