package org.branchdesk.platform.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
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

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON in and out with Jackson. A body Jackson cannot read becomes a 400 naming the offending
 * field (never a 500), in our own words: Jackson's messages name Java types and are not shown.
 * <p>
 * Reading is strict: a value must have the JSON type of its field. Jackson would otherwise turn
 * {@code 123} or {@code true} into a string, {@code "1"} into a number, {@code 1.9} into the
 * whole number 1, and accept a date as a number of days. Dates and instants must lie in the
 * range {@link Params} accepts.
 */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class })
@JaxrsExtension
@JaxrsName(JsonProvider.NAME)
@JaxrsMediaType({ MediaType.APPLICATION_JSON, BranchdeskApi.PROBLEM_JSON })
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json" })
@Produces({ MediaType.APPLICATION_JSON, "application/*+json" })
public final class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    static final String NAME = "branchdesk.json";

    /** Longest piece of the caller's input quoted back in a message. */
    private static final int QUOTE_LIMIT = 60;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("branchdesk.date-range").setDeserializerModifier(new DateRange()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // no "1" for a number or a boolean, no "" for a date
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // no 1.9 for a whole number
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // no 123, 1.5 or true for a string (Jackson's one coercion not governed by the above)
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            // no number of days or seconds for a date or an instant
            .defaultLeniency(false)
            .build();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && !isPlain(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        JavaType javaType = MAPPER.getTypeFactory().constructType(genericType);
        try {
            return MAPPER.readValue(entityStream, javaType);
        } catch (InvalidDefinitionException e) {
            throw e; // a type of ours Jackson cannot build: our defect, an incident
        } catch (JsonProcessingException e) {
            throw invalid(e);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && !isPlain(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        MAPPER.writeValue(entityStream, value);
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
        if (e instanceof OutOfRange range) {
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

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && ("json".equals(mediaType.getSubtype()) || mediaType.getSubtype().endsWith("+json"));
    }

    /** Streams and strings are passed through as they are by the JAX-RS runtime. */
    private static boolean isPlain(Class<?> type) {
        return type == String.class || InputStream.class.isAssignableFrom(type) || java.io.Reader.class.isAssignableFrom(type)
                || type == byte[].class;
    }

    /** A date or instant outside the range of {@link Params}; Jackson adds the path. */
    static final class OutOfRange extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        OutOfRange(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** Holds every date and instant read from a body to the range of {@link Params}. */
    private static final class DateRange extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return type == LocalDate.class || type == LocalDateTime.class || type == Instant.class
                    || type == OffsetDateTime.class || type == ZonedDateTime.class ? new RangeChecked(deserializer) : deserializer;
        }
    }

    private static final class RangeChecked extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        RangeChecked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new RangeChecked(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) { // not Jackson's array and number forms: the API documents text
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            Object value = super.deserialize(p, ctxt);
            try {
                if (value instanceof LocalDate date) {
                    Params.checked("value", date);
                } else if (value instanceof LocalDateTime dateTime) {
                    Params.checked("value", dateTime.toLocalDate());
                } else if (value instanceof Instant instant) {
                    Params.checked("value", instant);
                } else if (value instanceof OffsetDateTime offset) {
                    Params.checked("value", offset.toInstant());
                } else if (value instanceof ZonedDateTime zoned) {
                    Params.checked("value", zoned.toInstant());
                }
            } catch (InvalidInputException e) {
                throw new OutOfRange(p, e.errors().get(0).message());
            }
            return value;
        }
    }
}
