package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.ForecastTotals;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.rest.entities.FiguresJson;
import com.salesteam.jira.rest.entities.ForecastJson;
import com.salesteam.jira.rest.entities.ForecastLineJson;
import com.salesteam.jira.service.AsOfForecastService;
import com.salesteam.jira.service.Forecast;
import com.salesteam.jira.service.ForecastLine;
import com.salesteam.jira.service.ForecastService;
import com.salesteam.jira.service.Translator;

import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * /rest/salesteam/1.0/forecast: a rep's or a team's forecast for a fiscal period (the current quarter when none
 * is named), as JSON for gadgets or as CSV for spreadsheets; a team's also as it stood on a past day
 * ({@code ?asOf=2026-05-01}), rebuilt from the deals' history. Who may see what is decided by the service.
 */
@Path("/forecast")
@LicensedOnly
public class ForecastResource {

    private final ForecastService forecasts;
    private final AsOfForecastService asOfForecasts;
    private final PeriodJsonMapper periodMapper;
    private final Translator translator;

    @Inject
    public ForecastResource(ForecastService forecasts, AsOfForecastService asOfForecasts, PeriodJsonMapper periodMapper,
                            Translator translator) {
        this.forecasts = forecasts;
        this.asOfForecasts = asOfForecasts;
        this.periodMapper = periodMapper;
        this.translator = translator;
    }

    @GET
    @Path("/rep/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    public ForecastJson rep(@PathParam("key") String repKey, @QueryParam("period") @DefaultValue("") String period) {
        return toJson(forecasts.forRep(repKey, period));
    }

    @GET
    @Path("/team/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ForecastJson team(@PathParam("id") long teamId, @QueryParam("period") @DefaultValue("") String period,
                             @QueryParam("asOf") @DefaultValue("") String asOf) {
        return toJson(asOf.isBlank() ? forecasts.forTeam(teamId, period) : asOfForecasts.forTeam(teamId, period, asOf));
    }

    @GET
    @Path("/team/{id}/csv")
    @Produces("text/csv")
    public Response teamCsv(@PathParam("id") long teamId, @QueryParam("period") @DefaultValue("") String period) {
        Forecast forecast = forecasts.forTeam(teamId, period);
        String file = "forecast-team-" + teamId + "-" + forecast.period().key() + ".csv";
        return Response.ok(ForecastCsv.write(forecast, translator), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    private ForecastJson toJson(Forecast forecast) {
        return new ForecastJson(periodMapper.toJson(forecast.period()), line(forecast.total()),
                forecast.members().stream().map(this::line).toList(),
                forecast.subTeams().stream().map(this::line).toList(),
                forecast.stages().stream().map(this::line).toList());
    }

    private ForecastLineJson line(ForecastLine line) {
        List<FiguresJson> figures = new ArrayList<>();
        Locale locale = translator.locale();
        for (ForecastTotals totals : line.totals().values()) {
            figures.add(new FiguresJson(totals.currency().getCurrencyCode(),
                    plain(totals.closedWon()), plain(totals.commit()), plain(totals.bestCase()),
                    plain(totals.openPipeline()), plain(totals.weighted()), totals.wonCount(), totals.openCount(),
                    new FiguresJson.FormattedJson(totals.closedWon().format(locale), totals.commit().format(locale),
                            totals.bestCase().format(locale), totals.openPipeline().format(locale),
                            totals.weighted().format(locale))));
        }
        return new ForecastLineJson(line.subjectKey(), line.subjectName(), figures);
    }

    private static String plain(Money money) {
        return money.amount().toPlainString();
    }
}
