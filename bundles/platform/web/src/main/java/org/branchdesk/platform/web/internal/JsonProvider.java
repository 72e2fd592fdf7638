package org.branchdesk.platform.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;

/**
 * JSON in and out with Jackson, through the strict {@link StrictJson#MAPPER}. A body Jackson
 * cannot read becomes a 400 naming the offending field (never a 500), in our own words
 * ({@link JsonProblems}).
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

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && !isPlain(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        JavaType javaType = StrictJson.MAPPER.getTypeFactory().constructType(genericType);
        try {
            return StrictJson.MAPPER.readValue(entityStream, javaType);
        } catch (InvalidDefinitionException e) {
            throw e; // a type of ours Jackson cannot build: our defect, an incident
        } catch (JsonProcessingException e) {
            throw JsonProblems.invalid(e);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && !isPlain(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        StrictJson.MAPPER.writeValue(entityStream, value);
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
