package com.salesteam.jira.service.cadence;

import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.cadence.MeetingCadence;
import com.salesteam.jira.model.cadence.TeamMeetingFrequency;
import com.salesteam.jira.service.AccessGuard;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.MeetingCadenceRepository;
import com.salesteam.jira.store.TeamRepository;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Teams' Sales Meeting cadences, set by a Jira administrator or by the team's manager (or a manager above it), as
 * review cycles are. A rep neither reads nor changes them.
 */
public class MeetingCadenceService {

    static final String FORBIDDEN = "salesteam.meeting.error.forbidden";
    /** Jira's default project key pattern: an upper-case letter, then upper-case letters, digits or underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    /** A team with its cadence, when it has one. */
    public record TeamCadence(Team team, Optional<MeetingCadence> cadence) {
    }

    private final MeetingCadenceRepository cadences;
    private final TeamRepository teams;
    private final AccessGuard access;

    public MeetingCadenceService(MeetingCadenceRepository cadences, TeamRepository teams, CurrentUser currentUser) {
        this.cadences = cadences;
        this.teams = teams;
        this.access = new AccessGuard(currentUser);
    }

    /** The teams the caller may configure, each with its cadence: two statements. */
    public List<TeamCadence> list() {
        Caller caller = access.requireUser();
        TeamHierarchy hierarchy = new TeamHierarchy(teams.findAll());
        if (!caller.admin() && !hierarchy.managesAny(caller.userKey())) {
            throw ServiceException.forbidden(FORBIDDEN);
        }
        List<MeetingCadence> all = cadences.cadences();
        List<TeamCadence> visible = new ArrayList<>();
        for (Team team : hierarchy.all()) {
            if (caller.admin() || hierarchy.manages(caller.userKey(), team.id())) {
                visible.add(new TeamCadence(team, all.stream().filter(cadence -> cadence.teamId() == team.id())
                        .findFirst()));
            }
        }
        return visible;
    }

    public TeamCadence get(long teamId) {
        return new TeamCadence(managedTeam(teamId), cadences.cadence(teamId));
    }

    /** Replaces the team's cadence; every bad field is named, nothing is saved unless all are valid. */
    public MeetingCadence save(long teamId, MeetingCadenceDraft draft) {
        managedTeam(teamId);
        List<FieldError> errors = new ArrayList<>();
        Set<TeamMeetingFrequency> frequencies = EnumSet.noneOf(TeamMeetingFrequency.class);
        List<String> keys = draft.frequencies() == null ? List.of() : draft.frequencies();
        for (String key : keys) {
            Optional<TeamMeetingFrequency> frequency = TeamMeetingFrequency.fromKey(key == null ? "" : key.strip());
            if (frequency.isEmpty()) {
                errors.add(FieldError.of("frequencies", "salesteam.meeting.error.frequency", String.valueOf(key)));
            } else {
                frequencies.add(frequency.get());
            }
        }
        if (keys.isEmpty()) {
            errors.add(FieldError.of("frequencies", "salesteam.meeting.error.nofrequency"));
        }
        String projectKey = draft.projectKey() == null ? "" : draft.projectKey().strip();
        if (!PROJECT_KEY.matcher(projectKey).matches()) {
            errors.add(FieldError.of("projectKey", "salesteam.meeting.error.project"));
        }
        int top = draft.leaderboardTop() == null ? MeetingCadence.DEFAULT_TOP : draft.leaderboardTop();
        if (top < 1 || top > MeetingCadence.MAX_TOP) {
            errors.add(FieldError.of("leaderboardTop", "salesteam.meeting.error.top", MeetingCadence.MAX_TOP));
        }
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
        MeetingCadence cadence = new MeetingCadence(teamId, frequencies, projectKey, top);
        cadences.save(cadence);
        return cadence;
    }

    public void delete(long teamId) {
        managedTeam(teamId);
        if (!cadences.delete(teamId)) {
            throw ServiceException.notFound("salesteam.meeting.error.nocadence", teamId);
        }
    }

    private Team managedTeam(long teamId) {
        Caller caller = access.requireUser();
        return access.requireTeamManager(caller, new TeamHierarchy(teams.findAll()), teamId, FORBIDDEN);
    }
}
