package org.branchdesk.counter.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What core banking receives, after the last approval only: the request as approved, unmasked.
 *
 * @param checkers who approved the version handed over, in order
 */
public record AuthorisedRequest(long id, int version, String type, String customerId, BigDecimal amount, String currency,
        Map<String, String> fields, String maker, List<String> checkers) {

    public AuthorisedRequest {
        fields = Map.copyOf(fields);
        checkers = List.copyOf(checkers);
    }
}
