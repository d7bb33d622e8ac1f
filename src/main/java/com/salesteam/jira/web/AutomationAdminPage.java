package com.salesteam.jira.web;

import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.StageRule;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.automation.AutomationRun;
import com.salesteam.jira.model.automation.AutomationSettings;
import com.salesteam.jira.model.automation.StalePolicy;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.StageNames;
import com.salesteam.jira.service.StageService;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.automation.AutomationJobs;
import com.salesteam.jira.service.automation.AutomationRunner;
import com.salesteam.jira.service.automation.AutomationService;
import com.salesteam.jira.service.automation.JobStatus;
import com.salesteam.jira.service.cadence.MeetingCadenceService;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The automation admin page: every job with its next run, last run and what that run did to which issue, with
 * "run now" and on/off; the settings, each stage's stale-deal rule and each team's Sales Meeting cadence (changed
 * over the JSON REST API).
 */
public class AutomationAdminPage implements AdminPage {

    public static final String TEMPLATE = "templates/admin/automation.vm";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AutomationService automation;
    private final MeetingCadenceService meetings;
    private final StageService stages;
    private final StageNames stageNames;
    private final Translator translator;

    public AutomationAdminPage(AutomationService automation, MeetingCadenceService meetings, StageService stages,
                               StageNames stageNames, Translator translator) {
        this.automation = automation;
        this.meetings = meetings;
        this.stages = stages;
        this.stageNames = stageNames;
        this.translator = translator;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Map<String, Object> context() {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new PageI18n(translator));
        context.put("jobs", automation.overview().stream().map(this::row).toList());
        AutomationSettings settings = automation.settings();
        context.put("actor", automation.actor(settings).map(Person::username).orElse(""));
        context.put("quietStart", settings.quietHours().start().toString());
        context.put("quietEnd", settings.quietHours().end().toString());
        context.put("quietWeekends", settings.quietHours().weekends());
        context.put("maxSlips", settings.maxSlips());
        Map<String, StalePolicy> policies = new HashMap<>();
        automation.stalePolicies().forEach(policy -> policies.put(policy.stageId(), policy));
        Map<String, String> names = stageNames.byId();
        List<StaleRuleRow> rules = new ArrayList<>();
        for (StageRule stage : stages.list()) {
            StalePolicy policy = policies.get(stage.stageId());
            rules.add(new StaleRuleRow(stage.stageId(), names.getOrDefault(stage.stageId(), stage.stageId()),
                    policy == null ? "" : String.valueOf(policy.staleDays()),
                    policy == null ? "" : String.valueOf(policy.escalateDays()),
                    policy != null && policy.createTask(), policy != null && policy.flag()));
        }
        context.put("rules", rules);
        List<MeetingCadenceRow> meetingTeams = meetings.list().stream().map(MeetingCadenceRow::new).toList();
        context.put("meetingTeams", meetingTeams);
        context.put("hasMeetingTeams", !meetingTeams.isEmpty());
        return context;
    }

    private AutomationJobRow row(JobStatus status) {
        String job = status.job();
        String lastRun = status.lastRun().map(run -> WHEN.format(run.started()) + " "
                + translator.text("salesteam.admin.automation.trigger." + run.trigger())).orElse(
                translator.text("salesteam.admin.automation.never"));
        return new AutomationJobRow(job, translator.text("salesteam.automation.job." + job),
                translator.text("salesteam.automation.job." + job + ".description"), status.enabled(),
                status.nextRun().map(WHEN::format).orElse(translator.text("salesteam.admin.automation.notscheduled")),
                lastRun, status.lastRun().map(this::result).orElse(""),
                status.lastActions().stream().map(this::action).toList());
    }

    private String result(AutomationRun run) {
        if (run.finished().isEmpty()) {
            return translator.text("salesteam.admin.automation.running");
        }
        // the digest goes through people, the meetings through teams' meetings, the others through deals
        String key = AutomationJobs.DIGEST.equals(run.job()) ? "salesteam.admin.automation.result.digest"
                : AutomationJobs.MEETINGS.equals(run.job()) ? "salesteam.admin.automation.result.meetings"
                : "salesteam.admin.automation.result";
        String counts = translator.text(key, run.deals(), run.actions(), run.failures());
        // a failed run's reason is the exception's text, as Jira's own scheduler history shows it
        if (!run.summary().startsWith(AutomationRunner.FAILED)) {
            return counts;
        }
        String reason = run.summary().substring(AutomationRunner.FAILED.length());
        return counts + " — " + translator.text("salesteam.admin.automation.run.failed", reason);
    }

    private AutomationActionRow action(AutomationAction action) {
        return new AutomationActionRow(action.issueKey(),
                translator.text("salesteam.admin.automation.kind." + action.kind().name().toLowerCase(Locale.ROOT)),
                action.detail(), WHEN.format(action.at()));
    }
}
