package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.ForecastAdjustment;
import com.salesteam.jira.model.Person;
import com.salesteam.jira.rest.entities.AdjustmentInputJson;
import com.salesteam.jira.rest.entities.AdjustmentJson;
import com.salesteam.jira.rest.entities.TeamCallsJson;
import com.salesteam.jira.service.AdjustmentDraft;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.ForecastAdjustmentService;
import com.salesteam.jira.service.TeamCalls;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.UserDirectory;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * /rest/salesteam/1.0/forecast-adjustments/team/{id}: a team manager's calls on the team's forecast for a period,
 * beside the roll-up from the deals. Who may read and call is decided by the service; POST takes JSON only.
 */
@Path("/forecast-adjustments/team/{id}")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ForecastAdjustmentResource {

    private final ForecastAdjustmentService adjustments;
    private final UserDirectory users;
    private final Translator translator;
    private final AppSettings settings;

    @Inject
    public ForecastAdjustmentResource(ForecastAdjustmentService adjustments, UserDirectory users, Translator translator,
                                      AppSettings settings) {
        this.adjustments = adjustments;
        this.users = users;
        this.translator = translator;
        this.settings = settings;
    }

    @GET
    public TeamCallsJson calls(@PathParam("id") long teamId, @QueryParam("period") @DefaultValue("") String period) {
        TeamCalls calls = adjustments.calls(teamId, period);
        Locale locale = translator.locale();
        return new TeamCallsJson(calls.history().stream().map(this::toJson).toList(),
                calls.subTeams().stream().map(sub -> new TeamCallsJson.SubTeamJson(sub.teamId(), sub.teamName(),
                        sub.commit().map(this::toJson).orElse(null), sub.bestCase().map(this::toJson).orElse(null))).toList(),
                calls.adjusted().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Currency::getCurrencyCode)))
                        .map(entry -> new TeamCallsJson.AdjustedJson(entry.getKey().getCurrencyCode(),
                                entry.getValue().commit().amount().toPlainString(),
                                entry.getValue().bestCase().amount().toPlainString(),
                                entry.getValue().commit().format(locale), entry.getValue().bestCase().format(locale)))
                        .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response adjust(@PathParam("id") long teamId, AdjustmentInputJson input) {
        AdjustmentInputJson body = input == null ? new AdjustmentInputJson() : input;
        ForecastAdjustment made = adjustments.adjust(teamId, new AdjustmentDraft(
                Objects.requireNonNullElse(body.getPeriod(), ""), Objects.requireNonNullElse(body.getCategory(), ""),
                Objects.requireNonNullElse(body.getAmount(), ""), Objects.requireNonNullElse(body.getNote(), "")));
        return Response.status(Response.Status.CREATED).entity(toJson(made)).build();
    }

    private AdjustmentJson toJson(ForecastAdjustment adjustment) {
        return new AdjustmentJson(adjustment.periodKey(), adjustment.category().key(),
                adjustment.amount().amount().toPlainString(), adjustment.amount().currency().getCurrencyCode(),
                adjustment.amount().format(translator.locale()), adjustment.note(), adjustment.authorKey(),
                users.byKey(adjustment.authorKey()).map(Person::displayName).orElse(adjustment.authorKey()),
                adjustment.madeAt().toString(), DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(translator.locale()).format(adjustment.madeAt().atZone(settings.fiscalCalendar().zone())));
    }
}
