package com.salesteam.jira.rest;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionTerms;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.competition.CompetitionBoard;
import com.salesteam.jira.service.competition.CompetitionSummary;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Competitions as JSON: money values as decimal amounts of the competition's currency with a formatted text in the
 * caller's language; {@code metric} a deal metric's key or "kpi:" and the KPI's key; {@code movement} of a row the
 * places moved since yesterday (up positive), null when there is none (not running, first day, weighted pipeline,
 * not ranked yesterday); a value the caller may not see comes as null (removed by the service, never sent). Standings
 * rows list the person's badges (names, periods and deal keys the caller may read, never an amount).
 */
public class CompetitionJsonMapper {

    private final Translator translator;

    public CompetitionJsonMapper(Translator translator) {
        this.translator = translator;
    }

    public Map<String, Object> summary(CompetitionSummary summary) {
        Map<String, Object> json = competition(summary.competition());
        json.put("state", summary.state().key());
        json.put("daysLeft", summary.daysLeft());
        json.put("takingPart", summary.takingPart());
        json.put("editable", summary.editable());
        return json;
    }

    public Map<String, Object> board(CompetitionBoard board, String viewerKey, Map<String, List<Badge>> badgesOf) {
        Map<String, Object> json = competition(board.competition());
        json.put("state", board.state().key());
        json.put("daysLeft", board.daysLeft());
        json.put("takingPart", board.competition().roster().contains(viewerKey));
        json.put("editable", board.editable());
        json.put("frozen", board.frozen());
        json.put("hiddenAmounts", board.hiddenAmounts());
        json.put("withoutTarget", board.withoutTarget());
        json.put("withoutValue", board.withoutValue());
        json.put("rows", board.rows().stream().map(row -> row(board.competition(), row, badgesOf)).toList());
        json.put("own", board.own().map(row -> row(board.competition(), row, badgesOf)).orElse(null));
        return json;
    }

    public Map<String, Object> competition(Competition competition) {
        CompetitionTerms terms = competition.terms();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", competition.id());
        json.put("name", terms.name());
        json.put("description", terms.description());
        json.put("metric", terms.metricKey());
        json.put("lowerIsBetter", terms.ascending());
        json.put("scoring", terms.scoring().key());
        json.put("start", terms.start().toString());
        json.put("end", terms.end().toString());
        json.put("currency", terms.money() ? competition.currency().getCurrencyCode() : null);
        json.put("teams", terms.teamIds());
        json.put("people", terms.people());
        json.put("prizes", terms.prizes());
        json.put("participants", competition.roster().size());
        json.put("frozen", competition.frozenAt().isPresent());
        return json;
    }

    private Map<String, Object> row(Competition competition, CompetitionBoard.Row row,
                                    Map<String, List<Badge>> badgesOf) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rank", row.rank());
        json.put("userKey", row.userKey());
        json.put("name", row.name());
        json.put("value", row.value().map(value -> amount(competition, value).toPlainString()).orElse(null));
        json.put("formatted", row.value().map(value -> formatted(competition, value)).orElse(null));
        json.put("percent", row.percent().map(BigDecimal::toPlainString).orElse(null));
        json.put("percentFormatted", row.percent().map(percent ->
                translator.text("salesteam.competition.percent", percent.toPlainString())).orElse(null));
        json.put("winner", row.winner());
        json.put("prize", row.prize());
        json.put("self", row.self());
        json.put("movement", row.movement().orElse(null));
        json.put("badges", badgesOf.getOrDefault(row.userKey(), List.of()).stream()
                .map(badge -> BadgeJsonMapper.json(badge, translator)).toList());
        return json;
    }

    /** Minor units become the currency's amount; counts and KPI values stay as they are. */
    private static BigDecimal amount(Competition competition, BigDecimal value) {
        return competition.terms().money()
                ? Money.ofMinor(value.longValueExact(), competition.currency()).amount() : value;
    }

    private String formatted(Competition competition, BigDecimal value) {
        return competition.terms().money()
                ? Money.ofMinor(value.longValueExact(), competition.currency()).format(translator.locale())
                : KpiDefinition.plainText(value);
    }
}
