package org.branchdesk.counter.api;

import java.util.List;

/**
 * A request type as staff see it.
 *
 * @param provider {@code built-in}, or the symbolic name of the integrator's bundle
 */
public record RequestTypeInfo(String code, String title, AmountUse amount, List<FieldSpec> fields, boolean selfServiceCapable,
        String provider) {

    public RequestTypeInfo {
        fields = List.copyOf(fields);
    }
}
