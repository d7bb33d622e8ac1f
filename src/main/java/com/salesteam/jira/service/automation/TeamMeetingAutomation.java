package com.salesteam.jira.service.automation;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.automation.ActionKind;
import com.salesteam.jira.model.automation.AutomationAction;
import com.salesteam.jira.model.cadence.ClaimMarker;
import com.salesteam.jira.model.cadence.MeetingCadence;
import com.salesteam.jira.model.cadence.MeetingKey;
import com.salesteam.jira.model.cadence.TeamAgenda;
import com.salesteam.jira.model.cadence.TeamAgendaWiki;
import com.salesteam.jira.model.cadence.TeamMeetingFrequency;
import com.salesteam.jira.service.TeamLookup;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.cadence.ClaimRecovery;
import com.salesteam.jira.service.cadence.SalesMeetingIssues;
import com.salesteam.jira.store.AutomationRepository;
import com.salesteam.jira.store.MeetingCadenceRepository;
import com.salesteam.jira.store.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The team meeting cadence: for each team's cadence and frequency, the Sales Meeting of the current fiscal week,
 * month or quarter, created once with its agenda. Each meeting's natural key (team, frequency, period) is claimed
 * in AO before its issue is created (and the issue labelled with its claim's marker), so a re-run, a second node or
 * a run after a crash creates none twice; a meeting Jira refuses is logged, its claim released (the next run tries
 * again) and the run goes on, as it does when a meeting's claim, release or audit fails in the database. Each run
 * first recovers the claims a crash left between claim and create ({@link ClaimRecovery}): a released one is
 * created again while its period is still the current one.
 *
 * <p>The agenda is written in Jira's default language (the translator of a job has no user): the issue is read by
 * the whole team, whose languages may differ, and the default is the one the instance chose for everyone.
 */
public class TeamMeetingAutomation implements Automation {

    private static final Logger LOG = LoggerFactory.getLogger(TeamMeetingAutomation.class);

    private final MeetingCadenceRepository cadences;
    private final AutomationRepository repository;
    private final SettingsRepository settings;
    private final TeamLookup teams;
    private final TeamAgendaSource agendas;
    private final SalesMeetingIssues issues;
    private final Translator translator;
    private final ClaimRecovery recovery;

    public TeamMeetingAutomation(MeetingCadenceRepository cadences, AutomationRepository repository,
                                 SettingsRepository settings, TeamLookup teams, TeamAgendaSource agendas,
                                 SalesMeetingIssues issues, Translator translator, ClaimRecovery recovery) {
        this.recovery = recovery;
        this.cadences = cadences;
        this.repository = repository;
        this.settings = settings;
        this.teams = teams;
        this.agendas = agendas;
        this.issues = issues;
        this.translator = translator;
    }

    @Override
    public String key() {
        return AutomationJobs.MEETINGS;
    }

    private record Due(MeetingCadence cadence, MeetingKey key, Period period) {
    }

    @Override
    public void run(long runId, Instant now, BooleanSupplier cancelled, RunTally tally) {
        List<MeetingCadence> all = cadences.cadences();
        if (all.isEmpty()) {
            return;
        }
        recovery.recover(ClaimMarker.Job.TEAM_MEETING, new ClaimRecovery.Claims(cadences::orphans,
                (key, found) -> cadences.confirmByKey(key, found.id(), found.key()), cadences::releaseByKey,
                cadences::missed));
        FiscalCalendar calendar = settings.fiscalCalendar();
        List<Due> due = new ArrayList<>();
        for (MeetingCadence cadence : all) {
            for (TeamMeetingFrequency frequency : cadence.frequencies()) {
                Period period = calendar.periodContaining(frequency.periodType(), now);
                due.add(new Due(cadence, new MeetingKey(cadence.teamId(), frequency, period.key()), period));
            }
        }
        Set<String> claimed = cadences.claimedKeys(due.stream().map(meeting -> meeting.key().periodKey()).toList());
        TeamHierarchy hierarchy = teams.hierarchy();
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        for (Due meeting : due) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            if (claimed.contains(meeting.key().text())) {
                continue;
            }
            Optional<Team> team = hierarchy.team(meeting.cadence().teamId());
            if (team.isEmpty()) {
                continue;
            }
            tally.deal();
            if (team.get().managerKey().isEmpty()) {
                tally.failure();
                LOG.warn("Sales Team Manager: team {} has no manager to hold its meeting {}; skipped",
                        team.get().id(), meeting.key().text());
                continue;
            }
            try {
                create(runId, now, tally, meeting, team.get(), hierarchy, today);
            } catch (RuntimeException e) {
                // one team's failure (its claim, its release, the audit) is that team's: the others still meet
                tally.failure();
                LOG.warn("Sales Team Manager: the meeting {} failed ({}); skipped", meeting.key().text(),
                        e.getMessage());
            }
        }
    }

    private void create(long runId, Instant now, RunTally tally, Due meeting, Team team, TeamHierarchy hierarchy,
                        LocalDate today) {
        if (!cadences.claim(meeting.key(), now)) {
            return;
        }
        String manager = team.managerKey().orElseThrow();
        SalesMeetingIssues.Created issue;
        try {
            TeamAgenda agenda = agendas.agenda(team, hierarchy, meeting.period(), meeting.cadence().leaderboardTop(),
                    manager, translator.locale());
            String description = TeamAgendaWiki.render(agenda, translator::text);
            String summary = translator.text("salesteam.meeting.summary", team.name(),
                    meeting.period().label(translator.locale()));
            issue = issues.create(meeting.cadence().projectKey(), manager, summary, description, today,
                    ClaimMarker.of(ClaimMarker.Job.TEAM_MEETING, meeting.key().text()));
        } catch (RuntimeException e) {
            LOG.warn("Sales Team Manager: could not create the meeting {} ({}); skipped, tried again next run",
                    meeting.key().text(), e.getMessage());
            cadences.release(meeting.key());
            tally.failure();
            return;
        }
        recovery.mark(ClaimMarker.Job.TEAM_MEETING, meeting.key().text(), manager, issue.id(), cadences::unmarked);
        try {
            cadences.confirm(meeting.key(), issue.id(), issue.key());
        } catch (RuntimeException e) {
            // the issue exists: the claim stays, so no later run creates a second meeting for it
            LOG.warn("Sales Team Manager: meeting {} created as {} but not recorded against its claim ({})",
                    meeting.key().text(), issue.key(), e.getMessage());
        }
        repository.recordAction(meeting.key().text(), new AutomationAction(runId, issue.id(), issue.key(),
                ActionKind.CREATED_MEETING, team.name() + " · " + meeting.period().key(), now));
        tally.action();
    }
}
