package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentReason;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.StaffDeparture;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * A leaving manager's customers, moved in the disabling's own transaction ({@link ManagerDeparture}
 * joins it): all to the named successor, or each by the allocation rules, or the disabling is
 * refused. A failure on any customer rolls back every move and the disabling with them.
 */
final class Departures {

    private static final String HELD = Sql.select(CustomerEntity.TABLE, List.of(CustomerEntity.ID), CustomerEntity.MANAGER);

    private final TransactionControl tx;
    private final EntityManager em;
    private final StaffDirectory staff;
    private final AssignmentStore store;
    private final Allocation allocation;
    private final AssignmentEvents events;
    private final Clock clock;

    Departures(TransactionControl tx, EntityManager em, StaffDirectory staff, AssignmentStore store, Allocation allocation,
            AssignmentEvents events, Clock clock) {
        this.tx = tx;
        this.em = em;
        this.staff = staff;
        this.store = store;
        this.allocation = allocation;
        this.events = events;
        this.clock = clock;
    }

    String depart(String leaver, String successor, Caller actor) {
        return Conflicts.writing("successor", null, () -> tx.required(() -> {
            Connection db = Jdbc.connection(em);
            List<String> held = new ArrayList<>();
            Jdbc.lookUp(db, List.of(leaver), HELD, HELD, rs -> held.add(rs.getString(1)));
            if (held.isEmpty()) {
                return null;
            }
            if (successor == null || successor.isBlank()) {
                throw new ConflictException("successor", leaver + " holds " + held.size() + " customers: the request must name a "
                        + "successor, {\"successor\":\"<an active customer manager>\"}, or {\"successor\":\"rules\"} to place them "
                        + "by the allocation rules");
            }
            long now = clock.millis();
            List<AssignmentStore.Move> moved;
            String account;
            if (StaffDeparture.BY_RULES.equals(successor)) {
                Allocation.Result result = allocation.departure(db, leaver, actor.username(), now);
                moved = result.moves();
                events.allocatedAfterCommit(result.run().id(), result.run().allocated());
                account = moved.size() + " customers by the allocation rules (run " + result.run().id() + "): "
                        + AssignmentReads.joined(result.run().byManager());
            } else {
                String to = successor.trim();
                if (to.equals(leaver)) {
                    throw new InvalidInputException("successor", "the successor must be another customer manager than " + leaver);
                }
                ManagerProfiles.requireActive(staff, "successor", to);
                moved = store.write(db, held.stream().map(id -> new AssignmentStore.Move(id, to, leaver, AssignmentReason.MANAGER_LEFT,
                        JpaAssignmentService.SUCCESSOR)).toList(), now, actor.username(), null, true);
                account = moved.size() + " customers to " + to;
            }
            Map<String, Long> ids = AssignmentStore.openIds(db, Allocation.customers(moved));
            events.assignedAfterCommit(moved.stream().map(m -> new Assignment(ids.getOrDefault(m.customerId(), 0L), m.customerId(),
                    m.manager(), m.previousManager(), Instant.ofEpochMilli(now), null, m.reason(), m.rule(), actor.username(),
                    null)).toList());
            return account;
        }));
    }
}
