package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.service.Translator;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Closing a deal as won needs an amount greater than zero in the custom field named by the arg
 * {@value #FIELD_ARG}. It reads whatever the field holds and accepts a {@link Money} (the app's money field type)
 * or any {@link Number}: Jira's own number field holds a
 * {@code Double}, and a {@link BigDecimal} is compared exactly. Anything else, and a NaN or infinite number,
 * counts as no amount at all.
 */
public class PositiveAmountRequiredValidator extends RequiredFieldValidator {

    public static final String FIELD_ARG = "amountFieldId";

    public PositiveAmountRequiredValidator(CustomFieldManager customFieldManager, Translator translator) {
        super(customFieldManager, translator, FIELD_ARG);
    }

    @Override
    protected Optional<String> problemWith(Object value) {
        Optional<BigDecimal> amount = amountOf(value);
        if (amount.isEmpty()) {
            return Optional.of("salesteam.workflow.error.amount.required");
        }
        if (amount.get().signum() <= 0) {
            return Optional.of("salesteam.workflow.error.amount.notpositive");
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> amountOf(Object value) {
        if (value instanceof Money money) {
            return Optional.of(money.amount());
        }
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Number number) {
            try {
                // Through the decimal text, so that a tiny positive double never rounds to zero on the way.
                return Optional.of(new BigDecimal(number.toString()));
            } catch (NumberFormatException e) {
                return Optional.empty(); // NaN and the infinities
            }
        }
        return Optional.empty();
    }
}
