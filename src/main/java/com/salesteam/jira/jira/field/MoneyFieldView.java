package com.salesteam.jira.jira.field;

import com.salesteam.jira.model.Money;
import com.salesteam.jira.model.MoneyText;
import com.salesteam.jira.service.Translator;

import java.util.Currency;
import java.util.function.Supplier;

/**
 * The {@code $moneyField} of the money field's templates: a value in the reader's language, its exact text, and
 * the edit form's help. Each method is on the Velocity allow-list; the texts are escaped like every reference.
 */
public final class MoneyFieldView {

    private final Translator translator;
    private final Supplier<Currency> defaultCurrency;

    /**
     * The default currency is a supplier so that it is read only when an edit form asks for its help: views render
     * once per row in the issue navigator and must not query the settings each time.
     */
    MoneyFieldView(Translator translator, Supplier<Currency> defaultCurrency) {
        this.translator = translator;
        this.defaultCurrency = defaultCurrency;
    }

    /** E.g. "€1,234.50" in English, "¥1,234.50" for yuan in Chinese. */
    public String format(Money money) {
        return money.format(translator.locale());
    }

    /** The canonical "EUR 1234.50": unambiguous where a symbol is not (¥ is yuan or yen). */
    public String exact(Money money) {
        return MoneyText.canonical(money);
    }

    public String getEditHelp() {
        Currency currency = defaultCurrency.get();
        return translator.text("salesteam.field.money.edit.help", currency.getCurrencyCode(),
                currency.getDisplayName(translator.locale()));
    }
}
