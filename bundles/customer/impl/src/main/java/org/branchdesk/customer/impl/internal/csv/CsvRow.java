package org.branchdesk.customer.impl.internal.csv;

import java.util.Map;

/**
 * One data row: the physical line it starts on (the header is line 1) and its raw values, found
 * by lower-cased column name through the file's header (one map for all the rows of a file).
 */
public final class CsvRow {

    private final int line;
    private final Map<String, Integer> header;
    private final String[] fields;

    CsvRow(int line, Map<String, Integer> header, String[] fields) {
        this.line = line;
        this.header = header;
        this.fields = fields;
    }

    public int line() {
        return line;
    }

    /** The trimmed value, or null when the column is absent or the value blank. */
    public String get(String column) {
        Integer i = header.get(column);
        String v = i == null ? null : fields[i];
        return v == null || v.isBlank() ? null : v.trim();
    }
}
