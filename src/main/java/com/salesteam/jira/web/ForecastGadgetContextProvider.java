package com.salesteam.jira.web;

import com.atlassian.plugin.web.ContextProvider;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.PeriodService;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server-side view of the Pipeline &amp; Forecast gadget: which teams the viewer may pick (an admin all, a
 * manager the teams they manage and those below, a rep none: they see their own forecast) and which periods.
 * The figures themselves come from the REST API in the browser.
 */
public class ForecastGadgetContextProvider implements ContextProvider {

    private final CurrentUser currentUser;
    private final TeamService teams;
    private final PeriodService periods;
    private final Translator translator;

    public ForecastGadgetContextProvider(CurrentUser currentUser, TeamService teams, PeriodService periods,
                                         Translator translator) {
        this.currentUser = currentUser;
        this.teams = teams;
        this.periods = periods;
        this.translator = translator;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: everything depends on the viewer
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put("i18n", new PageI18n(translator));
        Optional<Caller> caller = currentUser.caller();
        result.put("loggedIn", caller.isPresent());
        if (caller.isEmpty()) {
            result.put("teams", List.of());
            result.put("periods", List.of());
            result.put("viewerKey", "");
            return result;
        }
        result.put("viewerKey", caller.get().userKey());
        result.put("teams", visibleTeams(caller.get()));
        result.put("periods", periodOptions());
        return result;
    }

    /** A rep picks no team: they see their own forecast. */
    private List<GadgetOption> visibleTeams(Caller caller) {
        return GadgetPickers.teams(caller, teams.list(), false);
    }

    private List<GadgetOption> periodOptions() {
        return GadgetPickers.periodChoices(List.of(PeriodChoice.THIS_QUARTER, PeriodChoice.LAST_QUARTER,
                PeriodChoice.NEXT_QUARTER, PeriodChoice.THIS_MONTH, PeriodChoice.LAST_MONTH, PeriodChoice.THIS_YEAR,
                PeriodChoice.LAST_YEAR), periods, translator);
    }
}
