package com.salesteam.jira.jira.field;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.quota.Attainment;
import com.salesteam.jira.service.RepAttainment;
import com.salesteam.jira.service.Translator;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The {@code $attainmentField} of the Quota Attainment templates: the figures in the reader's language. Each method
 * is on the Velocity allow-list; what it returns is escaped like every reference.
 */
public final class QuotaAttainmentView {

    private final Translator translator;
    private final boolean amountsShown;

    QuotaAttainmentView(Translator translator, boolean amountsShown) {
        this.amountsShown = amountsShown;
        this.translator = translator;
    }

    /** E.g. "72.5 %". */
    public String percent(RepAttainment value) {
        return translator.text("salesteam.field.attainment.percent",
                attainment(value).percent().orElse(BigDecimal.ZERO).toPlainString());
    }

    /** E.g. "€108,750.00 of €150,000.00 in FY2026-Q2 · gap €41,250.00 · pace 62.6 %". */
    public String detail(RepAttainment value) {
        Attainment attainment = attainment(value);
        if (!amountsShown) {
            return translator.text("salesteam.field.attainment.detail.noamounts", value.periodKey(),
                    attainment.pacePercent().toPlainString());
        }
        return translator.text("salesteam.field.attainment.detail", units(value, attainment.closedUnits()),
                units(value, attainment.quotaUnits()), value.periodKey(), units(value, attainment.gapUnits()),
                attainment.pacePercent().toPlainString());
    }

    /** "on" or "behind": a class for the view's colour. */
    public String paceClass(RepAttainment value) {
        return attainment(value).onPace() ? "on" : "behind";
    }

    private static Attainment attainment(RepAttainment value) {
        return value.attainment().orElseThrow();
    }

    private String units(RepAttainment value, long units) {
        return value.currency()
                .map(code -> Money.ofMinor(units, Currency.getInstance(code)).format(translator.locale()))
                .orElse(Long.toString(units));
    }
}
