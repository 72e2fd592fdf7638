package org.branchdesk.platform.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON in and out with Jackson. A body Jackson cannot read becomes a 400 naming the offending
 * field (never a 500): malformed JSON, a value of the wrong type, an unknown enum value, an
 * unknown field.
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

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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

    /** Translates what Jackson says into the field and message a member of staff can act on. */
    static InvalidInputException invalid(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            if (e instanceof UnrecognizedPropertyException) {
                return new InvalidInputException(field, "unknown field");
            }
            if (e instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return new InvalidInputException(field, "'" + format.getValue() + "' is not one of: " + allowed);
            }
            if (e instanceof InvalidFormatException format) {
                return new InvalidInputException(field, "'" + format.getValue() + "' is not a valid "
                        + format.getTargetType().getSimpleName());
            }
            String message = e.getOriginalMessage();
            int hint = message.indexOf(" (set ");
            // Jackson's advice to developers ("set DeserializationFeature...") is not for the caller
            return new InvalidInputException(field, "invalid value: " + (hint < 0 ? message : message.substring(0, hint)));
        }
        return new InvalidInputException("body", "malformed JSON: " + e.getOriginalMessage());
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
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
}
