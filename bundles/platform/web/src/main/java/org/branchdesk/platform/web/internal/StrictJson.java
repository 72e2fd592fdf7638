package org.branchdesk.platform.web.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson mapper of {@code /api}, shared by the {@link JsonProvider} and the filters that
 * answer problems themselves (thread-safe once built, so built once).
 * <p>
 * Reading is strict: a value must have the JSON type of its field. Jackson would otherwise turn
 * {@code 123} or {@code true} into a string, {@code "1"} into a number, {@code 1.9} into the
 * whole number 1, and accept a date as a number of days. Dates and instants must lie in the
 * range {@link org.branchdesk.platform.rest.Params} accepts ({@link DateRange}).
 */
final class StrictJson {

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

    private StrictJson() {
    }
}
