package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.model.quota.Quota;
import com.salesteam.jira.model.quota.QuotaMeasure;
import com.salesteam.jira.model.quota.QuotaMetric;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.quota.AttainmentService;
import com.salesteam.jira.service.quota.TeamAttainment;

import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * /rest/salesteam/1.0/attainment: attainment %, gap, pace and coverage against quotas, for a team with its members
 * or for a rep. Figures come exact (minor units of the quota's currency, or counts) and formatted. A KPI where less
 * is better says so ({@code lowerIsBetter}): its quota is a cap, its gap positive over it, and no percent means
 * nothing is recorded yet.
 */
@Path("/attainment")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AttainmentResource {

    private final AttainmentService attainment;
    private final Translator translator;

    @Inject
    public AttainmentResource(AttainmentService attainment, Translator translator) {
        this.attainment = attainment;
        this.translator = translator;
    }

    @GET
    @Path("/team/{id}")
    public Map<String, Object> team(@PathParam("id") long teamId, @QueryParam("period") @DefaultValue("") String period,
                                    @QueryParam("metric") @DefaultValue("") String metric) {
        TeamAttainment result = attainment.forTeam(teamId, period, metric);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", result.periodKey());
        json.put("metric", result.metric().key());
        // a rep may be shown only their own row: then there is no team line to send at all
        json.put("shown", result.shown().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.put("team", result.shown() == TeamAttainment.Shown.OWN_ROW ? null : line(result.team(), result.metric()));
        json.put("members", result.members().stream().map(member -> line(member, result.metric())).toList());
        return json;
    }

    @GET
    @Path("/rep/{key}")
    public Map<String, Object> rep(@PathParam("key") String repKey, @QueryParam("period") @DefaultValue("") String period,
                                   @QueryParam("metric") @DefaultValue("") String metric) {
        TeamAttainment.Line line = attainment.forRep(repKey, period, metric);
        // the service has accepted the key: it names a measure
        return line(line, QuotaMeasure.fromKey(metric).orElse(QuotaMetric.REVENUE_WON));
    }

    private Map<String, Object> line(TeamAttainment.Line line, QuotaMeasure measure) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subjectKey", line.subjectKey());
        json.put("name", line.name());
        json.put("amountsHidden", line.amountsHidden());
        json.put("attainment", line.attainment()
                .map(figures -> line.amountsHidden() ? percentOnly(figures) : figures(figures, line.currency(), measure))
                .orElse(null));
        return json;
    }

    private Map<String, Object> figures(Attainment figures, Optional<String> currency, QuotaMeasure measure) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("quota", amount(figures.quotaUnits(), currency, measure));
        json.put("closed", amount(figures.closedUnits(), currency, measure));
        json.put("gap", amount(figures.gapUnits(), currency, measure));
        json.put("over", amount(Math.max(0, -figures.gapUnits()), currency, measure));
        if (measure instanceof QuotaMetric) {
            // a KPI has no pipeline: no open figure, as it has no coverage
            json.put("open", amount(figures.openUnits(), currency, measure));
        }
        json.put("percent", figures.percent().map(Object::toString).orElse(null));
        json.put("pacePercent", figures.pacePercent().toString());
        json.put("onPace", figures.onPace());
        json.put("lowerIsBetter", figures.lowerIsBetter());
        json.put("coverage", figures.coverage().map(Object::toString).orElse(null));
        json.put("weightedCoverage", figures.weightedCoverage().map(Object::toString).orElse(null));
        return json;
    }

    /** What the admin's sharing leaves a rep of another's line: how far along, never how much. */
    private static Map<String, Object> percentOnly(Attainment figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("percent", figures.percent().map(Object::toString).orElse(null));
        json.put("pacePercent", figures.pacePercent().toString());
        json.put("onPace", figures.onPace());
        json.put("lowerIsBetter", figures.lowerIsBetter());
        return json;
    }

    /** Minor units in the currency, or a count (a KPI's value from hundredths) when there is none. */
    private Map<String, Object> amount(long units, Optional<String> currency, QuotaMeasure measure) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (currency.isPresent()) {
            Money money = Money.ofMinor(units, Currency.getInstance(currency.get()));
            json.put("value", money.amount().toPlainString());
            json.put("currency", currency.get());
            json.put("formatted", money.format(translator.locale()));
        } else {
            json.put("value", Quota.unitsText(measure, units));
            json.put("formatted", Quota.unitsText(measure, units));
        }
        return json;
    }
}
