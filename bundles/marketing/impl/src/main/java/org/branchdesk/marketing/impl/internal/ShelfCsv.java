package org.branchdesk.marketing.impl.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.marketing.api.Issuer;
import org.branchdesk.marketing.api.ProductInput;
import org.branchdesk.marketing.api.RiskRating;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * The shelf's CSV file, read into product inputs with the line each starts on (the header is
 * line 1). RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF;
 * a UTF-8 byte order mark and blank lines are ignored; header names are case-insensitive.
 * Values that do not parse are reported by line and column; the product rules come after
 * ({@link ShelfRules}).
 */
final class ShelfCsv {

    static final List<String> COLUMNS = List.of("code", "name", "family", "issuer", "risk", "minimum_amount", "term_days", "sale_from",
            "sale_to", "segments", "channels");
    static final Set<String> REQUIRED = Set.of("code", "name", "family", "issuer", "risk");
    /** A shelf is a few hundred products; a file far beyond is not a shelf. */
    static final int MOST_ROWS = 10_000;
    static final int MOST_ERRORS = 100;
    /** The longest a field may be before it is an error (the longest column is 1,000). */
    static final int MOST_FIELD = 2_000;

    /** One data row: its line and what it puts on the shelf. */
    record Row(int line, ProductInput input) {
    }

    private ShelfCsv() {
    }

    /** The rows of a file; the errors of its values into {@code errors}; a bad header or an unreadable file is thrown. */
    static List<Row> read(Reader in, List<FieldError> errors) {
        List<Record> records = records(in, errors);
        if (records.isEmpty()) {
            throw new InvalidInputException(errors.isEmpty() ? List.of(new FieldError("csv", "the file is empty: a header row is required", 1))
                    : errors);
        }
        Record head = records.get(0);
        Map<String, Integer> index = new HashMap<>();
        List<FieldError> headerErrors = new ArrayList<>();
        for (int i = 0; i < head.fields.size(); i++) {
            String column = head.fields.get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                headerErrors.add(new FieldError(column.isEmpty() ? "csv" : column, "unknown column; allowed: " + String.join(", ", COLUMNS),
                        head.line));
            } else if (index.putIfAbsent(column, i) != null) {
                headerErrors.add(new FieldError(column, "the column appears twice", head.line));
            }
        }
        for (String column : COLUMNS) {
            if (REQUIRED.contains(column) && !index.containsKey(column)) {
                headerErrors.add(new FieldError(column, "required column is missing", head.line));
            }
        }
        if (!headerErrors.isEmpty()) {
            throw new InvalidInputException(headerErrors);
        }
        List<Row> rows = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            if (r.fields.size() != head.fields.size()) {
                errors.add(new FieldError("csv", r.fields.size() + " fields where the header has " + head.fields.size(), r.line));
                continue;
            }
            Cells cells = new Cells(r, index, errors);
            ProductInput input = new ProductInput(cells.text("code"), cells.text("name"), cells.text("family"),
                    cells.oneOf("issuer", Issuer.class), cells.oneOf("risk", RiskRating.class), cells.amount("minimum_amount"),
                    cells.integer("term_days"), cells.date("sale_from"), cells.date("sale_to"), cells.segments("segments"),
                    cells.list("channels"));
            if (!cells.bad) {
                rows.add(new Row(r.line, input));
            }
        }
        return rows;
    }

    /** The cells of one row, parsed; a cell that does not parse is an error of its line, and the row is bad. */
    private static final class Cells {
        private final Record record;
        private final Map<String, Integer> index;
        private final List<FieldError> errors;
        boolean bad;

        Cells(Record record, Map<String, Integer> index, List<FieldError> errors) {
            this.record = record;
            this.index = index;
            this.errors = errors;
        }

        String text(String column) {
            Integer i = index.get(column);
            String v = i == null ? null : record.fields.get(i).trim();
            return v == null || v.isEmpty() ? null : v;
        }

        private void error(String column, String message) {
            bad = true;
            errors.add(new FieldError(column, message, record.line));
        }

        <E extends Enum<E>> E oneOf(String column, Class<E> type) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(column, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        BigDecimal amount(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                error(column, "'" + v + "' is not an amount, e.g. 50000.00");
                return null;
            }
        }

        Integer integer(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                error(column, "'" + v + "' is not a whole number of days");
                return null;
            }
        }

        LocalDate date(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                error(column, "'" + v + "' is not a date YYYY-MM-DD");
                return null;
            }
        }

        List<String> list(String column) {
            String v = text(column);
            return v == null ? null : Arrays.stream(v.split("\\|", -1)).map(String::trim).toList();
        }

        List<Segment> segments(String column) {
            List<String> names = list(column);
            if (names == null) {
                return null;
            }
            List<Segment> segments = new ArrayList<>();
            for (String n : names) {
                try {
                    segments.add(Segment.valueOf(n.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    error(column, "'" + n + "' is not one of " + Arrays.toString(Segment.values()));
                    return null;
                }
            }
            return segments;
        }
    }

    /** One record of the file: its fields and the line it starts on. */
    private record Record(int line, List<String> fields) {
    }

    private static List<Record> records(Reader in, List<FieldError> errors) {
        List<Record> records = new ArrayList<>();
        try {
            int line = 1;
            int c = in.read();
            if (c == '\uFEFF') {
                c = in.read();
            }
            while (c != -1) {
                int start = line;
                List<String> fields = new ArrayList<>();
                StringBuilder field = new StringBuilder();
                boolean quoted = false;
                boolean afterQuote = false;
                boolean tooLong = false;
                boolean malformed = false;
                // one record: until an unquoted line break or the end
                while (c != -1) {
                    if (quoted) {
                        if (c == '"') {
                            int next = in.read();
                            if (next == '"') {
                                field.append('"');
                            } else {
                                quoted = false;
                                afterQuote = true;
                                c = next;
                                continue;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            field.append((char) c);
                        }
                    } else if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                        afterQuote = false;
                    } else if (c == '\r' || c == '\n') {
                        if (c == '\r') {
                            int next = in.read();
                            if (next != '\n') {
                                c = next;
                                line++;
                                break;
                            }
                        }
                        c = in.read();
                        line++;
                        break;
                    } else if (c == '"' && field.length() == 0 && !afterQuote) {
                        quoted = true;
                    } else if (afterQuote) {
                        malformed = true;
                    } else {
                        field.append((char) c);
                    }
                    if (field.length() > MOST_FIELD) {
                        tooLong = true;
                        field.setLength(0);
                    }
                    c = in.read();
                }
                if (quoted) {
                    errors.add(new FieldError("csv", "a quoted field is never closed", start));
                    return records;
                }
                fields.add(field.toString());
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue; // a blank line
                }
                if (malformed) {
                    errors.add(new FieldError("csv", "text after a closing quote", start));
                } else if (tooLong) {
                    errors.add(new FieldError("csv", "a field is longer than " + MOST_FIELD + " characters", start));
                } else {
                    records.add(new Record(start, fields));
                }
                if (records.size() > MOST_ROWS + 1) {
                    errors.add(new FieldError("csv", "more than " + MOST_ROWS + " rows: a shelf file is smaller", start));
                    return records;
                }
                if (errors.size() >= MOST_ERRORS) {
                    return records;
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("csv", "the file could not be read as UTF-8 text");
        }
        return records;
    }
}
