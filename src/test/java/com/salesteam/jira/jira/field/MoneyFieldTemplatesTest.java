package com.salesteam.jira.jira.field;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.testing.PropertiesTranslator;
import com.salesteam.jira.testing.VelocityHarness;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

/** The money field's view, edit and XML templates, rendered by real Velocity from the context Jira would build. */
public class MoneyFieldTemplatesTest {

    private static final String VIEW = "templates/field/money-view.vm";
    private static final String EDIT = "templates/field/money-edit.vm";
    private static final String XML = "templates/field/money-xml.vm";
    private static final String WITH_FORM_MACROS = "field/with-jira-form-macros.vm";
    private static final String XSS = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
    private static final Money EUROS = Money.ofMinor(123_450, Currency.getInstance("EUR"));
    private static final Money YUAN = Money.ofMinor(123_450, Currency.getInstance("CNY"));

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldValuePersister persister;
    @Mock
    private GenericConfigManager configManager;
    @Mock
    private AppSettings settings;
    @Mock
    private CustomField field;

    private final VelocityHarness velocity = new VelocityHarness();

    /** Stands in for Jira's FieldLayoutItem, whose two properties the edit template hands to Jira's macros. */
    public static final class Layout {
        private final String description;

        Layout(String description) {
            this.description = description;
        }

        public boolean isRequired() {
            return true;
        }

        public String getFieldDescription() {
            return description;
        }
    }

    @Before
    public void setUp() {
        when(field.getId()).thenReturn("customfield_10100");
        when(field.getName()).thenReturn("Deal amount " + XSS);
        when(settings.defaultCurrency()).thenReturn(Currency.getInstance("USD"));
    }

    /** The context Jira builds for the type's templates: its own keys, then the type's velocity parameters. */
    private Map<String, Object> context(Locale locale, Object value) {
        MoneyCustomFieldType type = new MoneyCustomFieldType(persister, configManager, new PropertiesTranslator(locale),
                settings);
        Map<String, Object> context = new HashMap<>();
        context.put("customField", field);
        context.put("fieldLayoutItem", new Layout("Net of discounts " + XSS));
        context.put("action", "action");
        context.put("displayParameters", Map.of());
        context.put("auiparams", new HashMap<String, Object>());
        context.put("value", value);
        context.putAll(type.getVelocityParameters(null, field, null));
        return context;
    }

    private String render(String template, Map<String, Object> context) {
        return velocity.render(template, context).strip();
    }

    private String renderEdit(Locale locale, String value) {
        Map<String, Object> context = context(locale, value);
        context.put("template", EDIT);
        return render(WITH_FORM_MACROS, context);
    }

    @Test
    public void theViewShowsTheAmountAsTheReadersLanguageWritesItWithTheExactValueAsTooltip() {
        assertEquals("<span class=\"salesteam-money\" title=\"EUR 1234.50\">€1,234.50</span>",
                render(VIEW, context(Locale.ENGLISH, EUROS)));
        assertEquals("<span class=\"salesteam-money\" title=\"CNY 1234.50\">CN¥1,234.50</span>",
                render(VIEW, context(Locale.ENGLISH, YUAN)));
        assertEquals("<span class=\"salesteam-money\" title=\"CNY 1234.50\">¥1,234.50</span>",
                render(VIEW, context(Locale.SIMPLIFIED_CHINESE, YUAN)));
    }

    @Test
    public void theViewOfAnEmptyFieldIsEmpty() {
        assertEquals("", render(VIEW, context(Locale.ENGLISH, null)));
    }

    @Test
    public void theEditFormShowsTheStoredTextInOneInputWithHelp() {
        String html = renderEdit(Locale.ENGLISH, "EUR 1234.50");

        assertTrue(html, html.contains("<input class=\"text medium-field\" id=\"customfield_10100\""
                + " name=\"customfield_10100\" type=\"text\" value=\"EUR 1234.50\""));
        assertTrue(html.contains("aria-describedby=\"customfield_10100-money-help\""));
        assertTrue(html.contains("<div class=\"description\" id=\"customfield_10100-money-help\">Enter the amount,"
                + " optionally with a currency code, for example 1234.50 or EUR 1234.50. Without a code the amount"
                + " is in USD (US Dollar).</div>"));
        assertTrue("Jira's header macro labels the input", html.startsWith("<div class=\"field-group\">"
                + "<label for=\"customfield_10100\">Deal amount " + ESCAPED + " *</label>"));
        assertTrue("Jira's footer macro adds the field's description",
                html.endsWith("<div class=\"description\">Net of discounts " + ESCAPED + "</div></div>"));
    }

    @Test
    public void theEditFormOfAnEmptyFieldHasAnEmptyInput() {
        assertTrue(renderEdit(Locale.ENGLISH, null).contains("type=\"text\" value=\"\""));
    }

    @Test
    public void whatWasTypedComesBackEscaped() {
        String html = renderEdit(Locale.ENGLISH, "EUR 5\" onfocus=\"alert(1)" + XSS);

        assertFalse(html, html.contains("<script>"));
        assertTrue(html.contains("value=\"EUR 5&quot; onfocus=&quot;alert(1)" + ESCAPED + "\""));
    }

    @Test
    public void theEditFormSpeaksSimplifiedChinese() {
        String html = renderEdit(Locale.SIMPLIFIED_CHINESE, "");

        assertTrue(html, html.contains("请输入金额，可附带货币代码，例如 1234.50 或 EUR 1234.50。不带代码时按 USD（美元）计。"));
    }

    @Test
    public void theXmlViewGivesTheExactValue() {
        assertEquals("<customfieldvalue>EUR 1234.50</customfieldvalue>", render(XML, context(Locale.ENGLISH, EUROS)));
        assertEquals("<customfieldvalue>CNY 1234.50</customfieldvalue>",
                render(XML, context(Locale.SIMPLIFIED_CHINESE, YUAN)));
        assertEquals("", render(XML, context(Locale.ENGLISH, null)));
    }
}
