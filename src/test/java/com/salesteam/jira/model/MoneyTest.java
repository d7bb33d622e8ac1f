package com.salesteam.jira.model;

import org.junit.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency GOLD = Currency.getInstance("XAU");

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), EUR);
    }

    // --- creating ---------------------------------------------------------------------------------------

    @Test
    public void minorUnitsAndAmountAgree() {
        Money money = Money.ofMinor(123_450, EUR);
        assertEquals(123_450, money.minor());
        assertEquals(EUR, money.currency());
        assertEquals(new BigDecimal("1234.50"), money.amount());
        assertEquals(new BigDecimal("1500"), Money.ofMinor(1500, JPY).amount());
        assertEquals(new BigDecimal("0.00"), Money.zero(USD).amount());
    }

    @Test
    public void equalAmountsAreEqualWhateverTheirScale() {
        Money fromDecimal = eur("1.5");
        assertEquals(Money.ofMinor(150, EUR), fromDecimal);
        assertEquals(Money.ofMinor(150, EUR).hashCode(), fromDecimal.hashCode());
        assertEquals(Money.ofMinor(150, EUR), eur("1.50"));
        assertEquals(Money.ofMinor(123, EUR), eur("1.230")); // trailing zeros are not extra precision
        assertEquals(Money.ofMinor(10_000, EUR), Money.of(new BigDecimal("1E+2"), EUR));
        assertEquals(Money.zero(EUR), eur("0.000"));
        assertNotEquals(Money.ofMinor(150, EUR), Money.ofMinor(150, USD));
        assertNotEquals(Money.ofMinor(150, EUR), Money.ofMinor(151, EUR));
        assertEquals("1.50 EUR", fromDecimal.toString());
        assertEquals("-7 JPY", Money.ofMinor(-7, JPY).toString());
    }

    @Test
    public void moreDecimalsThanTheCurrencyHasAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Money.of(new BigDecimal("1.5"), JPY));
        assertEquals("amount has more decimals than JPY allows", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> eur("1.234"));
        assertEquals("amount has more decimals than EUR allows", e.getMessage());
        assertEquals(Money.ofMinor(1500, JPY), Money.of(new BigDecimal("1500"), JPY));
    }

    @Test
    public void currenciesWithoutMinorUnitsAreRefused() {
        assertEquals(-1, GOLD.getDefaultFractionDigits());
        assertEquals("currency XAU has no minor unit",
                assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(1, GOLD)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.of(BigDecimal.ONE, GOLD));
        assertThrows(IllegalArgumentException.class, () -> Money.zero(GOLD));
    }

    @Test
    public void nullsAreRefusedByName() {
        assertEquals("currency", assertThrows(NullPointerException.class, () -> Money.ofMinor(1, null)).getMessage());
        assertEquals("amount", assertThrows(NullPointerException.class, () -> Money.of(null, EUR)).getMessage());
    }

    @Test
    public void amountsTooLargeForALongOverflow() {
        assertThrows(ArithmeticException.class, () -> Money.of(new BigDecimal("1E+30"), EUR));
        assertEquals(Long.MAX_VALUE, eur("92233720368547758.07").minor());
        assertThrows(ArithmeticException.class, () -> eur("92233720368547758.08"));
    }

    // --- parsing ----------------------------------------------------------------------------------------

    @Test
    public void parseReadsPlainDecimals() {
        assertEquals(Optional.of(Money.ofMinor(123_450, EUR)), Money.parse("1234.5", EUR));
        assertEquals(Optional.of(Money.ofMinor(123_450, EUR)), Money.parse("1234.50", EUR));
        assertEquals(Optional.of(Money.ofMinor(5, USD)), Money.parse("0.05", USD));
        assertEquals(Optional.of(Money.ofMinor(700, USD)), Money.parse("7", USD));
        assertEquals(Optional.of(Money.ofMinor(700, USD)), Money.parse("007", USD));
        assertEquals(Optional.of(Money.ofMinor(1500, JPY)), Money.parse("1500", JPY));
        assertEquals(Optional.of(Money.ofMinor(1250, EUR)), Money.parse(" 12.50 ", EUR)); // surrounding blanks
        assertEquals(Optional.of(Money.ofMinor(Long.MAX_VALUE, EUR)), Money.parse("92233720368547758.07", EUR));
    }

    @Test
    public void parseRefusesAnythingButPlainDecimals() {
        for (String text : List.of("", " ", "1,234.50", "1 234", "-5", "+5", "1e3", "1E3", ".5", "5.", "1.2.3",
                "12,50", "€5", "5 EUR", "abc", "١٢", "0x10", "NaN", "Infinity")) {
            assertEquals("text '" + text + "'", Optional.empty(), Money.parse(text, EUR));
        }
    }

    @Test
    public void parseRefusesTooManyDecimalsAndOverflow() {
        assertEquals(Optional.empty(), Money.parse("1.234", EUR));
        assertEquals(Optional.empty(), Money.parse("1.5", JPY));
        assertEquals(Optional.empty(), Money.parse("92233720368547758.08", EUR));
        assertEquals(Optional.empty(), Money.parse("999999999999999999", EUR));
        assertEquals(Optional.empty(), Money.parse("1", GOLD));
    }

    // --- arithmetic -------------------------------------------------------------------------------------

    @Test
    public void additionAndSubtractionAreExact() {
        assertEquals(eur("0.30"), eur("0.10").plus(eur("0.20")));
        assertEquals(eur("1234.55"), eur("1234.50").plus(Money.ofMinor(5, EUR)));
        assertEquals(eur("0.70"), eur("1.00").minus(eur("0.30")));
        Money negative = eur("1.00").minus(eur("2.50"));
        assertEquals(-150, negative.minor());
        assertTrue(negative.isNegative());
        assertEquals(new BigDecimal("-1.50"), negative.amount());
    }

    @Test
    public void differentCurrenciesAreNeverCombined() {
        IllegalArgumentException plus = assertThrows(IllegalArgumentException.class,
                () -> eur("1").plus(Money.ofMinor(100, USD)));
        assertEquals("cannot combine EUR with USD without an exchange rate", plus.getMessage());
        IllegalArgumentException minus = assertThrows(IllegalArgumentException.class,
                () -> Money.ofMinor(100, USD).minus(eur("1")));
        assertEquals("cannot combine USD with EUR without an exchange rate", minus.getMessage());
        assertThrows(IllegalArgumentException.class, () -> eur("1").compareTo(Money.ofMinor(100, USD)));
    }

    @Test
    public void timesMultipliesMinorUnits() {
        assertEquals(Money.ofMinor(5997, USD), Money.ofMinor(1999, USD).times(3));
        assertEquals(Money.zero(USD), Money.ofMinor(1999, USD).times(0));
        assertEquals(Money.ofMinor(-1999, USD), Money.ofMinor(1999, USD).times(-1));
    }

    @Test
    public void overflowThrowsInsteadOfWrapping() {
        Money max = Money.ofMinor(Long.MAX_VALUE, EUR);
        Money min = Money.ofMinor(Long.MIN_VALUE, EUR);
        assertThrows(ArithmeticException.class, () -> max.plus(Money.ofMinor(1, EUR)));
        assertThrows(ArithmeticException.class, () -> min.minus(Money.ofMinor(1, EUR)));
        assertThrows(ArithmeticException.class, () -> max.times(2));
        assertThrows(ArithmeticException.class, min::negate);
        assertThrows(ArithmeticException.class, () -> max.multiplyPercent(new BigDecimal("200"), RoundingMode.HALF_UP));
        assertEquals(max, max.multiplyPercent(new BigDecimal("100"), RoundingMode.UNNECESSARY));
    }

    @Test
    public void multiplyPercentWeightsAndRoundsToTheMinorUnit() {
        assertEquals(eur("350.00"), eur("1000.00").multiplyPercent(new BigDecimal("35"), RoundingMode.HALF_UP));
        assertEquals(eur("0.00"), eur("1000.00").multiplyPercent(BigDecimal.ZERO, RoundingMode.HALF_UP));
        // 50% of 0.05 is 2.5 cents.
        Money fiveCents = Money.ofMinor(5, EUR);
        assertEquals(Money.ofMinor(3, EUR), fiveCents.multiplyPercent(new BigDecimal("50"), RoundingMode.HALF_UP));
        assertEquals(Money.ofMinor(2, EUR), fiveCents.multiplyPercent(new BigDecimal("50"), RoundingMode.HALF_EVEN));
        assertEquals(Money.ofMinor(2, EUR), fiveCents.multiplyPercent(new BigDecimal("50"), RoundingMode.DOWN));
        assertEquals(Money.ofMinor(-3, EUR), fiveCents.negate().multiplyPercent(new BigDecimal("50"), RoundingMode.FLOOR));
        assertEquals(Money.ofMinor(-3, EUR), fiveCents.negate().multiplyPercent(new BigDecimal("50"), RoundingMode.HALF_UP));
        // Fractional percentages: 33.3333% of 100.00 is 33.33333 → 33.33.
        assertEquals(eur("33.33"), eur("100.00").multiplyPercent(new BigDecimal("33.3333"), RoundingMode.HALF_UP));
        // Yen has no minor unit: 12.5% of ¥999 is ¥124.875.
        assertEquals(Money.ofMinor(125, JPY), Money.ofMinor(999, JPY).multiplyPercent(new BigDecimal("12.5"), RoundingMode.HALF_UP));
        assertEquals(Money.ofMinor(124, JPY), Money.ofMinor(999, JPY).multiplyPercent(new BigDecimal("12.5"), RoundingMode.DOWN));
        assertThrows(ArithmeticException.class,
                () -> fiveCents.multiplyPercent(new BigDecimal("50"), RoundingMode.UNNECESSARY));
    }

    @Test
    public void signAndZero() {
        assertTrue(Money.zero(EUR).isZero());
        assertTrue(eur("0.00").isZero());
        assertFalse(Money.zero(EUR).isNegative());
        assertFalse(Money.ofMinor(1, EUR).isZero());
        assertTrue(Money.ofMinor(-1, EUR).isNegative());
        assertEquals(Money.ofMinor(-150, EUR), eur("1.50").negate());
        assertEquals(Money.zero(EUR), Money.zero(EUR).negate());
    }

    @Test
    public void comparesAmountsOfOneCurrency() {
        List<Money> amounts = new ArrayList<>(List.of(eur("10"), eur("-2.50"), eur("0"), eur("9.99")));
        Collections.sort(amounts);
        assertEquals(List.of(eur("-2.50"), eur("0"), eur("9.99"), eur("10")), amounts);
        assertEquals(0, eur("1.5").compareTo(Money.ofMinor(150, EUR)));
    }

    // --- formatting -------------------------------------------------------------------------------------

    @Test
    public void formatsForAmericanEnglish() {
        assertEquals("$1,234.50", Money.ofMinor(123_450, USD).format(Locale.US));
        assertEquals("€1,234.50", Money.ofMinor(123_450, EUR).format(Locale.US));
        assertEquals("CN¥1,234.50", Money.ofMinor(123_450, CNY).format(Locale.US));
        assertEquals("¥1,234", Money.ofMinor(1234, JPY).format(Locale.US));
        assertEquals("-$1,234.50", Money.ofMinor(-123_450, USD).format(Locale.US));
        assertEquals("$0.00", Money.zero(USD).format(Locale.US));
        assertEquals("$1,000,000.00", Money.ofMinor(100_000_000, USD).format(Locale.US));
    }

    @Test
    public void formatsForSimplifiedChinese() {
        assertEquals("US$1,234.50", Money.ofMinor(123_450, USD).format(Locale.SIMPLIFIED_CHINESE));
        assertEquals("€1,234.50", Money.ofMinor(123_450, EUR).format(Locale.SIMPLIFIED_CHINESE));
        assertEquals("¥1,234.50", Money.ofMinor(123_450, CNY).format(Locale.SIMPLIFIED_CHINESE));
        assertEquals("JP¥1,234", Money.ofMinor(1234, JPY).format(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    public void theSameMoneyReadsDifferentlyPerLocale() {
        Money dollars = Money.ofMinor(123_450, USD);
        assertNotEquals(dollars.format(Locale.US), dollars.format(Locale.SIMPLIFIED_CHINESE));
        Money yuan = Money.ofMinor(123_450, CNY);
        assertNotEquals(yuan.format(Locale.US), yuan.format(Locale.SIMPLIFIED_CHINESE));
        assertEquals("1.234,50\u00a0€" /* no-break space */, Money.ofMinor(123_450, EUR).format(Locale.GERMANY));
    }
}
