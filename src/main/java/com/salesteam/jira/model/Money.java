package com.salesteam.jira.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An exact amount of one currency, held as a whole number of its minor units (cents, fen). Never a double;
 * arithmetic across currencies is refused, and overflow throws instead of wrapping.
 */
public final class Money implements Comparable<Money> {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,18}(\\.\\d{1,18})?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long minor;
    private final Currency currency;

    private Money(long minor, Currency currency) {
        fractionDigits(currency); // refuses currencies without a minor unit (gold, XXX) before anything is held
        this.minor = minor;
        this.currency = currency;
    }

    public static Money ofMinor(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Refuses an amount with more decimals than the currency has (1.234 EUR, 1.5 JPY). */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        int digits = fractionDigits(currency);
        BigDecimal exact = amount.stripTrailingZeros();
        if (exact.scale() > digits) {
            throw new IllegalArgumentException("amount has more decimals than " + currency.getCurrencyCode() + " allows");
        }
        return new Money(exact.movePointRight(digits).longValueExact(), currency);
    }

    /**
     * Reads what a person typed: digits with an optional "." and decimals; no sign, no exponent, no grouping.
     * Empty when the text is not such a number or has too many decimals for the currency.
     */
    public static Optional<Money> parse(String text, Currency currency) {
        String trimmed = text.strip();
        if (!PLAIN_DECIMAL.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(new BigDecimal(trimmed), currency));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    public long minor() {
        return minor;
    }

    public Currency currency() {
        return currency;
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minor, fractionDigits(currency));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    /** {@code percent}% of this amount, rounded to the minor unit (e.g. a deal weighted by its probability). */
    public Money multiplyPercent(BigDecimal percent, RoundingMode rounding) {
        BigDecimal result = BigDecimal.valueOf(minor).multiply(percent).divide(HUNDRED, 0, rounding);
        return new Money(result.longValueExact(), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isZero() {
        return minor == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    /** As people read money in {@code locale}, with the currency's own number of decimals. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(fractionDigits(currency));
        format.setMaximumFractionDigits(fractionDigits(currency));
        return format.format(amount());
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency.getCurrencyCode() + " with "
                    + other.currency.getCurrencyCode() + " without an exchange rate");
        }
    }

    private static int fractionDigits(Currency currency) {
        int digits = Objects.requireNonNull(currency, "currency").getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency " + currency + " has no minor unit");
        }
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money that && minor == that.minor && currency.equals(that.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minor, currency);
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }
}
