package com.salesteam.jira.model;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets write it (RFC 4180): comma-separated, fields with commas, quotes or line breaks quoted, a
 * quote inside doubled. Reading keeps every record, blank lines included, so reports can name the file's lines.
 */
public final class CsvText {

    private CsvText() {
    }

    /** The records of the text; a final line break ends the last record rather than starting an empty one. */
    public static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /**
     * One field for a spreadsheet: quoted when needed, and text that a spreadsheet would run as a formula defused
     * with a leading apostrophe (numbers are left as they are).
     */
    public static String field(String value, boolean numeric) {
        String safe = formulaLike(value) && !numeric ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** Text as it was before {@link #field} defused it, so an exported file imports the same names. */
    public static String unguarded(String value) {
        return value.startsWith("'") && formulaLike(value.substring(1)) ? value.substring(1) : value;
    }

    private static boolean formulaLike(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
