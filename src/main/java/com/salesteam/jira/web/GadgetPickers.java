package com.salesteam.jira.web;

import com.salesteam.jira.model.Period;
import com.salesteam.jira.model.Team;
import com.salesteam.jira.model.TeamHierarchy;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.Translator;

import java.util.ArrayList;
import java.util.List;

/**
 * The pickers the dashboard items share: the teams a viewer may pick and periods chosen relative to today.
 */
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

    /**
     * Periods chosen relative to today, each resolved now: the value is today's period key, the label names the
     * choice and the period ("This week (Week 20, 2026)"), and the choice is what the gadget saves.
     */
    static List<GadgetOption> periodChoices(List<PeriodChoice> choices, PeriodService periods, Translator translator) {
        return choices.stream().map(choice -> {
            Period period = choice.resolve(periods);
            return new GadgetOption(period.key(), translator.text("salesteam.gadget.period." + choice.key(),
                    period.label(translator.locale())), choice.key());
        }).toList();
    }
}
