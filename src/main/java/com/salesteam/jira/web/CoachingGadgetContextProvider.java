package com.salesteam.jira.web;

import com.atlassian.plugin.web.ContextProvider;
import com.salesteam.jira.service.Caller;
import com.salesteam.jira.service.CurrentUser;
import com.salesteam.jira.service.PageI18n;
import com.salesteam.jira.service.TeamService;
import com.salesteam.jira.service.Translator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server-side view of the Coaching &amp; Reviews gadget: the teams the viewer coaches (an admin all, a manager
 * theirs and those below). A rep coaches no team and is told so; the figures come from the REST API.
 */
public class CoachingGadgetContextProvider implements ContextProvider {

    private final CurrentUser currentUser;
    private final TeamService teams;
    private final Translator translator;

    public CoachingGadgetContextProvider(CurrentUser currentUser, TeamService teams, Translator translator) {
        this.currentUser = currentUser;
        this.teams = teams;
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
        List<GadgetOption> coached = caller.map(viewer -> GadgetPickers.teams(viewer, teams.list(), false))
                .orElse(List.of());
        result.put("teams", coached);
        result.put("hasTeams", !coached.isEmpty());
        return result;
    }
}
