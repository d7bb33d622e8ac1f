package com.salesteam.jira.service;

import com.salesteam.jira.model.MoneyText;

import java.util.Currency;
import java.util.Locale;

/** Why typed money was refused, as a field error: the same words on an issue screen and in a REST reply. */
public final class MoneyInput {

    private MoneyInput() {
    }

    public static FieldError refusal(String field, MoneyText.Refused refused, Locale locale) {
        String code = refused.currencyCode();
        return switch (refused.reason()) {
            case NOT_AN_AMOUNT -> FieldError.of(field, "salesteam.field.money.error.notanamount");
            case UNKNOWN_CURRENCY -> FieldError.of(field, "salesteam.field.money.error.currency", code);
            case NEGATIVE -> FieldError.of(field, "salesteam.field.money.error.negative");
            case TOO_MANY_DECIMALS -> Currency.getInstance(code).getDefaultFractionDigits() == 0
                    ? FieldError.of(field, "salesteam.field.money.error.nodecimals", code)
                    : FieldError.of(field, "salesteam.field.money.error.decimals", code,
                    Currency.getInstance(code).getDefaultFractionDigits());
            case TOO_LARGE -> FieldError.of(field, "salesteam.field.money.error.toolarge",
                    MoneyText.maximum(Currency.getInstance(code)).format(locale));
        };
    }
}
