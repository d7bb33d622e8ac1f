package com.salesteam.jira.rest;

import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiRole;
import com.salesteam.jira.model.kpi.ScoreLine;
import com.salesteam.jira.model.kpi.Scorecard;
import com.salesteam.jira.model.kpi.ScorecardScore;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.kpi.PersonScorecard;
import com.salesteam.jira.service.kpi.TeamScorecards;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Scorecards in JSON: exact values as text without trailing zeros ("93", "42.86"), null where there is none. */
public final class ScorecardJsonMapper {

    private final Translator translator;

    public ScorecardJsonMapper(Translator translator) {
        this.translator = translator;
    }

    /** {"rep": [{"kpi", "weight", "cap"}], "manager": [...]} */
    public Map<String, Object> weights(Map<KpiRole, Scorecard> scorecards) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (KpiRole role : KpiRole.values()) {
            json.put(role.key(), scorecards.getOrDefault(role, new Scorecard(role, List.of())).weights().stream()
                    .map(weight -> {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("kpi", weight.kpiKey());
                        line.put("weight", KpiDefinition.plainText(weight.weight()));
                        line.put("cap", text(weight.cap()));
                        return line;
                    }).toList());
        }
        return json;
    }

    public Map<String, Object> person(PersonScorecard scorecard) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("user", scorecard.userKey());
        json.put("name", scorecard.name());
        json.put("period", scorecard.periodKey());
        json.putAll(score(scorecard.score()));
        return json;
    }

    public Map<String, Object> team(TeamScorecards scorecards) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("team", scorecards.teamId());
        json.put("name", scorecards.teamName());
        json.put("period", scorecards.periodKey());
        json.put("members", scorecards.members().stream().map(this::person).toList());
        return json;
    }

    private Map<String, Object> score(ScorecardScore score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("role", score.role().key());
        json.put("score", text(score.score()));
        json.put("measuredWeight", KpiDefinition.plainText(score.measuredWeight()));
        json.put("lines", score.lines().stream().map(this::line).toList());
        return json;
    }

    private Map<String, Object> line(ScoreLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kpi", line.kpiKey());
        json.put("name", line.name(translator.locale()));
        json.put("status", line.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.put("weight", KpiDefinition.plainText(line.weight()));
        json.put("cap", text(line.cap()));
        json.put("actual", text(line.actual()));
        json.put("benchmark", KpiDefinition.plainText(line.benchmark()));
        json.put("ratio", text(line.ratioPercent()));
        json.put("points", text(line.points()));
        return json;
    }

    private static String text(Optional<BigDecimal> value) {
        return value.map(KpiDefinition::plainText).orElse(null);
    }
}
