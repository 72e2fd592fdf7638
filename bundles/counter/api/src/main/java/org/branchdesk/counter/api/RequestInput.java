package org.branchdesk.counter.api;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the maker submits, or a change replaces.
 *
 * @param type       a {@link RequestType#code()}
 * @param customerId the customer served (客户号); must exist
 * @param amount     as the type's {@link AmountUse} says; positive, at most 2 decimals
 * @param currency   ISO 4217 code; null for the base currency
 * @param fields     the type's fields by name
 * @param ticketId   the lobby ticket this request serves, or null
 * @param clientKey  the maker's key for this submission (1 to 64 printable characters), or null: a
 *                   second submission with the same key is the same request
 * @param note       free text for the checker, or null
 */
public record RequestInput(String type, String customerId, BigDecimal amount, String currency, Map<String, String> fields,
        Long ticketId, String clientKey, String note) {

    public RequestInput {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
