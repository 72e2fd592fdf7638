package org.branchdesk.platform.web.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Params;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Holds every date and instant read from a body to the range of {@link Params}, and to its text
 * form (not Jackson's array and number forms).
 */
final class DateRange extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        return type == LocalDate.class || type == LocalDateTime.class || type == Instant.class
                || type == OffsetDateTime.class || type == ZonedDateTime.class ? new RangeChecked(deserializer) : deserializer;
    }

    /** A date or instant outside the range of {@link Params}; Jackson adds the path. */
    static final class OutOfRange extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        OutOfRange(JsonParser parser, String message) {
            super(parser, message);
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
