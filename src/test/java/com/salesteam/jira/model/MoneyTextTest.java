package com.salesteam.jira.model;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

public class MoneyTextTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");
    private static final Supplier<Currency> IN_USD = () -> USD;

    private static Money typed(String text) throws MoneyText.Refused {
        return MoneyText.parseInput(text, IN_USD);
    }

    private static MoneyText.Refused refused(String text) {
        return assertThrows("text '" + text + "'", MoneyText.Refused.class, () -> typed(text));
    }

    // --- canonical text ---------------------------------------------------------------------------------

    @Test
    public void canonicalTextHasTheCodeAndExactlyTheCurrencysDecimals() {
        assertEquals("EUR 1234.50", MoneyText.canonical(Money.ofMinor(123_450, EUR)));
        assertEquals("EUR 0.05", MoneyText.canonical(Money.ofMinor(5, EUR)));
        assertEquals("JPY 1500", MoneyText.canonical(Money.ofMinor(1500, JPY)));
        assertEquals("KWD 1.005", MoneyText.canonical(Money.ofMinor(1005, KWD)));
        assertEquals("USD 0.00", MoneyText.canonical(Money.zero(USD)));
        assertEquals("EUR 10000000000000.00", MoneyText.canonical(MoneyText.maximum(EUR)));
    }

    @Test
    public void canonicalTextReadsBackToTheSameMinorUnits() {
        for (Money money : List.of(Money.ofMinor(123_450, EUR), Money.ofMinor(1, EUR), Money.ofMinor(1500, JPY),
                Money.ofMinor(1005, KWD), Money.zero(USD), Money.ofMinor(Long.MAX_VALUE, EUR),
                Money.ofMinor(-250, USD))) {
            assertEquals(money, MoneyText.readCanonical(MoneyText.canonical(money)));
        }
    }

    @Test
    public void readingCanonicalTextRefusesAnythingElse() {
        for (String text : List.of("", "1234.50", "EUR", "eur 1234.50", "EUR  1234.50", " EUR 1234.50",
                "EUR 1,234.50", "1234.50 EUR", "EUR 1234.5.0", "EURO 5", "EUR 1.234", "JPY 1.5", "ABC 5",
                "EUR 92233720368547758.08")) {
            assertThrows("text '" + text + "'", IllegalArgumentException.class, () -> MoneyText.readCanonical(text));
        }
    }

    @Test
    public void storedValuesAreReadWhateverTheTypingRules() {
        assertEquals(Money.of(new BigDecimal("20000000000000"), EUR), MoneyText.readCanonical("EUR 20000000000000.00"));
        assertEquals(Money.ofMinor(150, EUR), MoneyText.readCanonical("EUR 1.5"));
    }

    // --- typed text -------------------------------------------------------------------------------------

    @Test
    public void aNumberAloneIsInTheDefaultCurrency() throws MoneyText.Refused {
        assertEquals(Money.ofMinor(123_450, USD), typed("1234.50"));
        assertEquals(Money.ofMinor(123_450, USD), typed("1234.5"));
        assertEquals(Money.ofMinor(700, USD), typed(" 7 "));
        assertEquals(Money.zero(USD), typed("0"));
        assertEquals(Money.ofMinor(1500, JPY), MoneyText.parseInput("1500", () -> JPY));
    }

    @Test
    public void theCurrencyCodeMayStandBeforeOrAfterInAnyCase() throws MoneyText.Refused {
        Money expected = Money.ofMinor(123_450, EUR);
        for (String text : List.of("EUR 1234.50", "eur 1234.50", "Eur1234.50", "1234.50 EUR", "1234.50eur",
                "  EUR   1234.5  ")) {
            assertEquals("text '" + text + "'", expected, typed(text));
        }
    }

    @Test
    public void theDefaultCurrencyIsAskedForOnlyWhenNoCodeIsTyped() throws MoneyText.Refused {
        AtomicInteger asked = new AtomicInteger();
        Supplier<Currency> counting = () -> {
            asked.incrementAndGet();
            return USD;
        };
        MoneyText.parseInput("EUR 5", counting);
        assertEquals(0, asked.get());
        MoneyText.parseInput("5", counting);
        assertEquals(1, asked.get());
    }

    @Test
    public void bothWrittenFormsOfAValueAreReadAsTyped() throws MoneyText.Refused {
        Money money = Money.ofMinor(123_450, EUR);
        assertEquals(money, typed(MoneyText.canonical(money)));
        assertEquals(money, typed(money.toString())); // "1234.50 EUR"
    }

    @Test
    public void textThatIsNoAmountIsRefused() {
        for (String text : List.of("abc", "EUR", "1,234.50", "1 234", "+5", "1e3", ".5", "5.", "1.2.3", "€5",
                "$5", "EUR 5 USD", "0x10", "NaN", "١٢", "12,50", "EUR abc")) {
            MoneyText.Refused refused = refused(text);
            assertEquals("text '" + text + "'", MoneyText.Reason.NOT_AN_AMOUNT, refused.reason());
        }
        assertEquals("USD", refused("1,5").currencyCode());
        assertNull(refused("abc").currencyCode());
    }

    @Test
    public void veryLongTextIsRefusedBeforeAnyNumberIsBuilt() {
        String longNumber = "1".repeat(65);
        assertEquals(MoneyText.Reason.NOT_AN_AMOUNT, refused(longNumber).reason());
    }

    @Test
    public void negativeAmountsAreRefused() {
        for (String text : List.of("-5", "-0.01", "EUR -5", "-5 eur")) {
            assertEquals("text '" + text + "'", MoneyText.Reason.NEGATIVE, refused(text).reason());
        }
        assertEquals("EUR", refused("EUR -5").currencyCode());
    }

    @Test
    public void moreDecimalsThanTheCurrencyHasAreRefused() throws MoneyText.Refused {
        MoneyText.Refused euro = refused("EUR 1.234");
        assertEquals(MoneyText.Reason.TOO_MANY_DECIMALS, euro.reason());
        assertEquals("EUR", euro.currencyCode());
        assertEquals(MoneyText.Reason.TOO_MANY_DECIMALS, refused("JPY 1.5").reason());
        assertEquals(MoneyText.Reason.TOO_MANY_DECIMALS, refused("1.001").reason());
        assertEquals(Money.ofMinor(1005, KWD), typed("KWD 1.005"));
        assertEquals(Money.ofMinor(123, EUR), typed("EUR 1.2300")); // trailing zeros are not precision
        assertEquals(Money.ofMinor(1500, JPY), typed("JPY 1500.00"));
    }

    @Test
    public void unknownCurrenciesAndCurrenciesWithoutMinorUnitAreRefused() {
        for (String text : List.of("ABC 5", "5 xyz", "XAU 5", "XXX 5")) {
            assertEquals("text '" + text + "'", MoneyText.Reason.UNKNOWN_CURRENCY, refused(text).reason());
        }
        assertEquals("ABC", refused("abc 5").currencyCode());
    }

    @Test
    public void amountsAreBoundedByTenToTheThirteenMajorUnits() throws MoneyText.Refused {
        assertEquals(MoneyText.maximum(EUR), typed("EUR 10000000000000"));
        assertEquals(MoneyText.maximum(KWD), typed("KWD 10000000000000.000"));
        MoneyText.Refused above = refused("EUR 10000000000000.01");
        assertEquals(MoneyText.Reason.TOO_LARGE, above.reason());
        assertEquals("EUR", above.currencyCode());
        assertEquals(MoneyText.Reason.TOO_LARGE, refused("99999999999999999999999999").reason());
        assertEquals(Money.ofMinor(1_000_000_000_000_000L, EUR), MoneyText.maximum(EUR));
    }

    @Test
    public void aRefusalNamesItsReasonAndCurrency() {
        assertEquals("NEGATIVE USD", refused("-5").getMessage());
        assertEquals("NOT_AN_AMOUNT", refused("abc").getMessage());
    }
}
