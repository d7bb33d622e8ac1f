package com.salesteam.jira.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.rest.FieldJsonRepresentation;
import com.atlassian.jira.issue.fields.rest.FieldTypeInfo;
import com.atlassian.jira.issue.fields.rest.json.JsonType;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The money field type as Jira drives it: typed text in, stored text out and back, refusals in both languages. */
public class MoneyCustomFieldTypeTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CNY = Currency.getInstance("CNY");

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private CustomFieldValuePersister persister;
    @Mock
    private GenericConfigManager configManager;
    @Mock
    private AppSettings settings;
    @Mock
    private CustomField field;
    @Mock
    private Issue issue;

    private MoneyCustomFieldType english;
    private MoneyCustomFieldType chinese;

    @Before
    public void setUp() {
        english = type(Locale.ENGLISH);
        chinese = type(Locale.SIMPLIFIED_CHINESE);
    }

    private MoneyCustomFieldType type(Locale locale) {
        return new MoneyCustomFieldType(persister, configManager, new PropertiesTranslator(locale), settings);
    }

    private static String refusal(MoneyCustomFieldType type, String text) {
        return assertThrows("text '" + text + "'", FieldValidationException.class,
                () -> type.getSingularObjectFromString(text)).getMessage();
    }

    // --- typed text -------------------------------------------------------------------------------------

    @Test
    public void typedAmountsWithACodeKeepThatCurrency() {
        assertEquals(Money.ofMinor(123_450, EUR), english.getSingularObjectFromString("EUR 1234.50"));
        assertEquals(Money.ofMinor(123_450, EUR), english.getSingularObjectFromString("1234.5 eur"));
        verify(settings, never()).defaultCurrency();
    }

    @Test
    public void aNumberAloneIsInTheDefaultCurrency() {
        when(settings.defaultCurrency()).thenReturn(CNY);
        assertEquals(Money.ofMinor(99_900, CNY), english.getSingularObjectFromString("999"));
    }

    @Test
    public void blankTextIsNoAmount() {
        assertNull(english.getSingularObjectFromString(null));
        assertNull(english.getSingularObjectFromString("  "));
    }

    @Test
    public void refusalsAreTranslatedIntoEnglish() {
        when(settings.defaultCurrency()).thenReturn(EUR);
        String notAnAmount = "Enter the amount as digits with an optional decimal point, optionally with a currency"
                + " code, for example 1234.50 or EUR 1234.50.";
        assertEquals(notAnAmount, refusal(english, "abc"));
        assertEquals(notAnAmount, refusal(english, "1,234.50"));
        assertEquals("typed text is never echoed", notAnAmount, refusal(english, "<script>alert(1)</script>"));
        assertEquals("The amount cannot be negative.", refusal(english, "-5"));
        assertEquals("EUR amounts can have at most 2 decimal places.", refusal(english, "1.234"));
        assertEquals("JPY amounts are whole numbers: enter no decimal places.", refusal(english, "JPY 1.5"));
        assertEquals("\"ABC\" is not a currency code that deals can use. Enter an ISO 4217 code such as EUR, USD"
                + " or CNY.", refusal(english, "ABC 5"));
        assertEquals("\"XAU\" is not a currency code that deals can use. Enter an ISO 4217 code such as EUR, USD"
                + " or CNY.", refusal(english, "xau 5"));
        assertEquals("The amount can be at most €10,000,000,000,000.00.", refusal(english, "10000000000000.01"));
    }

    @Test
    public void refusalsAreTranslatedIntoSimplifiedChinese() {
        when(settings.defaultCurrency()).thenReturn(EUR);
        assertEquals("请用数字输入金额（可带小数点），可附带货币代码，例如 1234.50 或 EUR 1234.50。",
                refusal(chinese, "abc"));
        assertEquals("金额不能为负数。", refusal(chinese, "-5"));
        assertEquals("EUR 金额最多只能有 2 位小数。", refusal(chinese, "1.234"));
        assertEquals("JPY 金额只能是整数，不能有小数。", refusal(chinese, "JPY 1.5"));
        assertEquals("“ABC”不是交易可用的货币代码。请输入 ISO 4217 代码，例如 EUR、USD 或 CNY。", refusal(chinese, "ABC 5"));
        assertEquals("金额不能超过 ¥10,000,000,000,000.00。", refusal(chinese, "CNY 10000000000001"));
    }

    // --- stored text ------------------------------------------------------------------------------------

    @Test
    public void storedAsCanonicalLimitedText() {
        assertSame(PersistenceFieldType.TYPE_LIMITED_TEXT, english.getDatabaseType());
        assertEquals("EUR 1234.50", english.getDbValueFromObject(Money.ofMinor(123_450, EUR)));
        assertEquals("JPY 1500", english.getDbValueFromObject(Money.ofMinor(1500, Currency.getInstance("JPY"))));
    }

    @Test
    public void storedTextReadsBackExactly() {
        for (Money money : new Money[] {Money.ofMinor(123_450, EUR), Money.ofMinor(1, USD),
                Money.ofMinor(1_000_000_000_000_000L, CNY), Money.zero(USD)}) {
            assertEquals(money, english.getObjectFromDbValue(english.getDbValueFromObject(money)));
        }
    }

    @Test
    public void damagedStoredTextIsRefusedForJirasLog() {
        FieldValidationException e = assertThrows(FieldValidationException.class,
                () -> english.getObjectFromDbValue("1234.50"));
        assertEquals("not canonical money text: 1234.50", e.getMessage());
    }

    @Test
    public void theFormAndHistoryShowTheCanonicalTextWhichReadsBack() {
        Money money = Money.ofMinor(123_450, EUR);
        String shown = english.getStringFromSingularObject(money);
        assertEquals("EUR 1234.50", shown);
        assertEquals(money, english.getSingularObjectFromString(shown));
        assertNull(english.getStringFromSingularObject(null));
    }

    // --- templates and REST ---------------------------------------------------------------------------------

    @Test
    public void templatesGetTheViewHelperEvenWithoutAnIssue() {
        Map<String, Object> parameters = english.getVelocityParameters(null, field, null);
        assertEquals(1, parameters.size());
        MoneyFieldView view = (MoneyFieldView) parameters.get(MoneyCustomFieldType.VIEW_PARAM);
        assertEquals("€1,234.50", view.format(Money.ofMinor(123_450, EUR)));
        verify(settings, never()).defaultCurrency(); // only an edit form asks for it
    }

    @Test
    public void restGivesTheCanonicalTextAndOnRequestTheLocalisedAmount() {
        when(field.getValue(issue)).thenReturn(Money.ofMinor(123_450, CNY));

        FieldJsonRepresentation plain = english.getJsonFromIssue(field, issue, false, null);
        assertEquals("CNY 1234.50", plain.getStandardData().getData());
        assertNull(plain.getRenderedData());

        assertEquals("CN¥1,234.50", english.getJsonFromIssue(field, issue, true, null).getRenderedData().getData());
        FieldJsonRepresentation inChinese = chinese.getJsonFromIssue(field, issue, true, null);
        assertEquals("CNY 1234.50", inChinese.getStandardData().getData());
        assertEquals("¥1,234.50", inChinese.getRenderedData().getData());
    }

    @Test
    public void restGivesNullForAnEmptyField() {
        FieldJsonRepresentation json = english.getJsonFromIssue(field, issue, true, null);
        assertNull(json.getStandardData().getData());
        assertNull(json.getRenderedData().getData());
    }

    @Test
    @SuppressWarnings("rawtypes")
    public void restDescribesTheValueAsAStringOfThisCustomType() {
        CustomFieldType type = mock(CustomFieldType.class);
        when(field.getCustomFieldType()).thenReturn(type);
        when(type.getKey()).thenReturn("com.salesteam.jira.sales-team-manager:money-field");
        when(field.getIdAsLong()).thenReturn(10_100L);

        JsonType schema = english.getJsonSchema(field);

        assertEquals("string", schema.getType());
        assertEquals("com.salesteam.jira.sales-team-manager:money-field", schema.getCustom());
        assertEquals(Long.valueOf(10_100L), schema.getCustomId());
        FieldTypeInfo info = english.getFieldTypeInfo(null);
        assertNull(info.getAllowedValues());
        assertNull(info.getAutoCompleteUrl());
    }
}
