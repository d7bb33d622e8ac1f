package com.salesteam.jira.service.quota;

import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.quota.AttainmentSharing;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.store.SettingsRepository;

import java.util.Optional;

/**
 * Who may read a team's attainment, and how much of it. Managers of the team (or above it) and admins see it all;
 * a rep who is a member of the team sees their own row, and the rest only as far as the admin's
 * {@link AttainmentSharing} allows; everyone else is refused. What a rep may not see is removed here, on the server,
 * so no client ever receives it.
 */
final class AttainmentVisibility {

    private final SettingsRepository settings;

    AttainmentVisibility(SettingsRepository settings) {
        this.settings = settings;
    }

    /** Refused alike for a team that does not exist and one the caller has no part in: ids reveal nothing. */
    Decision decide(Caller caller, TeamHierarchy hierarchy, long teamId) {
        if (caller.admin() || hierarchy.manages(caller.userKey(), teamId)) {
            Team team = hierarchy.team(teamId)
                    .orElseThrow(() -> ServiceException.notFound("salesteam.error.team.notfound", teamId));
            return new Decision(team, settings.fiscalCalendar(), TeamAttainment.Shown.ALL, caller.userKey());
        }
        Team team = hierarchy.team(teamId).filter(found -> found.memberKeys().contains(caller.userKey()))
                .orElseThrow(() -> ServiceException.forbidden("salesteam.error.quota.forbidden"));
        SettingsRepository.CalendarAndSharing read = settings.calendarAndSharing();
        AttainmentSharing sharing = read.sharing();
        TeamAttainment.Shown shown = !sharing.showTeamToReps() ? TeamAttainment.Shown.OWN_ROW
                : sharing.hideAmounts() ? TeamAttainment.Shown.TEAM_WITHOUT_AMOUNTS : TeamAttainment.Shown.ALL;
        return new Decision(team, read.calendar(), shown, caller.userKey());
    }

    /**
     * The team, how much the viewer sees of it, and the fiscal calendar, which is read in the same statement as the
     * sharing setting so a rep's request stays within the budget of five statements.
     */
    record Decision(Team team, FiscalCalendar calendar, TeamAttainment.Shown shown, String viewerKey) {

        TeamAttainment apply(TeamAttainment full) {
            return switch (shown) {
                case ALL -> full;
                case TEAM_WITHOUT_AMOUNTS -> new TeamAttainment(full.periodKey(), full.metric(), withoutAmounts(full.team()),
                        full.members().stream().map(line -> line.subjectKey().equals(viewerKey) ? line : withoutAmounts(line))
                                .toList(), shown);
                case OWN_ROW -> new TeamAttainment(full.periodKey(), full.metric(),
                        new TeamAttainment.Line(full.team().subjectKey(), full.team().name(), Optional.empty(),
                                Optional.empty(), true),
                        full.members().stream().filter(line -> line.subjectKey().equals(viewerKey)).toList(), shown);
            };
        }

        /** Percent and pace stay; quota, closed, open, gap and coverage are zeroed or dropped, with the currency. */
        private static TeamAttainment.Line withoutAmounts(TeamAttainment.Line line) {
            Optional<Attainment> bare = line.attainment().map(Attainment::withoutAmounts);
            return new TeamAttainment.Line(line.subjectKey(), line.name(), bare, Optional.empty(), true);
        }
    }
}
