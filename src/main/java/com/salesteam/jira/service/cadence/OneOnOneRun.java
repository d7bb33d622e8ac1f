package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.cadence.AgendaWiki;
import com.salesteam.jira.model.cadence.ClaimMarker;
import com.salesteam.jira.model.cadence.DueMeeting;
import com.salesteam.jira.model.cadence.MeetingAgenda;
import com.salesteam.jira.model.cadence.OneOnOnePlan;
import com.salesteam.jira.model.cadence.OneOnOneSchedule;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.UserDirectory;
import com.salesteam.jira.store.OneOnOneRepository;
import com.salesteam.jira.store.SettingsRepository;
import com.salesteam.jira.store.TeamRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Creates the 1:1 Meetings the reps' schedules owe today, each with its agenda generated from data: for each, the
 * natural key (day|rep) is claimed in AO first (a rep with a claim in the current cycle, even under a changed
 * schedule, is owed nothing), then the issue is created, labelled with its claim's marker and recorded. A meeting
 * whose issue Jira refuses is logged, its claim released (the next run tries again) and the run goes on. Each run
 * first recovers the claims a crash left ({@link ClaimRecovery}): a released one is created again only while it is
 * still owed (missed cycles are not made up). The agendas of a batch of meetings are read together. No permission
 * check: the scheduled job calls it.
 */
public class OneOnOneRun {

    /** Meetings prepared (and read) together, and created between two checks for cancellation. */
    public static final int BATCH = 50;

    private static final Logger LOG = LoggerFactory.getLogger(OneOnOneRun.class);

    /** What a run did. */
    public record Outcome(int created, int skipped, int failed, boolean complete) {
        public String summary() {
            return "1:1 meetings: " + created + " created, " + skipped + " already there, " + failed + " failed"
                    + (complete ? "" : " (cancelled)");
        }
    }

    private final OneOnOneRepository meetings;
    private final TeamRepository teams;
    private final SettingsRepository settings;
    private final MeetingAgendas agendas;
    private final MeetingIssues issues;
    private final UserDirectory users;
    private final Translator translator;
    private final Clock clock;
    private final ClaimRecovery recovery;

    public OneOnOneRun(OneOnOneRepository meetings, TeamRepository teams, SettingsRepository settings,
                       MeetingAgendas agendas, MeetingIssues issues, UserDirectory users, Translator translator,
                       Clock clock, ClaimRecovery recovery) {
        this.recovery = recovery;
        this.meetings = meetings;
        this.teams = teams;
        this.settings = settings;
        this.agendas = agendas;
        this.issues = issues;
        this.users = users;
        this.translator = translator;
        this.clock = clock;
    }

    public Outcome run(BooleanSupplier cancelled) {
        List<OneOnOneSchedule> schedules = meetings.schedules();
        if (schedules.isEmpty()) {
            return new Outcome(0, 0, 0, true);
        }
        recovery.recover(ClaimMarker.Job.ONE_ON_ONE, new ClaimRecovery.Claims(meetings::orphans,
                (key, found) -> meetings.confirm(key, found.id(), found.key()), meetings::release, meetings::missed));
        FiscalCalendar calendar = settings.fiscalCalendar();
        LocalDate today = calendar.today(clock);
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        List<DueMeeting> due = OneOnOnePlan.due(schedules, hierarchy, today,
                meetings.lastClaimedDays(OneOnOnePlan.reps(schedules), OneOnOnePlan.claimsSince(today)));
        int created = 0;
        int skipped = 0;
        int failed = 0;
        for (int from = 0; from < due.size(); from += BATCH) {
            if (from > 0 && cancelled.getAsBoolean()) {
                return new Outcome(created, skipped, failed, false);
            }
            List<DueMeeting> batch = due.subList(from, Math.min(due.size(), from + BATCH));
            Map<String, MeetingAgenda> agendaOf = agendasOf(batch.stream().map(DueMeeting::repKey).toList(),
                    hierarchy, today, calendar);
            for (DueMeeting meeting : batch) {
                if (!meetings.claim(meeting, recovery.now())) {
                    skipped++;
                    continue;
                }
                MeetingIssues.Created issue;
                try {
                    issue = issues.create(meeting, summary(meeting), AgendaWiki.render(agendaOf.get(meeting.repKey()),
                            translator::text), ClaimMarker.of(ClaimMarker.Job.ONE_ON_ONE, meeting.key()));
                } catch (RuntimeException e) {
                    meetings.release(meeting.key());
                    failed++;
                    LOG.warn("Sales Team Manager: could not create the 1:1 {} ({}); skipped, tried again next run",
                            meeting.key(), e.getMessage());
                    continue;
                }
                recovery.mark(ClaimMarker.Job.ONE_ON_ONE, meeting.key(), meeting.managerKey(), issue.id(),
                        meetings::unmarked);
                try {
                    meetings.confirm(meeting.key(), issue.id(), issue.key());
                } catch (RuntimeException e) {
                    // the issue exists: the claim stays, so no later run creates a second meeting for it
                    LOG.warn("Sales Team Manager: 1:1 {} created as {} but not recorded against its claim ({})",
                            meeting.key(), issue.key(), e.getMessage());
                }
                created++;
            }
        }
        return new Outcome(created, skipped, failed, true);
    }

    /**
     * The batch's agendas read together; if that read fails, each rep's alone, so one rep's broken data (a scorecard,
     * a coaching record, a ledger row) costs that rep's agenda only, never the other meetings of the run: a rep whose
     * agenda still cannot be read gets an empty one and the meeting is created on time.
     */
    private Map<String, MeetingAgenda> agendasOf(List<String> reps, TeamHierarchy hierarchy, LocalDate today,
                                                 FiscalCalendar calendar) {
        try {
            return agendas.forReps(reps, hierarchy, today, calendar.zone(), translator.locale());
        } catch (RuntimeException batchFailure) {
            LOG.warn("Sales Team Manager: 1:1 agendas of {} reps could not be read together ({}); reading each alone",
                    reps.size(), batchFailure.getMessage());
        }
        Map<String, MeetingAgenda> agendaOf = new HashMap<>();
        for (String rep : reps) {
            try {
                agendaOf.putAll(agendas.forReps(List.of(rep), hierarchy, today, calendar.zone(), translator.locale()));
            } catch (RuntimeException e) {
                LOG.warn("Sales Team Manager: the 1:1 agenda of {} could not be read ({}); the meeting gets an empty one",
                        rep, e.getMessage());
                agendaOf.put(rep, MeetingAgenda.build(List.of(), List.of(), List.of(), "", today,
                        MeetingAgendas.DEFAULT_STALE_DAYS));
            }
        }
        return agendaOf;
    }

    private String summary(DueMeeting meeting) {
        String name = users.byKey(meeting.repKey()).map(Person::displayName).orElse(meeting.repKey());
        return translator.text("salesteam.oneonone.summary", name,
                meeting.day().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(translator.locale())));
    }
}
