package org.branchdesk.lobby.impl.internal;

import java.util.EnumMap;
import java.util.Map;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.Identifier;
import org.branchdesk.lobby.api.ArrivalRequest;
import org.branchdesk.lobby.api.ArrivalSource;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;

/** Who has arrived, and where they were registered: one identifier, asked of the customer module. */
final class Identification {

    private final CustomerService customers;

    Identification(CustomerService customers) {
        this.customers = customers;
    }

    /** The place of registration: the lobby unless given; a teller must say which counter. */
    static ArrivalSource source(ArrivalSource given, Caller caller) {
        if (given != null) {
            return given;
        }
        if (caller.has(Role.TELLER) && !caller.has(Role.LOBBY_MANAGER)) {
            throw new InvalidInputException("source", "tellers register arrivals at CASH_COUNTER or NON_CASH_COUNTER");
        }
        return ArrivalSource.LOBBY;
    }

    /** The customer named by the request's one identifier, {@code null} for an unidentified walk-in. */
    Customer identify(ArrivalRequest r, Caller caller) {
        Map<Identifier, String> given = new EnumMap<>(Identifier.class);
        putIfGiven(given, Identifier.CUSTOMER_ID, r.customerId());
        putIfGiven(given, Identifier.CARD_NUMBER, r.cardNumber());
        putIfGiven(given, Identifier.ID_NUMBER, r.idNumber());
        putIfGiven(given, Identifier.PHONE, r.phone());
        if (given.isEmpty()) {
            return null; // an unidentified walk-in
        }
        if (given.size() > 1) {
            throw new InvalidInputException("identifier", "give one of customerId, cardNumber, idNumber, phone, not " + given.keySet());
        }
        Map.Entry<Identifier, String> id = given.entrySet().iterator().next();
        return customers.identify(id.getKey(), id.getValue(), caller)
                .orElseThrow(() -> new NotFoundException("customer with this " + id.getKey().name().toLowerCase().replace('_', ' '), "given"));
    }

    private static void putIfGiven(Map<Identifier, String> map, Identifier kind, String value) {
        if (value != null && !value.isBlank()) {
            map.put(kind, value.trim());
        }
    }
}
