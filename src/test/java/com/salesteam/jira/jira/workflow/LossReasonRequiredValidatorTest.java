package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.opensymphony.workflow.InvalidInputException;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.when;

public class LossReasonRequiredValidatorTest {

    private static final String FIELD_ID = "customfield_10200";
    private static final String REQUIRED = "Enter a loss reason before closing the deal as lost.";

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private CustomField lossReason;
    @Mock
    private MutableIssue issue;

    private LossReasonRequiredValidator validator;

    @Before
    public void setUp() {
        validator = new LossReasonRequiredValidator(customFieldManager, new PropertiesTranslator(Locale.ENGLISH));
    }

    private void validate(Object value) throws InvalidInputException {
        when(customFieldManager.getCustomFieldObject(FIELD_ID)).thenReturn(lossReason);
        when(issue.getCustomFieldValue(lossReason)).thenReturn(value);
        validator.validate(Map.of("issue", issue), Map.of("lossReasonFieldId", FIELD_ID), null);
    }

    private static String refusal(ThrowingRunnable check) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, check::run);
        assertEquals("shown as a generic error, whether or not the field is on the screen",
                List.of(refused.getMessage()), refused.getGenericErrors());
        assertEquals(Map.of(), refused.getErrors());
        return refused.getMessage();
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    public void aTypedReasonPasses() throws InvalidInputException {
        validate("Price too high");
    }

    @Test
    public void aChosenOptionPassesByItsText() throws InvalidInputException {
        validate(new Object() {
            @Override
            public String toString() {
                return "Competitor";
            }
        });
    }

    @Test
    public void aMultiValueFieldNeedsOneReason() throws InvalidInputException {
        validate(List.of("", "Timing"));
        assertEquals(REQUIRED, refusal(() -> validate(List.of())));
        assertEquals(REQUIRED, refusal(() -> validate(List.of(" "))));
    }

    @Test
    public void noReasonIsRefused() {
        assertEquals(REQUIRED, refusal(() -> validate(null)));
    }

    @Test
    public void aBlankReasonIsRefused() {
        assertEquals(REQUIRED, refusal(() -> validate(" \t\n")));
    }

    @Test
    public void anOptionWithoutTextIsRefused() {
        Object optionWithoutText = new Object() {
            @Override
            public String toString() {
                return null;
            }
        };
        assertEquals(REQUIRED, refusal(() -> validate(optionWithoutText)));
    }

    @Test
    public void theRefusalSpeaksTheUsersLanguage() {
        validator = new LossReasonRequiredValidator(customFieldManager,
                new PropertiesTranslator(Locale.SIMPLIFIED_CHINESE));

        assertEquals("请先填写丢单原因，再将交易作为丢单关闭。", refusal(() -> validate(null)));
    }

    @Test
    public void aMissingFieldRefusesEveryTransition() {
        String misconfigured = "This transition is not set up correctly: a deal field it checks is missing. "
                + "Ask a Jira administrator to fix the workflow.";
        assertEquals(misconfigured, refusal(() -> validator.validate(Map.of("issue", issue),
                Map.of("lossReasonFieldId", "customfield_404"), null)));
        assertEquals(misconfigured, refusal(() -> validator.validate(Map.of("issue", issue), Map.of(), null)));
    }

    @Test
    public void aMalformedFieldIdRefusesInsteadOfFailing() {
        when(customFieldManager.getCustomFieldObject("customfield_x")).thenThrow(new NumberFormatException("x"));

        String refused = refusal(() -> validator.validate(Map.of("issue", issue),
                Map.of("lossReasonFieldId", "customfield_x"), null));

        assertEquals("This transition is not set up correctly: a deal field it checks is missing. "
                + "Ask a Jira administrator to fix the workflow.", refused);
    }
}
