package org.branchdesk.customer.impl.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentReason;
import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerInput;
import org.branchdesk.customer.impl.internal.jpa.CardEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Creating and changing one customer: the input checked ({@link InputValidation}), an identity
 * document and a card kept to one customer, the manager an active customer manager, and the
 * change audited. A new customer's manager is their first assignment ({@link AssignmentStore});
 * a change never changes the manager: that is the assignment service's.
 */
final class CustomerWrites {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TransactionControl tx;
    private final EntityManager em;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final CustomerReads reads;
    private final AssignmentStore assignments;
    private final AssignmentEvents events;
    private final Clock clock = Clock.systemUTC();

    CustomerWrites(TransactionControl tx, EntityManager em, AuditLog audit, StaffDirectory staff, CustomerReads reads,
            AssignmentStore assignments, AssignmentEvents events) {
        this.tx = tx;
        this.em = em;
        this.audit = audit;
        this.staff = staff;
        this.reads = reads;
        this.assignments = assignments;
        this.events = events;
    }

    Customer create(CustomerInput input, Caller caller) {
        InputValidation.customer(input);
        return tx.required(() -> {
            String id = input.id() == null || input.id().isBlank() ? newId() : input.id().trim();
            if (em.find(CustomerEntity.class, id) != null) {
                throw new ConflictException("id", "customer " + id + " already exists");
            }
            CustomerEntity e = new CustomerEntity();
            e.id = id;
            Customers.copyIdentity(input, e);
            checkUnique(e);
            checkManager(e.manager);
            String manager = e.manager;
            e.manager = null; // the assignment below gives it, as the only way a manager is given
            em.persist(e);
            Customers.cards(e.cards).forEach(card -> em.persist(new CardEntity(card, id)));
            em.flush(); // a constraint the checks could not see fails here, before the log says it was created
            audit.record(caller, id, "CREATE", null);
            if (manager != null) {
                Assignment first = assignments.assign(id, manager, null, AssignmentReason.ALLOCATION, JpaAssignmentService.BY_HAND,
                        caller.username(), clock.millis());
                events.assignedAfterCommit(List.of(first));
                em.refresh(e);
            }
            return reads.shown(e, caller, "CREATE");
        });
    }

    Customer update(String id, CustomerInput input, Caller caller) {
        InputValidation.customer(input);
        if (input.id() != null && !input.id().isBlank() && !input.id().trim().equals(id)) {
            throw new InvalidInputException("id", "does not match the customer in the path (" + id + ")");
        }
        return tx.required(() -> {
            CustomerEntity e = reads.find(id);
            // check on a copy: a changed managed entity would be flushed by the checks' queries
            CustomerEntity candidate = new CustomerEntity();
            candidate.id = id;
            Customers.copyIdentity(input, candidate);
            if (candidate.manager != null && !candidate.manager.equals(e.manager)) {
                throw new InvalidInputException("manager", "a customer's manager changes through POST /api/customers/" + id
                        + "/assignments (the centre head), not here; leave manager out or send the current one");
            }
            checkUnique(candidate);
            List<String> formerCards = Customers.cards(e.cards);
            String manager = e.manager;
            Customers.copyIdentity(input, e);
            e.manager = manager; // left out (null) keeps the manager: only assignments change it
            if (!formerCards.isEmpty()) {
                // by card number (the key), from the customer's own list: no index on the owner needed
                em.createQuery("DELETE FROM CardEntity c WHERE c.cardNumber IN :cards AND c.customerId = :id")
                        .setParameter("cards", formerCards).setParameter("id", id).executeUpdate();
            }
            Customers.cards(e.cards).forEach(card -> em.persist(new CardEntity(card, id)));
            em.flush();
            audit.record(caller, id, "UPDATE", null);
            return reads.shown(e, caller, "UPDATE");
        });
    }

    private void checkUnique(CustomerEntity e) {
        List<String> owners = em.createQuery(
                "SELECT c.id FROM CustomerEntity c WHERE c.idType = :t AND c.idNumber = :n AND c.id <> :id", String.class)
                .setParameter("t", e.idType).setParameter("n", e.idNumber).setParameter("id", e.id).getResultList();
        if (!owners.isEmpty()) {
            throw new ConflictException("idNumber", "this identity document belongs to customer " + owners.get(0));
        }
        for (String card : Customers.cards(e.cards)) {
            CardEntity owner = em.find(CardEntity.class, card);
            if (owner != null && !owner.customerId.equals(e.id)) {
                throw new ConflictException("cardNumbers", "card " + card + " belongs to customer " + owner.customerId);
            }
        }
    }

    private void checkManager(String manager) {
        if (manager != null && staff.find(manager).filter(s -> s.active() && s.roles().contains(Role.CUSTOMER_MANAGER)).isEmpty()) {
            throw new InvalidInputException("manager", "'" + manager + "' is not an active customer manager");
        }
    }

    private String newId() {
        for (;;) {
            String id = "C" + (1_000_000_000L + Math.floorMod(RANDOM.nextLong(), 9_000_000_000L));
            if (em.find(CustomerEntity.class, id) == null) {
                return id;
            }
        }
    }
}
