package com.salesteam.jira.jira.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.fields.rest.FieldJsonRepresentation;
import com.atlassian.jira.issue.fields.rest.FieldTypeInfo;
import com.atlassian.jira.issue.fields.rest.FieldTypeInfoContext;
import com.atlassian.jira.issue.fields.rest.RestAwareCustomFieldType;
import com.atlassian.jira.issue.fields.rest.json.JsonData;
import com.atlassian.jira.issue.fields.rest.json.JsonType;
import com.atlassian.jira.issue.fields.rest.json.JsonTypeBuilder;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.MoneyText;
import com.salesteam.jira.service.AppSettings;
import com.salesteam.jira.service.FieldError;
import com.salesteam.jira.service.MoneyInput;
import com.salesteam.jira.service.Translator;

import java.util.HashMap;
import java.util.Map;

/**
 * The app's money custom field type, used for the Deal Amount: an exact amount with its ISO currency. The value is
 * a {@link Money}; it is stored as the canonical text "EUR 1234.50" in Jira's limited-text column, because Jira's
 * number column holds a double, which cannot keep every cent of a large amount and has no room for the currency.
 * A person may type the number alone; it is then in the app's default currency.
 * <p>
 * Over Jira's REST API the value is that same canonical text both ways, read and written, and the rendered
 * version (expand=renderedFields) is the amount formatted in the caller's language.
 */
public class MoneyCustomFieldType extends AbstractSingleFieldType<Money> implements RestAwareCustomFieldType {

    /** The name under which the templates find their {@link MoneyFieldView}. */
    static final String VIEW_PARAM = "moneyField";

    private final Translator translator;
    private final AppSettings settings;

    public MoneyCustomFieldType(CustomFieldValuePersister customFieldValuePersister,
                                GenericConfigManager genericConfigManager, Translator translator,
                                AppSettings settings) {
        super(customFieldValuePersister, genericConfigManager);
        this.translator = translator;
        this.settings = settings;
    }

    /** What was typed in a form, a CSV import or a REST call; blank means no amount, as in Jira's own types. */
    @Override
    public Money getSingularObjectFromString(String text) throws FieldValidationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MoneyText.parseInput(text, settings::defaultCurrency);
        } catch (MoneyText.Refused refused) {
            throw new FieldValidationException(message(refused));
        }
    }

    /** The form, the change history and REST all show the canonical text; Jira may ask for an empty field's. */
    @Override
    public String getStringFromSingularObject(Money money) {
        return money == null ? null : MoneyText.canonical(money);
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_LIMITED_TEXT;
    }

    @Override
    protected Object getDbValueFromObject(Money money) {
        return MoneyText.canonical(money);
    }

    /**
     * Jira logs the issue, the field and the stored text when this refuses a value, and shows the field empty; the
     * message reaches only that server log, so it stays in English.
     */
    @Override
    protected Money getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        try {
            return MoneyText.readCanonical(databaseValue.toString());
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException(e.getMessage());
        }
    }

    /**
     * Jira merges these into the context of every template of the type, with the issue null when it renders a
     * default value. Built afresh rather than on the base class's map, which adds only the issue's GenericValue
     * that these templates never read.
     */
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(VIEW_PARAM, new MoneyFieldView(translator, settings::defaultCurrency));
        return parameters;
    }

    /** Any amount may be typed: there is no list of allowed values and nothing to autocomplete. */
    @Override
    public FieldTypeInfo getFieldTypeInfo(FieldTypeInfoContext fieldTypeInfoContext) {
        return new FieldTypeInfo(null, null);
    }

    /** The field's own type key rather than {@code getKey()}, which needs the module descriptor Jira sets later. */
    @Override
    public JsonType getJsonSchema(CustomField customField) {
        return JsonTypeBuilder.custom(JsonType.STRING_TYPE, customField.getCustomFieldType().getKey(),
                customField.getIdAsLong());
    }

    @Override
    public FieldJsonRepresentation getJsonFromIssue(CustomField field, Issue issue, boolean renderedVersionRequested,
                                                    FieldLayoutItem fieldLayoutItem) {
        Money money = (Money) field.getValue(issue);
        JsonData exact = new JsonData(money == null ? null : MoneyText.canonical(money));
        if (!renderedVersionRequested) {
            return new FieldJsonRepresentation(exact);
        }
        return new FieldJsonRepresentation(exact, new JsonData(money == null ? null : money.format(translator.locale())));
    }

    private String message(MoneyText.Refused refused) {
        FieldError error = MoneyInput.refusal("amount", refused, translator.locale());
        return translator.text(error.messageKey(), error.arguments().toArray());
    }
}
