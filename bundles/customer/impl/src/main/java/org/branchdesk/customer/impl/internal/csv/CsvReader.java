package org.branchdesk.customer.impl.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * RFC 4180 CSV with a header row: quoted fields may hold commas, doubled quotes and line
 * breaks; CRLF or LF; a UTF-8 byte order mark and blank lines are ignored. Columns are checked
 * against what the file kind allows and requires.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<CsvRow> read(Reader in, Set<String> required, Set<String> optional) {
        List<Record> records = records(in);
        if (records.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("csv", "the file is empty: a header row is required", 1)));
        }
        Record header = records.get(0);
        List<String> columns = header.fields.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String column : columns) {
            if (!required.contains(column) && !optional.contains(column)) {
                errors.add(new FieldError(column, "unknown column; allowed: " + allowed(required, optional), header.line));
            } else if (!seen.add(column)) {
                errors.add(new FieldError(column, "column appears twice", header.line));
            }
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                errors.add(new FieldError(column, "required column is missing", header.line));
            }
        }
        List<CsvRow> rows = new ArrayList<>(records.size() - 1);
        for (Record r : records.subList(1, records.size())) {
            if (r.fields.size() != columns.size()) {
                errors.add(new FieldError("csv", r.fields.size() + " fields where the header has " + columns.size(), r.line));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), r.fields.get(i));
            }
            rows.add(new CsvRow(r.line, values));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.subList(0, Math.min(errors.size(), 100)));
        }
        return rows;
    }

    private static String allowed(Set<String> required, Set<String> optional) {
        Set<String> all = new LinkedHashSet<>(required);
        all.addAll(optional);
        return String.join(", ", all);
    }

    private record Record(int line, List<String> fields) {
    }

    /** Splits the text into records of fields, remembering the line each record starts on. */
    private static List<Record> records(Reader in) {
        String text = slurp(in);
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        List<Record> records = new ArrayList<>();
        int line = 1;
        while (i < text.length()) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean any = false;
            for (;;) {
                if (i < text.length() && text.charAt(i) == '"') {
                    int quoteLine = line;
                    i++;
                    for (;;) {
                        if (i >= text.length()) {
                            throw new InvalidInputException(List.of(new FieldError("csv", "a quoted field is never closed", quoteLine)));
                        }
                        char ch = text.charAt(i++);
                        if (ch == '"') {
                            if (i < text.length() && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            if (ch == '\n') {
                                line++;
                            }
                            field.append(ch);
                        }
                    }
                    any = true;
                    if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                        throw new InvalidInputException(List.of(new FieldError("csv", "text after a closing quote", line)));
                    }
                }
                while (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    field.append(text.charAt(i++));
                    any = true;
                }
                if (i < text.length() && text.charAt(i) == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                    i++;
                    continue;
                }
                // end of record: CRLF, LF or the end of the text
                if (i < text.length() && text.charAt(i) == '\r') {
                    i++;
                }
                if (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                line++;
                break;
            }
            if (any) {
                fields.add(field.toString());
                records.add(new Record(recordLine, fields));
            }
        }
        return records;
    }

    private static String slurp(Reader in) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1;) {
                text.append(buffer, 0, n);
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(new FieldError("csv", "the file is not valid UTF-8", null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

}
