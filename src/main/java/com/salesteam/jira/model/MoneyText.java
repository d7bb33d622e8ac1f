package com.salesteam.jira.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money as text. The canonical form "EUR 1234.50" (ISO code, one space, the plain amount with the currency's own
 * number of decimals) is what the app stores and exchanges: it reads back to the same minor units on every
 * database and in every locale. People may type less: "1234.50" (in a default currency), "EUR 1234.50",
 * "1234.50 eur". What they type must also be a valid deal amount: not negative, no more decimals than the
 * currency has, at most {@link #MAX_AMOUNT}.
 */
public final class MoneyText {

    /**
     * The largest amount a deal may have, in major units. Far above any real deal, and low enough that ledger sums
     * of many deals stay exact in a long even in three-decimal currencies (10^13 major = 10^16 minor units, a
     * thousandth of Long.MAX_VALUE).
     */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(13);

    /** Longer input is refused before any number is built from it: a pasted page must not cost a conversion. */
    private static final int MAX_INPUT_LENGTH = 64;

    private static final Pattern CANONICAL = Pattern.compile("([A-Z]{3}) (-?\\d+(?:\\.\\d+)?)");
    private static final Pattern TYPED = Pattern.compile(
            "\\s*(?:(?<before>[A-Za-z]{3})\\s*)?(?<amount>[^\\sA-Za-z]+)(?:\\s*(?<after>[A-Za-z]{3}))?\\s*");
    private static final Pattern SIGNED_DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    /** Why typed text is not a valid deal amount. */
    public enum Reason {
        NOT_AN_AMOUNT, UNKNOWN_CURRENCY, NEGATIVE, TOO_MANY_DECIMALS, TOO_LARGE
    }

    /** Typed text refused, with the currency code it named or fell back to (null when none could be read). */
    public static final class Refused extends Exception {

        private final Reason reason;
        private final String currencyCode;

        Refused(Reason reason, String currencyCode) {
            super(currencyCode == null ? reason.name() : reason + " " + currencyCode);
            this.reason = reason;
            this.currencyCode = currencyCode;
        }

        public Reason reason() {
            return reason;
        }

        public String currencyCode() {
            return currencyCode;
        }
    }

    private MoneyText() {
    }

    public static String canonical(Money money) {
        return money.currency().getCurrencyCode() + " " + money.amount().toPlainString();
    }

    /**
     * Reads what {@link #canonical} wrote, with no bounds beyond the currency's decimals: a stored value stays
     * readable whatever the rules for typing one. Anything else is refused, so a damaged value is never half-read.
     */
    public static Money readCanonical(String text) {
        Matcher matcher = CANONICAL.matcher(Objects.requireNonNull(text, "text"));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not canonical money text: " + text);
        }
        try {
            return Money.of(new BigDecimal(matcher.group(2)), Currency.getInstance(matcher.group(1)));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("money text out of range: " + text, e);
        }
    }

    /** The largest deal amount in {@code currency}. */
    public static Money maximum(Currency currency) {
        return Money.of(MAX_AMOUNT, currency);
    }

    /**
     * Reads a deal amount as a person typed it. The currency code may stand before or after the number, in any
     * case; without one the amount is in {@code defaultCurrency}, which is asked for only then.
     */
    public static Money parseInput(String text, Supplier<Currency> defaultCurrency) throws Refused {
        Matcher matcher = TYPED.matcher(text);
        if (text.length() > MAX_INPUT_LENGTH || !matcher.matches()
                || (matcher.group("before") != null && matcher.group("after") != null)) {
            throw new Refused(Reason.NOT_AN_AMOUNT, null);
        }
        String code = matcher.group("before") != null ? matcher.group("before") : matcher.group("after");
        Currency currency = code == null ? defaultCurrency.get() : currency(code.toUpperCase(Locale.ROOT));
        String amountText = matcher.group("amount");
        if (!SIGNED_DECIMAL.matcher(amountText).matches()) {
            throw new Refused(Reason.NOT_AN_AMOUNT, currency.getCurrencyCode());
        }
        BigDecimal amount = new BigDecimal(amountText);
        if (amount.signum() < 0) {
            throw new Refused(Reason.NEGATIVE, currency.getCurrencyCode());
        }
        if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new Refused(Reason.TOO_MANY_DECIMALS, currency.getCurrencyCode());
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new Refused(Reason.TOO_LARGE, currency.getCurrencyCode());
        }
        return Money.of(amount, currency);
    }

    /** An ISO 4217 currency with a minor unit; codes such as XAU (gold) or XXX cannot carry a deal. */
    private static Currency currency(String code) throws Refused {
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() >= 0) {
                return currency;
            }
        } catch (IllegalArgumentException e) {
            // not an ISO 4217 code: refused below, like a code without a minor unit
        }
        throw new Refused(Reason.UNKNOWN_CURRENCY, code);
    }
}
