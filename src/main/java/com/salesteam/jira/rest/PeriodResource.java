package com.salesteam.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.model.Period;
import com.salesteam.jira.rest.entities.PeriodsJson;
import com.salesteam.jira.service.PeriodService;

import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.List;

/**
 * /rest/salesteam/1.0/periods: the fiscal periods gadgets and pages pick from. Without parameters, the
 * current week, month, quarter and year; with {@code type} (and optionally {@code date}), the period of that
 * type containing the date; with {@code key}, the named period.
 */
@Path("/periods")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PeriodResource {

    private final PeriodService periods;
    private final PeriodJsonMapper mapper;

    @Inject
    public PeriodResource(PeriodService periods, PeriodJsonMapper mapper) {
        this.periods = periods;
        this.mapper = mapper;
    }

    @GET
    public PeriodsJson get(@QueryParam("type") @DefaultValue("") String type,
                           @QueryParam("date") @DefaultValue("") String date,
                           @QueryParam("key") @DefaultValue("") String key) {
        List<Period> result;
        if (!key.isBlank()) {
            result = List.of(periods.byKey(key));
        } else if (!type.isBlank() || !date.isBlank()) {
            result = List.of(periods.containing(type, date));
        } else {
            result = periods.current();
        }
        FiscalCalendar calendar = periods.calendar();
        return new PeriodsJson(calendar.fiscalYearStart().name(), calendar.zone().getId(),
                calendar.weekStart().name(), result.stream().map(mapper::toJson).toList());
    }
}
