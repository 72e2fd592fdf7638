package org.branchdesk.counter.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A counter service request as the caller may see it: identifier fields masked unless the
 * caller's role processes requests.
 *
 * @param version         starts at 1, one more with every change; approvals are of a version
 * @param premium         the customer was premium (PRIVATE, HIGH, MID) when submitted: the inbox serves them first
 * @param baseAmount      the amount in the base currency at the configured rate, or null
 * @param requirement     what the policy asks of it
 * @param approvals       the approvals of the current version
 * @param ticketId        the lobby ticket it serves, or null
 * @param calledAt        when that ticket was called (service time runs from here), or null
 * @param decidedBy       who rejected it, or gave its last approval; null until then
 * @param reason          the rejection's or withdrawal's reason, or the hand-over failure, or null
 * @param coreReference   core banking's reference once completed
 */
public record ServiceRequest(long id, int version, String type, String customerId, boolean premium, BigDecimal amount,
        String currency, BigDecimal baseAmount, Map<String, String> fields, String note, RequestStatus status, String maker,
        Instant submittedAt, Instant expiresAt, Requirement requirement, List<Approval> approvals, Long ticketId,
        Instant calledAt, String decidedBy, Instant decidedAt, String reason, String coreReference, Instant completedAt) {

    public ServiceRequest {
        fields = Map.copyOf(fields);
        approvals = List.copyOf(approvals);
    }
}
