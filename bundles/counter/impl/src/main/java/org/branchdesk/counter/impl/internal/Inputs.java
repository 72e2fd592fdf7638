package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.branchdesk.counter.api.RequestInput;
import org.branchdesk.counter.api.Requirement;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;

/**
 * A submission's or change's input checked and completed, before anything is written: the type
 * known, the fields by their specs, amount and currency, note and client key; then the amount in
 * the base currency and the policy's requirement.
 */
final class Inputs {

    /** The content as it is stored. */
    record Content(String type, String customerId, Map<String, String> fields, BigDecimal amount, String currency,
            BigDecimal baseAmount, Requirement requirement, String note, String clientKey, String contentKey) {
    }

    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7E]{1,64}");
    private static final Pattern CUSTOMER = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final TypeRegistry types;

    Inputs(TypeRegistry types) {
        this.types = types;
    }

    Content check(RequestInput input) {
        if (input == null) {
            throw new InvalidInputException("type", "is required: the request's body is missing");
        }
        List<FieldError> errors = new ArrayList<>();
        TypeRegistry.Registered type = types.type(input.type());
        if (type == null) {
            errors.add(new FieldError("type", input.type() == null || input.type().isBlank() ? "is required"
                    : "'" + shown(input.type()) + "' is not a request type: GET /api/counter/types lists them"));
        }
        if (input.customerId() == null || !CUSTOMER.matcher(input.customerId().trim()).matches()) {
            errors.add(new FieldError("customerId", "is required: the customer's number, 1 to 32 letters, digits, '-' or '_'"));
        }
        String note = TextRules.check(errors, "note", input.note(), false, 1000, true);
        String clientKey = input.clientKey();
        if (clientKey != null && !PRINTABLE.matcher(clientKey).matches()) {
            errors.add(new FieldError("clientKey", "is not 1 to 64 printable characters without spaces"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        FieldChecks.Checked c = FieldChecks.require(type.type(), input.fields(), input.amount(), input.currency());
        String currency = c.amount() == null ? null : c.currency() == null ? TemporaryPorts.baseCurrency() : c.currency();
        BigDecimal base = c.amount() == null ? null : TemporaryPorts.toBase(c.amount(), currency);
        Requirement requirement = TemporaryPorts.requirement(type.type().code(), base);
        String customerId = input.customerId().trim();
        return new Content(type.type().code(), customerId, c.fields(), c.amount(), currency, base, requirement, note, clientKey,
                ContentKey.of(type.type().code(), customerId, c.amount(), currency, c.fields()));
    }

    private static String shown(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
