package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.opensymphony.workflow.InvalidInputException;
import com.salesteam.jira.testing.PropertiesTranslator;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.when;

public class FieldsRequiredValidatorTest {

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private Issue review;
    @Mock
    private CustomField rating;
    @Mock
    private CustomField comments;

    private FieldsRequiredValidator validator;

    @Before
    public void setUp() {
        validator = new FieldsRequiredValidator(customFieldManager, new PropertiesTranslator(Locale.ENGLISH));
        when(customFieldManager.getCustomFieldObject("customfield_1")).thenReturn(rating);
        when(customFieldManager.getCustomFieldObject("customfield_2")).thenReturn(comments);
        when(rating.getName()).thenReturn("Self Rating");
        when(comments.getName()).thenReturn("Self Assessment");
    }

    private void validate(String fieldIds) throws InvalidInputException {
        validator.validate(Map.of("issue", review), Map.of("fieldIds", fieldIds), null);
    }

    @Test
    public void filledFieldsPass() throws InvalidInputException {
        when(review.getCustomFieldValue(rating)).thenReturn("3 - Meets expectations");
        when(review.getCustomFieldValue(comments)).thenReturn(List.of("", "A good quarter"));
        validate(" customfield_1 ,customfield_2 ");
    }

    @Test
    public void theRefusalNamesEveryEmptyField() {
        when(review.getCustomFieldValue(rating)).thenReturn(null);
        when(review.getCustomFieldValue(comments)).thenReturn("   ");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> validate("customfield_1, customfield_2"));
        assertEquals("Fill in these fields first: Self Rating, Self Assessment.", refused.getMessage());
    }

    @Test
    public void aMissingFieldOrNoFieldsAtAllRefuses() {
        when(review.getCustomFieldValue(rating)).thenReturn("5 - Outstanding");
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> validate("customfield_1, customfield_9"));
        assertEquals("This transition is not set up correctly: a field it checks is missing. Ask a Jira administrator"
                + " to fix the workflow.", missing.getMessage());
        assertThrows(InvalidInputException.class, () -> validate(" , "));
    }
}
