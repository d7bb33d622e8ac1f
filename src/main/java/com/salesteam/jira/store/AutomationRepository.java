package com.salesteam.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationRun;
import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.QuietHours;
import com.salesteam.jira.model.automation.SlipReason;
import com.salesteam.jira.model.automation.SlipWatch;
import com.salesteam.jira.model.automation.StaleEpisode;
import com.salesteam.jira.model.automation.StalePolicy;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The automation's state: settings, per-stage stale rules, which jobs are on, runs and their audit list (whose
 * natural keys make reruns idempotent), each deal's latest staleness episode and slip watch.
 */
public class AutomationRepository {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private final ActiveObjects ao;

    public AutomationRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    // --- settings and rules

    public AutomationSettings settings() {
        AutoSettingEntity[] rows = ao.find(AutoSettingEntity.class);
        if (rows.length == 0) {
            return AutomationSettings.DEFAULT;
        }
        AutoSettingEntity row = rows[0];
        return new AutomationSettings(Optional.ofNullable(row.getActorKey()).filter(key -> !key.isBlank()),
                new QuietHours(time(row.getQuietStart()), time(row.getQuietEnd()), row.isQuietWeekends()),
                row.getMaxSlips());
    }

    public void saveSettings(AutomationSettings settings) {
        ao.executeInTransaction(() -> {
            AutoSettingEntity[] rows = ao.find(AutoSettingEntity.class);
            AutoSettingEntity row = rows.length == 0 ? ao.create(AutoSettingEntity.class, Map.of()) : rows[0];
            row.setActorKey(settings.actorKey().orElse(null));
            row.setQuietStart(minutes(settings.quietHours().start()));
            row.setQuietEnd(minutes(settings.quietHours().end()));
            row.setQuietWeekends(settings.quietHours().weekends());
            row.setMaxSlips(settings.maxSlips());
            row.save();
            return null;
        });
    }

    private static LocalTime time(int minutes) {
        return LocalTime.MIDNIGHT.plusMinutes(Math.floorMod(minutes, MINUTES_PER_DAY));
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** The stale rule of each stage that has one, by stage id. */
    public Map<String, StalePolicy> stalePolicies() {
        Map<String, StalePolicy> policies = new HashMap<>();
        for (StaleRuleEntity row : ao.find(StaleRuleEntity.class)) {
            policies.put(row.getStageId(), new StalePolicy(row.getStageId(), row.getStaleDays(), row.getEscalateDays(),
                    row.isCreateTask(), row.isFlag()));
        }
        return policies;
    }

    /** Replaces every stage's stale rule at once. */
    public void replaceStalePolicies(Collection<StalePolicy> policies) {
        ao.executeInTransaction(() -> {
            StaleRuleEntity[] old = ao.find(StaleRuleEntity.class);
            if (old.length > 0) {
                ao.delete(old);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (StalePolicy policy : policies) {
                rows.add(Map.of("STAGE_ID", policy.stageId(), "STALE_DAYS", policy.staleDays(),
                        "ESCALATE_DAYS", policy.escalateDays(), "CREATE_TASK", policy.createTask(), "FLAG", policy.flag()));
            }
            if (!rows.isEmpty()) {
                ao.create(StaleRuleEntity.class, rows);
            }
            return null;
        });
    }

    /** Jobs switched off, by key; a job without a row is on. */
    public Set<String> disabledJobs() {
        Set<String> off = new HashSet<>();
        ao.stream(AutoJobEntity.class, Query.select().where("ENABLED = ?", Boolean.FALSE), row -> off.add(row.getJobKey()));
        return off;
    }

    public void setEnabled(String jobKey, boolean enabled) {
        ao.executeInTransaction(() -> {
            AutoJobEntity[] rows = ao.find(AutoJobEntity.class, Query.select().where("JOB_KEY = ?", jobKey));
            AutoJobEntity row = rows.length == 0
                    ? ao.create(AutoJobEntity.class, Map.<String, Object>of("JOB_KEY", jobKey)) : rows[0];
            row.setEnabled(enabled);
            row.save();
            return null;
        });
    }

    // --- runs and the audit list

    public long startRun(String jobKey, String triggeredBy, Instant at) {
        return ao.executeInTransaction(() -> ao.create(AutoRunEntity.class, Map.<String, Object>of("JOB_KEY", jobKey,
                "TRIGGERED_BY", triggeredBy, "STARTED_AT", at.toEpochMilli())).getID());
    }

    public void finishRun(long runId, Instant at, int deals, int actions, int failures, String summary) {
        ao.executeInTransaction(() -> {
            AutoRunEntity row = ao.get(AutoRunEntity.class, (int) runId);
            row.setFinishedAt(at.toEpochMilli());
            row.setDeals(deals);
            row.setActions(actions);
            row.setFailures(failures);
            row.setSummary(summary.length() > 255 ? summary.substring(0, 255) : summary);
            row.save();
            return null;
        });
    }

    /** The latest runs of every job, newest first: one statement. */
    public List<AutomationRun> recentRuns(int limit) {
        List<AutomationRun> runs = new ArrayList<>();
        ao.stream(AutoRunEntity.class, Query.select().order("STARTED_AT DESC").limit(limit),
                row -> runs.add(toRun(row)));
        return runs;
    }

    /** The latest run of each of these jobs: one statement. */
    public Map<String, AutomationRun> lastRuns(Collection<String> jobKeys) {
        Map<String, AutomationRun> last = new HashMap<>();
        if (jobKeys.isEmpty()) {
            return last;
        }
        // one query over the jobs' runs; the newest of each wins
        ao.stream(AutoRunEntity.class, Query.select().where(InList.of("JOB_KEY", jobKeys.size()),
                InList.parameters(jobKeys).toArray()), row -> {
                    AutomationRun run = toRun(row);
                    last.merge(run.job(), run, (a, b) -> a.started().isAfter(b.started()) ? a : b);
                });
        return last;
    }

    private static AutomationRun toRun(AutoRunEntity row) {
        return new AutomationRun(row.getID(), row.getJobKey(), Instant.ofEpochMilli(row.getStartedAt()),
                row.getFinishedAt() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(row.getFinishedAt())),
                row.getTriggeredBy(), row.getDeals(), row.getActions(), row.getFailures(),
                row.getSummary() == null ? "" : row.getSummary());
    }

    /** What these runs did, by run id: one statement per 1,000 runs. */
    public Map<Long, List<AutomationAction>> actionsOf(Collection<Long> runIds) {
        Map<Long, List<AutomationAction>> actions = new HashMap<>();
        for (List<Long> chunk : chunks(runIds)) {
            ao.stream(AutoActionEntity.class, Query.select().where(InList.of("RUN_ID", chunk.size()), chunk.toArray()),
                    row -> actions.computeIfAbsent(row.getRunId(), id -> new ArrayList<>()).add(new AutomationAction(
                            row.getRunId(), row.getIssueId(), row.getIssueKey() == null ? "" : row.getIssueKey(),
                            ActionKind.valueOf(row.getKind()), row.getDetail() == null ? "" : row.getDetail(),
                            Instant.ofEpochMilli(row.getDoneAt()))));
        }
        actions.values().forEach(list -> list.sort(java.util.Comparator.comparing(AutomationAction::at)));
        return actions;
    }

    /** Those of these natural keys whose side effect was already done. */
    public Set<String> doneKeys(Collection<String> actionKeys) {
        Set<String> done = new HashSet<>();
        for (List<String> chunk : chunks(actionKeys)) {
            ao.stream(AutoActionEntity.class, Query.select().where(InList.of("ACTION_KEY", chunk.size()),
                    chunk.toArray()), row -> done.add(row.getActionKey()));
        }
        return done;
    }

    public void recordAction(String actionKey, AutomationAction action) {
        Map<String, Object> row = new HashMap<>();
        row.put("ACTION_KEY", actionKey);
        row.put("RUN_ID", action.runId());
        row.put("ISSUE_ID", action.issueId());
        row.put("ISSUE_KEY", action.issueKey());
        row.put("KIND", action.kind().name());
        row.put("DETAIL", action.detail().length() > 255 ? action.detail().substring(0, 255) : action.detail());
        row.put("DONE_AT", action.at().toEpochMilli());
        ao.executeInTransaction(() -> ao.create(AutoActionEntity.class, row));
    }

    /** What the automation did since {@code from}, oldest first: one statement (DONE_AT is indexed). */
    public List<AutomationAction> actionsSince(Instant from) {
        List<AutomationAction> actions = new ArrayList<>();
        ao.stream(AutoActionEntity.class, Query.select().where("DONE_AT >= ?", from.toEpochMilli()),
                row -> actions.add(new AutomationAction(row.getRunId(), row.getIssueId(),
                        row.getIssueKey() == null ? "" : row.getIssueKey(), ActionKind.valueOf(row.getKind()),
                        row.getDetail() == null ? "" : row.getDetail(), Instant.ofEpochMilli(row.getDoneAt()))));
        actions.sort(java.util.Comparator.comparing(AutomationAction::at));
        return actions;
    }

    // --- the digest's opt-outs

    public Set<String> digestOptOuts() {
        Set<String> users = new HashSet<>();
        ao.stream(DigestOptOutEntity.class, Query.select(), row -> users.add(row.getUserKey()));
        return users;
    }

    public boolean optedOutOfDigest(String userKey) {
        return ao.count(DigestOptOutEntity.class, Query.select().where("USER_KEY = ?", userKey)) > 0;
    }

    public void setDigestOptOut(String userKey, boolean optedOut) {
        ao.executeInTransaction(() -> {
            DigestOptOutEntity[] rows = ao.find(DigestOptOutEntity.class, Query.select().where("USER_KEY = ?", userKey));
            if (optedOut && rows.length == 0) {
                ao.create(DigestOptOutEntity.class, Map.<String, Object>of("USER_KEY", userKey));
            } else if (!optedOut && rows.length > 0) {
                ao.delete(rows);
            }
            return null;
        });
    }

    // --- staleness episodes

    /** The latest episode of each of these deals that has one: one statement per 1,000 deals. */
    public Map<Long, StaleEpisode> episodes(Collection<Long> issueIds) {
        Map<Long, StaleEpisode> episodes = new HashMap<>();
        for (List<Long> chunk : chunks(issueIds)) {
            ao.stream(StaleEpisodeEntity.class, Query.select().where(InList.of("ISSUE_ID", chunk.size()),
                    chunk.toArray()), row -> episodes.put(row.getIssueId(), new StaleEpisode(row.getIssueId(),
                    Instant.ofEpochMilli(row.getStartAt()), Instant.ofEpochMilli(row.getLastAction()), row.isEscalated())));
        }
        return episodes;
    }

    /** The deals whose latest episode still waits for its escalation (their own comment made them look fresh). */
    public List<Long> unescalatedEpisodeIssueIds() {
        List<Long> ids = new ArrayList<>();
        ao.stream(StaleEpisodeEntity.class, Query.select().where("ESCALATED = ?", Boolean.FALSE),
                row -> ids.add(row.getIssueId()));
        return ids;
    }

    /** Keeps this as the deal's latest episode (one row per deal). */
    public void saveEpisode(StaleEpisode episode) {
        ao.executeInTransaction(() -> {
            StaleEpisodeEntity[] rows = ao.find(StaleEpisodeEntity.class,
                    Query.select().where("ISSUE_ID = ?", episode.issueId()));
            StaleEpisodeEntity row = rows.length == 0 ? ao.create(StaleEpisodeEntity.class,
                    Map.<String, Object>of("ISSUE_ID", episode.issueId())) : rows[0];
            row.setStartAt(episode.start().toEpochMilli());
            row.setLastAction(episode.lastAction().toEpochMilli());
            row.setEscalated(episode.escalated());
            row.save();
            return null;
        });
    }

    /** Forgets the deal's episode: the side effects of a new one failed, so the next run tries again. */
    public void deleteEpisode(long issueId) {
        ao.executeInTransaction(() -> {
            StaleEpisodeEntity[] rows = ao.find(StaleEpisodeEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
            if (rows.length > 0) {
                ao.delete(rows);
            }
            return null;
        });
    }

    // --- slip watches

    public Map<Long, SlipWatch> slipWatches(Collection<Long> issueIds) {
        Map<Long, SlipWatch> watches = new HashMap<>();
        for (List<Long> chunk : chunks(issueIds)) {
            ao.stream(SlipWatchEntity.class, Query.select().where(InList.of("ISSUE_ID", chunk.size()), chunk.toArray()),
                    row -> watches.put(row.getIssueId(), toWatch(row)));
        }
        return watches;
    }

    /** Every deal with a slip alert, newest alert first: one statement. */
    public List<SlipWatch> alertedSlips() {
        List<SlipWatch> alerted = new ArrayList<>();
        ao.stream(SlipWatchEntity.class, Query.select().where("ALERTED_AT > ?", 0L), row -> alerted.add(toWatch(row)));
        alerted.sort(java.util.Comparator.comparing((SlipWatch watch) -> watch.alertedAt().orElseThrow()).reversed());
        return alerted;
    }

    public void saveSlipWatch(SlipWatch watch) {
        ao.executeInTransaction(() -> {
            SlipWatchEntity[] rows = ao.find(SlipWatchEntity.class, Query.select().where("ISSUE_ID = ?", watch.issueId()));
            SlipWatchEntity row = rows.length == 0 ? ao.create(SlipWatchEntity.class, Map.<String, Object>of(
                    "ISSUE_ID", watch.issueId(), "BASELINE", watch.baseline().toString())) : rows[0];
            row.setIssueKey(watch.issueKey());
            row.setBaseline(watch.baseline().toString());
            row.setAlertKey(watch.alertKey().orElse(null));
            row.setReasons(watch.reasons().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            row.setAlertedAt(watch.alertedAt().map(Instant::toEpochMilli).orElse(0L));
            row.save();
            return null;
        });
    }

    private static SlipWatch toWatch(SlipWatchEntity row) {
        Set<SlipReason> reasons = EnumSet.noneOf(SlipReason.class);
        if (row.getReasons() != null && !row.getReasons().isBlank()) {
            Arrays.stream(row.getReasons().split(",")).map(SlipReason::valueOf).forEach(reasons::add);
        }
        return new SlipWatch(row.getIssueId(), row.getIssueKey() == null ? "" : row.getIssueKey(), LocalDate.parse(row.getBaseline()), Optional.ofNullable(row.getAlertKey()),
                reasons, row.getAlertedAt() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(row.getAlertedAt())));
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += InList.MAX_VALUES) {
            chunks.add(all.subList(from, Math.min(all.size(), from + InList.MAX_VALUES)));
        }
        return chunks;
    }
}
