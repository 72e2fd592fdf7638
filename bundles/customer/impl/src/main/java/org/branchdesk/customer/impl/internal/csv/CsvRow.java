package org.branchdesk.customer.impl.internal.csv;

import java.util.Map;

/** One data row: the physical line it starts on (the header is line 1) and its raw values by lower-cased column. */
public record CsvRow(int line, Map<String, String> values) {

    public CsvRow {
        values = Map.copyOf(values);
    }

    /** The trimmed value, or null when the column is absent or the value blank. */
    public String get(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
