package com.salesteam.jira.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.salesteam.jira.model.FiscalCalendar;
import com.salesteam.jira.service.AppSettings;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class StampCloseDatePostFunctionTest {

    private static final String FIELD_ID = "customfield_10300";
    /** Already 1 April in Shanghai (UTC+8): there the deal closes in the next fiscal year of an April calendar. */
    private static final Clock LATE_ON_31_MARCH_UTC =
            Clock.fixed(Instant.parse("2026-03-31T20:00:00Z"), ZoneOffset.UTC);

    @Rule
    public final MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private AppSettings settings;
    @Mock
    private CustomField closeDate;
    @Mock
    @SuppressWarnings("rawtypes")
    private CustomFieldType fieldType;
    @Mock
    private MutableIssue issue;

    private StampCloseDatePostFunction function;

    @Before
    public void setUp() {
        function = new StampCloseDatePostFunction(customFieldManager, settings, LATE_ON_31_MARCH_UTC);
        when(customFieldManager.getCustomFieldObject(FIELD_ID)).thenReturn(closeDate);
        when(closeDate.getCustomFieldType()).thenReturn(fieldType);
        when(fieldType.getKey()).thenReturn("com.atlassian.jira.plugin.system.customfieldtypes:datepicker");
    }

    private void calendarIn(String zone) {
        when(settings.fiscalCalendar()).thenReturn(FiscalCalendar.of(Month.APRIL, ZoneId.of(zone), DayOfWeek.MONDAY));
    }

    private void execute() {
        function.execute(Map.of("issue", issue), Map.of("closeDateFieldId", FIELD_ID), null);
    }

    private Timestamp written() {
        ArgumentCaptor<Object> value = ArgumentCaptor.forClass(Object.class);
        verify(issue).setCustomFieldValue(eq(closeDate), value.capture());
        return (Timestamp) value.getValue();
    }

    @Test
    public void stampsTodayInTheFiscalCalendarsZone() {
        calendarIn("Asia/Shanghai");

        execute();

        Timestamp stamp = written();
        assertEquals(LocalDate.of(2026, 4, 1), stamp.toLocalDateTime().toLocalDate());
        assertEquals("a date without a time: the start of the day", LocalTime.MIDNIGHT,
                stamp.toLocalDateTime().toLocalTime());
    }

    @Test
    public void theSameMomentIsStillTheDayBeforeInUtc() {
        calendarIn("UTC");

        execute();

        assertEquals(Timestamp.valueOf(LocalDate.of(2026, 3, 31).atStartOfDay()), written());
    }

    @Test
    public void aDateTimeFieldIsStampedToo() {
        calendarIn("UTC");
        when(fieldType.getKey()).thenReturn("com.atlassian.jira.plugin.system.customfieldtypes:datetime");

        execute();

        assertEquals(Timestamp.valueOf(LocalDate.of(2026, 3, 31).atStartOfDay()), written());
    }

    @Test
    public void aCloseDateAlreadySetIsKept() {
        when(issue.getCustomFieldValue(closeDate)).thenReturn(Timestamp.valueOf("2026-03-15 00:00:00"));

        execute();

        verify(issue, never()).setCustomFieldValue(any(), any());
    }

    @Test
    public void aMissingFieldIsSkippedWithoutFailingTheTransition() {
        function.execute(Map.of("issue", issue), Map.of("closeDateFieldId", "customfield_404"), null);
        function.execute(Map.of("issue", issue), Map.of(), null);

        verify(issue, never()).setCustomFieldValue(any(), any());
    }

    @Test
    public void aMalformedFieldIdIsSkippedToo() {
        when(customFieldManager.getCustomFieldObject("customfield_x")).thenThrow(new NumberFormatException("x"));

        function.execute(Map.of("issue", issue), Map.of("closeDateFieldId", "customfield_x"), null);

        verify(issue, never()).setCustomFieldValue(any(), any());
    }

    @Test
    public void aFieldThatCannotHoldADateIsSkipped() {
        when(fieldType.getKey()).thenReturn("com.atlassian.jira.plugin.system.customfieldtypes:textfield");

        execute();

        verify(issue, never()).setCustomFieldValue(any(), any());
    }
}
