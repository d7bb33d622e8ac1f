package com.salesteam.jira.service.quota;

import java.io.InputStream;

/**
 * Quotas as a CSV file, one format both ways: {@code type,subject,period,metric,target,currency}, reps by username
 * and teams by name, so a spreadsheet made by hand imports as well as an export does.
 */
public interface QuotaCsvService {

    /** The quotas the caller may read, as CSV text (UTF-8 with a byte order mark when encoded, for spreadsheets). */
    String export();

    /**
     * Reads the file and, only when every row is valid, sets all its quotas in one transaction. Otherwise nothing is
     * written and the refusal names each bad value as {@code rows[N].column} (N the row as a spreadsheet numbers it,
     * the header being row 1), or {@code file} / {@code header} for the file as a whole. Who may import is checked
     * before a byte is read, and no more than the size limit is ever read.
     */
    QuotaImport importFile(InputStream file);
}
