package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.opensymphony.workflow.InvalidInputException;
import com.salesteam.jira.model.Money;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.when;

public class PositiveAmountRequiredValidatorTest {

    private static final String FIELD_ID = "customfield_10100";
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String REQUIRED = "Enter the deal amount before closing the deal as won.";
    private static final String NOT_POSITIVE = "The deal amount must be greater than zero to close the deal as won.";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private CustomField amount;
    @Mock
    private MutableIssue issue;

    private PositiveAmountRequiredValidator validator;

    @Before
    public void setUp() {
        validator = new PositiveAmountRequiredValidator(customFieldManager, new PropertiesTranslator(Locale.ENGLISH));
    }

    private void validate(Object value) throws InvalidInputException {
        when(customFieldManager.getCustomFieldObject(FIELD_ID)).thenReturn(amount);
        when(issue.getCustomFieldValue(amount)).thenReturn(value);
        validator.validate(Map.of("issue", issue), Map.of("amountFieldId", " " + FIELD_ID + " "), null);
    }

    private String refusal(Object value) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> validate(value));
        assertEquals(List.of(refused.getMessage()), refused.getGenericErrors());
        return refused.getMessage();
    }

    @Test
    public void positiveAmountsOfEveryAcceptedKindPass() throws InvalidInputException {
        validate(Money.of(new BigDecimal("25000.00"), EUR));
        validate(Money.ofMinor(1, EUR));
        validate(new BigDecimal("0.01"));
        validate(new BigDecimal("1E-400"));
        validate(12.5d);
        validate(Double.MIN_VALUE);
        validate(3L);
        validate(BigInteger.TEN);
    }

    @Test
    public void zeroIsRefused() {
        assertEquals(NOT_POSITIVE, refusal(Money.zero(EUR)));
        assertEquals(NOT_POSITIVE, refusal(BigDecimal.ZERO));
        assertEquals(NOT_POSITIVE, refusal(0.0d));
        assertEquals(NOT_POSITIVE, refusal(0));
    }

    @Test
    public void negativeAmountsAreRefused() {
        assertEquals(NOT_POSITIVE, refusal(Money.ofMinor(-500, EUR)));
        assertEquals(NOT_POSITIVE, refusal(new BigDecimal("-0.01")));
        assertEquals(NOT_POSITIVE, refusal(-1.5d));
    }

    @Test
    public void noAmountIsRefused() {
        assertEquals(REQUIRED, refusal(null));
    }

    @Test
    public void whatIsNoAmountAtAllIsRefusedAsMissing() {
        assertEquals(REQUIRED, refusal("25000"));
        assertEquals(REQUIRED, refusal(Double.NaN));
        assertEquals(REQUIRED, refusal(Double.POSITIVE_INFINITY));
    }

    @Test
    public void theRefusalSpeaksTheUsersLanguage() {
        validator = new PositiveAmountRequiredValidator(customFieldManager,
                new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE));

        assertEquals("请先填写交易金额，再将交易作为赢单关闭。", refusal(null));
        assertEquals("交易金额必须大于零，才能将交易作为赢单关闭。", refusal(BigDecimal.ZERO));
    }

    @Test
    public void aMissingFieldRefusesEveryTransition() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> validator.validate(Map.of("issue", issue), Map.of("amountFieldId", "customfield_404"), null));

        assertEquals("This transition is not set up correctly: a deal field it checks is missing. "
                + "Ask a Jira administrator to fix the workflow.", refused.getMessage());
    }
}
