package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.badge.Badge;
import com.salesteam.jira.model.kpi.KpiDefinition;
import com.salesteam.jira.model.kpi.KpiDirection;
import com.salesteam.jira.model.kpi.KpiSource;
import com.salesteam.jira.model.kpi.KpiUnit;
import com.salesteam.jira.model.ranking.LeaderboardMetric;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.ServiceException;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.badge.BadgeService;
import com.salesteam.jira.service.ranking.Leaderboard;
import com.salesteam.jira.service.ranking.LeaderboardService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * /rest/salesteam/1.0/leaderboard?metric=&kpi=&period=&team=&top=: a ranked board of a team (with the teams below it) or,
 * for admins, of every rep; {@code from}/{@code to} (ISO days) rank a custom range instead of a period and
 * {@code tieBreak=reached-first} tells ties apart by the day each reached its value (neither for kpi or scorecard
 * boards). Money values come as decimal amounts of {@code currency}; a value the viewer may not
 * see comes as null (removed by the service, never sent). Each row lists the rep's badges, which name periods and
 * deals but never an amount.
 */
@Path("/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class LeaderboardResource {

    private final LeaderboardService leaderboards;
    private final Translator translator;
    private final BadgeService badges;

    @Inject
    public LeaderboardResource(LeaderboardService leaderboards, Translator translator, BadgeService badges) {
        this.leaderboards = leaderboards;
        this.translator = translator;
        this.badges = badges;
    }

    @GET
    public Map<String, Object> board(@QueryParam("metric") String metric, @QueryParam("kpi") String kpi,
                                     @QueryParam("period") String period, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("tieBreak") String tieBreak,
                                     @QueryParam("team") String team, @QueryParam("top") String top) {
        Leaderboard board = leaderboards.board(metric, kpi, period, from, to, number(team, "team", Long::valueOf),
                number(top, "top", Integer::valueOf), tieBreak);
        List<String> shown = new ArrayList<>(board.rows().stream().map(Leaderboard.Row::userKey).toList());
        board.own().ifPresent(own -> shown.add(own.userKey()));
        Map<String, List<Badge>> badgesOf = badges.onBoard(shown);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("metric", board.metric().key());
        json.put("period", board.periodKey());
        json.put("previousPeriod", board.previousPeriodKey());
        json.put("scope", board.teamId().map(id -> "team:" + id).orElse("all"));
        json.put("kpi", board.kpi().map(KpiDefinition::key).orElse(null));
        json.put("kpiName", board.kpi().map(definition -> definition.name(translator.locale())).orElse(null));
        json.put("lowerIsBetter", board.kpi().filter(definition -> definition.direction() == KpiDirection.LOWER_IS_BETTER)
                .isPresent());
        json.put("currency", board.metric().money() || moneyKpi(board) ? board.currency().getCurrencyCode() : null);
        json.put("rows", board.rows().stream().map(row -> row(board, row, badgesOf)).toList());
        json.put("own", board.own().map(row -> row(board, row, badgesOf)).orElse(null));
        json.put("hiddenAmounts", board.hiddenAmounts());
        json.put("otherCurrencyReps", board.otherCurrencyReps());
        json.put("withoutQuota", board.withoutQuota());
        return json;
    }

    /** Parsed here rather than by JAX-RS, which answers a malformed number with 404 instead of naming the field. */
    private static <T> T number(String text, String field, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (NumberFormatException e) {
            throw ServiceException.invalid(FieldError.of(field, "salesteam.error.leaderboard.number", text));
        }
    }

    private Map<String, Object> row(Leaderboard board, Leaderboard.Row row, Map<String, List<Badge>> badgesOf) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rank", row.rank());
        json.put("userKey", row.userKey());
        json.put("name", row.name());
        json.put("value", row.value().map(value -> value(board, value).toPlainString()).orElse(null));
        json.put("formatted", row.value().map(value -> formatted(board, value)).orElse(null));
        json.put("percentOfQuota", row.percentOfQuota().map(BigDecimal::toPlainString).orElse(null));
        json.put("movement", row.movement().orElse(null));
        json.put("self", row.self());
        json.put("badges", badgesOf.getOrDefault(row.userKey(), List.of()).stream()
                .map(badge -> BadgeJsonMapper.json(badge, translator)).toList());
        return json;
    }

    /**
     * A KPI in money counts the default currency (its values and benchmarks are typed in it). A deal KPI is money as
     * its metric is, whatever unit the form was given: its values are scaled to the currency or are counts.
     */
    private static boolean moneyKpi(Leaderboard board) {
        return board.kpi().filter(kpi -> kpi.source() instanceof KpiSource.DealMetric deal
                ? deal.metric().money() : kpi.unit() == KpiUnit.MONEY).isPresent();
    }

    private String kpiValue(Leaderboard board, KpiDefinition kpi, BigDecimal value) {
        if (moneyKpi(board)) {
            // a KPI logged in hundredths of a currency with fewer decimals is rounded for display only
            return Money.of(value.setScale(Math.max(0, board.currency().getDefaultFractionDigits()),
                    RoundingMode.HALF_UP), board.currency()).format(translator.locale());
        }
        String plain = KpiDefinition.plainText(value);
        return switch (kpi.unit()) {
            case PERCENT -> translator.text("salesteam.leaderboard.kpi.percent", plain);
            case HOURS -> translator.text("salesteam.leaderboard.hours", plain);
            default -> plain;
        };
    }

    /** Minor units become the currency's amount; counts and percentages stay as they are. */
    private static BigDecimal value(Leaderboard board, BigDecimal value) {
        return board.metric().money() ? Money.ofMinor(value.longValueExact(), board.currency()).amount() : value;
    }

    private String formatted(Leaderboard board, BigDecimal value) {
        if (board.metric().money()) {
            return Money.ofMinor(value.longValueExact(), board.currency()).format(translator.locale());
        }
        if (board.kpi().isPresent()) {
            return kpiValue(board, board.kpi().get(), value);
        }
        if (board.metric() == LeaderboardMetric.SCORECARD) {
            return KpiDefinition.plainText(value);
        }
        return board.metric() == LeaderboardMetric.PERCENT_OF_QUOTA
                ? translator.text("salesteam.leaderboard.percent", value.toPlainString()) : value.toPlainString();
    }
}
