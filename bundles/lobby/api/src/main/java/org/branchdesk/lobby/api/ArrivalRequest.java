package org.branchdesk.lobby.api;

/**
 * An arrival to register: at most one identifier (none for an unidentified walk-in), and why
 * the customer came. Tellers give the counter as {@code source}; the lobby is the default.
 */
public record ArrivalRequest(String customerId, String cardNumber, String idNumber, String phone, VisitPurpose purpose,
        ArrivalSource source) {
}
