package org.branchdesk.customer.impl.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
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
    private Map<String, Integer> header;
    /** The record being read: its characters (quotes removed), where each field ends, and its first line. */
    private char[] text = new char[256];
    private int length;
    private int[] ends = new int[16];
    private int fieldCount;
    private int recordLine;
    private int pending = -2; // one character of look-ahead; -2: none
    private int line = 1;

    private CsvReader(Reader in, List<FieldError> errors) {
        this.in = in;
        this.errors = errors;
    }

    /**
     * Opens a file: reads and checks its header row.
     *
     * @param errors where {@link #next()} reports malformed rows; the caller adds its own and
     *               stops at {@link #MAX_ERRORS}
     * @throws InvalidInputException when the file is empty or its header is bad: a missing,
     *                               unknown or repeated column
     */
    public static CsvReader open(Reader in, Set<String> required, Set<String> optional, List<FieldError> errors) {
        CsvReader reader = new CsvReader(in, errors);
        reader.skipByteOrderMark();
        if (!reader.record()) {
            throw new InvalidInputException(errors.isEmpty()
                    ? List.of(new FieldError("csv", "the file is empty: a header row is required", 1))
                    : errors);
        }
        reader.columns = Arrays.stream(reader.fields()).map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        checkHeader(reader.columns, required, optional, reader.recordLine, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < reader.columns.size(); i++) {
            index.put(reader.columns.get(i), i);
        }
        reader.header = Map.copyOf(index);
        return reader;
    }

    /**
     * The next well-formed row, or null at the end of the file (or of a quote never closed, or
     * once there are {@link #MAX_ERRORS} errors). A row with the wrong number of fields, or text
     * after a closing quote, is reported into the errors and skipped.
     */
    public CsvRow next() {
        for (;;) {
            int before = errors.size();
            if (before >= MAX_ERRORS || !record()) {
                return null;
            }
            if (errors.size() > before) {
                continue;
            }
            if (fieldCount != columns.size()) {
                errors.add(new FieldError("csv", fieldCount + " fields where the header has " + columns.size(), recordLine));
                continue;
            }
            return new CsvRow(recordLine, header, fields());
        }
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

    /**
     * Reads the next record that is not a blank line into {@link #text} and {@link #ends};
     * false at the end of the file or of a never-closed quote.
     */
    private boolean record() {
        for (;;) {
            if (peek() == -1) {
                return false;
            }
            recordLine = line;
            length = 0;
            fieldCount = 0;
            int fieldStart = 0;
            boolean quoted = false;
            for (;;) {
                int c = read();
                if (c == '"' && length == fieldStart) {
                    quoted = true;
                    if (!quotedValue()) {
                        return false;
                    }
                    c = peek();
                    if (c != ',' && c != '\r' && c != '\n' && c != -1) {
                        errors.add(new FieldError(column(fieldCount), "text after a closing quote; double a quote inside"
                                + " a quoted value", recordLine));
                    }
                    continue;
                }
                if (c == ',') {
                    endField();
                    fieldStart = length;
                } else if (c == -1 || lineBreak(c)) {
                    break;
                } else {
                    append((char) c);
                }
            }
            endField();
            boolean blank = fieldCount == 1 && !quoted && new String(text, 0, length).isBlank();
            if (!blank) {
                return true;
            }
        }
    }

    private void append(char c) {
        if (length == text.length) {
            text = Arrays.copyOf(text, length * 2);
        }
        text[length++] = c;
    }

    private void endField() {
        if (fieldCount == ends.length) {
            ends = Arrays.copyOf(ends, fieldCount * 2);
        }
        ends[fieldCount++] = length;
    }

    /** The fields of the record just read. */
    private String[] fields() {
        String[] fields = new String[fieldCount];
        for (int i = 0, start = 0; i < fieldCount; start = ends[i], i++) {
            fields[i] = new String(text, start, ends[i] - start);
        }
        return fields;
    }

    /** Reads up to the closing quote; false when the file ends first. Line breaks inside become LF. */
    private boolean quotedValue() {
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
                append('"');
            } else if (lineBreak(c)) {
                append('\n');
            } else {
                append((char) c);
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
