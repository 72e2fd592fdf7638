package org.branchdesk.lobby.api;

import java.time.Instant;

import org.branchdesk.customer.api.Customer;

/**
 * A registered arrival and where the customer was sent.
 *
 * @param customer the customer, masked for the caller; null for an unidentified walk-in
 * @param ticket   the queue ticket issued, or null when guidance needs none
 * @param leadId   the lead this arrival opened (premium or potential premium without a manager), or null
 */
public record Arrival(long id, Instant at, ArrivalSource source, VisitPurpose purpose, Customer customer, boolean premium,
        boolean potentialPremium, String manager, Guidance guidance, Ticket ticket, Long leadId, String registeredBy) {
}
