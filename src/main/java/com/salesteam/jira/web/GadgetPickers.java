package com.salesteam.jira.web;

import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.service.Caller;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The pickers the dashboard items share: the teams a viewer may pick and fiscal periods by their labels. */
final class GadgetPickers {

    private GadgetPickers() {
    }

    /**
     * An admin's every team, a manager's teams and those below them and, when {@code ownTeamsToo}, the teams the
     * viewer is a member of.
     */
    static List<GadgetOption> teams(Caller caller, List<Team> all, boolean ownTeamsToo) {
        TeamHierarchy hierarchy = new TeamHierarchy(all);
        List<GadgetOption> options = new ArrayList<>();
        for (Team team : all) {
            if (caller.admin() || hierarchy.manages(caller.userKey(), team.id())
                    || ownTeamsToo && team.memberKeys().contains(caller.userKey())) {
                options.add(new GadgetOption(Long.toString(team.id()), team.name()));
            }
        }
        return options;
    }

    static List<GadgetOption> periods(List<Period> periods, Locale locale) {
        return periods.stream().map(period -> new GadgetOption(period.key(), period.label(locale))).toList();
    }
}
