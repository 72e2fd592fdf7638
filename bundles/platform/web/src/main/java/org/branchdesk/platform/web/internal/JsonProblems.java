package org.branchdesk.platform.web.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.branchdesk.platform.api.InvalidInputException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What Jackson found wrong in a body, as a 400 naming the offending field in our own words:
 * Jackson's messages name Java types and are not shown.
 */
final class JsonProblems {

    /** Longest piece of the caller's input quoted back in a message. */
    private static final int QUOTE_LIMIT = 60;

    private JsonProblems() {
    }

    /**
     * Translates what Jackson found into the field and a message a member of staff can act on.
     * The field is the path into the body ({@code roles[0]}, {@code address.city}), or
     * {@code body} for the body as a whole.
     */
    static InvalidInputException invalid(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String field = path.isEmpty() ? "body" : path;
        InvalidInputException ours = causeOf(e, InvalidInputException.class);
        if (ours != null) { // a record's constructor refused a value
            return path.isEmpty() ? ours : new InvalidInputException(path + "." + ours.field(), ours.errors().get(0).message());
        }
        if (e instanceof DateRange.OutOfRange range) {
            return new InvalidInputException(field, range.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new InvalidInputException(field, known.isEmpty() ? "is not a field here"
                    : "is not a field here; the fields are: " + known);
        }
        if (e instanceof InvalidFormatException format) {
            return new InvalidInputException(field, "'" + quote(format.getValue()) + "' is not " + expected(format.getTargetType()));
        }
        InputCoercionException overflow = causeOf(e, InputCoercionException.class);
        if (overflow != null) {
            return new InvalidInputException(field, "the number is out of range: expected " + expected(overflow.getTargetType()));
        }
        if (causeOf(e, StreamConstraintsException.class) != null) {
            return new InvalidInputException(field, "the value is longer than this API accepts");
        }
        if (e instanceof MismatchedInputException mismatch) {
            JsonToken found = currentToken(e);
            Class<?> target = mismatch.getTargetType();
            if (found == null && path.isEmpty()) {
                return new InvalidInputException("body", "the body is empty: expected " + expected(target));
            }
            if (found == JsonToken.END_OBJECT && !path.isEmpty()) { // a field the creator needs was left out
                return new InvalidInputException(field, "is required: expected " + expected(target));
            }
            if (found == JsonToken.VALUE_NULL) {
                return new InvalidInputException(field, "must not be null: expected " + expected(target));
            }
            return new InvalidInputException(field, "expected " + expected(target) + (found == null ? "" : ", not " + describe(found)));
        }
        if (e instanceof JsonMappingException) {
            return new InvalidInputException(field, "is not a valid value here");
        }
        return malformed(e);
    }

    /** JSON that does not parse at all: where it breaks, never Jackson's wording. */
    private static InvalidInputException malformed(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field '")) {
            int end = message.indexOf('\'', "Duplicate field '".length());
            String name = end < 0 ? "" : message.substring("Duplicate field '".length(), end);
            return new InvalidInputException(name.isEmpty() ? "body" : quote(name), "appears twice in the same object");
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        if (e instanceof JsonEOFException) {
            return new InvalidInputException("body", "the body ends before its JSON is complete" + where);
        }
        return new InvalidInputException("body", "the body is not well-formed JSON" + where);
    }

    /** What a field of this type takes, in the words of the API's documentation. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == String.class || type == char.class || type == Character.class || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == short.class || type == Short.class || type == byte.class || type == Byte.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date like 2026-11-22";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an instant like 2026-11-22T08:00:00Z";
        }
        if (type == LocalDateTime.class) {
            return "a date and time like 2026-11-22T08:00:00";
        }
        if (type == LocalTime.class) {
            return "a time like 08:30";
        }
        if (type == YearMonth.class) {
            return "a month like 2026-11";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a different value";
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
                return "a whole number";
            case VALUE_NUMBER_FLOAT:
                return "a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return token.asString();
            case START_ARRAY:
            case END_ARRAY:
                return "a list";
            case START_OBJECT:
            case END_OBJECT:
            case FIELD_NAME:
                return "an object";
            default:
                return "this value";
        }
    }

    /** The token the parser stood on when the value was refused: what the caller sent. */
    private static JsonToken currentToken(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "...";
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(quote(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
