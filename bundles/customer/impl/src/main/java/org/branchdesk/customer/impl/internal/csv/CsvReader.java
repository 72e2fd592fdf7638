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
 * breaks; CRLF or LF; a UTF-8 byte order mark and blank lines are ignored. Header names are
 * case-insensitive and checked against the columns the file kind requires and allows. A row's
 * line is the physical line it starts on, the header being line 1, so that errors point into
 * the file as an editor shows it.
 */
public final class CsvReader {

    /** Enough errors to fix a file by, few enough to read. */
    static final int MAX_ERRORS = 100;

    private final Reader in;
    /** Characters read ahead in blocks: a Reader's read() takes a lock per character. */
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private final List<FieldError> errors;
    private List<String> columns = List.of();
    private int pending = -2; // one character of look-ahead; -2: none
    private int line = 1;

    private CsvReader(Reader in, List<FieldError> errors) {
        this.in = in;
        this.errors = errors;
    }

    /**
     * Reads the whole file into rows keyed by lower-cased column name.
     *
     * @throws InvalidInputException with every problem found (up to 100): a missing, unknown or
     *                               repeated column, a row with the wrong number of fields, a
     *                               quote that is never closed or text after a closing quote
     */
    public static List<CsvRow> read(Reader in, Set<String> required, Set<String> optional) {
        List<FieldError> errors = new ArrayList<>();
        CsvReader reader = new CsvReader(in, errors);
        reader.skipByteOrderMark();
        RawRecord header = reader.next();
        if (header == null) {
            throw new InvalidInputException(errors.isEmpty()
                    ? List.of(new FieldError("csv", "the file is empty: a header row is required", 1))
                    : errors);
        }
        reader.columns = header.fields.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        checkHeader(reader.columns, required, optional, header.line, errors);
        Map<String, Integer> index = new HashMap<>();
        for (int i = reader.columns.size() - 1; i >= 0; i--) {
            index.put(reader.columns.get(i), i); // a repeated column fails the file (checkHeader)
        }
        Map<String, Integer> byName = Map.copyOf(index);
        List<CsvRow> rows = new ArrayList<>();
        for (RawRecord r; errors.size() < MAX_ERRORS && (r = reader.next()) != null;) {
            if (r.fields.size() != reader.columns.size()) {
                errors.add(new FieldError("csv", r.fields.size() + " fields where the header has " + reader.columns.size(), r.line));
                continue;
            }
            rows.add(new CsvRow(r.line, byName, r.fields.toArray(new String[0])));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        }
        return rows;
    }

    private static void checkHeader(List<String> columns, Set<String> required, Set<String> optional, int line,
            List<FieldError> errors) {
        Set<String> allowed = new LinkedHashSet<>(required);
        allowed.addAll(optional);
        Set<String> seen = new LinkedHashSet<>();
        for (String column : columns) {
            if (column.isEmpty()) {
                errors.add(new FieldError("csv", "a column has no name; allowed: " + String.join(", ", allowed), line));
            } else if (!allowed.contains(column)) {
                errors.add(new FieldError(column, "unknown column; allowed: " + String.join(", ", allowed), line));
            } else if (!seen.add(column)) {
                errors.add(new FieldError(column, "the column appears twice", line));
            }
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                errors.add(new FieldError(column, "required column is missing", line));
            }
        }
    }

    private record RawRecord(int line, List<String> fields) {
    }

    /** The next record that is not a blank line, or null at the end of the file or of a never-closed quote. */
    private RawRecord next() {
        for (;;) {
            if (peek() == -1) {
                return null;
            }
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (;;) {
                int c = read();
                if (c == '"' && field.isEmpty()) {
                    quoted = true;
                    if (!quotedValue(field, start)) {
                        return null;
                    }
                    c = peek();
                    if (c != ',' && c != '\r' && c != '\n' && c != -1) {
                        errors.add(new FieldError(column(fields.size()), "text after a closing quote; double a quote inside"
                                + " a quoted value", start));
                    }
                    continue;
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == -1 || lineBreak(c)) {
                    break;
                } else {
                    field.append((char) c);
                }
            }
            fields.add(field.toString());
            boolean blank = fields.size() == 1 && !quoted && fields.get(0).isBlank();
            if (!blank) {
                return new RawRecord(start, fields);
            }
        }
    }

    /** Reads up to the closing quote; false when the file ends first. Line breaks inside become LF. */
    private boolean quotedValue(StringBuilder field, int recordLine) {
        for (;;) {
            int c = read();
            if (c == -1) {
                errors.add(new FieldError("csv", "a quoted value is never closed", recordLine));
                return false;
            }
            if (c == '"') {
                if (peek() != '"') {
                    return true;
                }
                read();
                field.append('"');
            } else if (lineBreak(c)) {
                field.append('\n');
            } else {
                field.append((char) c);
            }
        }
    }

    /** Consumes a whole CR, LF or CRLF and counts the line. */
    private boolean lineBreak(int c) {
        if (c == '\r' && peek() == '\n') {
            read();
        } else if (c != '\r' && c != '\n') {
            return false;
        }
        line++;
        return true;
    }

    private String column(int index) {
        return index < columns.size() ? columns.get(index) : "csv";
    }

    private void skipByteOrderMark() {
        if (peek() == '\uFEFF') {
            read();
        }
    }

    private int peek() {
        if (pending == -2) {
            pending = readRaw();
        }
        return pending;
    }

    private int read() {
        int c = peek();
        pending = -2;
        return c;
    }

    private int readRaw() {
        try {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[position++];
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(new FieldError("csv", "the file is not valid UTF-8", line)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
