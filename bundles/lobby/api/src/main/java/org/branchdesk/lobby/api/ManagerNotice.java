package org.branchdesk.lobby.api;

import java.time.Instant;

/** Tells a customer manager that their premium customer has arrived and where they were sent. */
public record ManagerNotice(long id, String manager, String customerId, String customerName, ServicePoint servicePoint,
        VisitPurpose purpose, Instant at) {
}
