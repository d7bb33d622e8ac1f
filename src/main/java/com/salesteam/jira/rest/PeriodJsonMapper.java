package com.salesteam.jira.rest;

import com.salesteam.jira.model.Period;
import com.salesteam.jira.rest.entities.PeriodJson;
import com.salesteam.jira.service.Translator;

import javax.inject.Inject;
import java.time.Clock;

/** A period as JSON, labelled in the caller's language; {@code end} is the last day, inclusive. */
public class PeriodJsonMapper {

    private final Translator translator;
    private final Clock clock;

    @Inject
    public PeriodJsonMapper(Translator translator, Clock clock) {
        this.translator = translator;
        this.clock = clock;
    }

    public PeriodJson toJson(Period period) {
        return new PeriodJson(period.type().key(), period.key(), period.label(translator.locale()),
                period.start().toString(), period.end().minusDays(1).toString(),
                period.fractionElapsed(clock.instant()), period.previous().key(), period.next().key());
    }
}
