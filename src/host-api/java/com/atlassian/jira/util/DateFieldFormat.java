package com.atlassian.jira.util;

import java.util.Date;

/**
 * Mirror of Jira 10.3 {@code com.atlassian.jira.util.DateFieldFormat}; see DESIGN.md. Verified against: jira-api
 * DateFieldFormat.java source (since 4.4, code corpus). Only the method the app calls.
 */
public interface DateFieldFormat {
    String formatDatePicker(Date date);
}
