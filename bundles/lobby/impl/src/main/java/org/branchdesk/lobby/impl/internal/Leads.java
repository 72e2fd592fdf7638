package org.branchdesk.lobby.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.Identifier;
import org.branchdesk.lobby.api.ArrivalSource;
import org.branchdesk.lobby.api.Lead;
import org.branchdesk.lobby.api.LeadStatus;
import org.branchdesk.lobby.impl.internal.jpa.LeadEntity;
import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.api.BranchProfile;
import org.branchdesk.platform.api.BranchTier;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;

/** Leads: customers to be followed up by a customer manager; at most one open lead per customer. */
final class Leads {

    private final TransactionControl tx;
    private final EntityManager em;
    private final CustomerService customers;
    private final Branch branch;
    private final Clock clock;

    Leads(TransactionControl tx, EntityManager em, CustomerService customers, Branch branch, Clock clock) {
        this.tx = tx;
        this.em = em;
        this.customers = customers;
        this.branch = branch;
        this.clock = clock;
    }

    /** A lead referred by hand: the customer must exist and have no open lead. */
    Lead refer(String customerId, ArrivalSource source, String note, Caller caller) {
        caller.require(LobbyAccess.REFER, "referring a lead");
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidInputException("customerId", "required");
        }
        if (note != null && note.length() > 500) {
            throw new InvalidInputException("note", "at most 500 characters");
        }
        customers.identify(Identifier.CUSTOMER_ID, customerId, caller)
                .orElseThrow(() -> new NotFoundException("customer", customerId));
        BranchProfile profile = branch.profile();
        return tx.required(() -> {
            if (openLeadOf(customerId).isPresent()) {
                throw new ConflictException("customerId", "customer " + customerId + " already has an open lead");
            }
            return toLead(open(customerId, source == null ? ArrivalSource.LOBBY : source, caller.username(), note, profile));
        });
    }

    /** A new open lead, in the caller's transaction. */
    LeadEntity open(String customerId, ArrivalSource source, String by, String note, BranchProfile profile) {
        LeadEntity l = new LeadEntity();
        l.customerId = customerId;
        l.source = source;
        l.referredBy = by;
        l.note = note;
        l.status = LeadStatus.OPEN;
        // a convenience store cannot serve premium customers: the lead goes to its sub-branch
        l.referredTo = profile.tier() == BranchTier.CONVENIENCE_STORE ? profile.parentSubBranch() : null;
        l.createdAt = clock.millis();
        l.day = LocalDate.now(clock);
        em.persist(l);
        em.flush();
        return l;
    }

    /** The customer's open lead, in the caller's transaction. */
    Optional<LeadEntity> openLeadOf(String customerId) {
        if (customerId == null) {
            return Optional.empty();
        }
        // no setMaxResults: a customer has at most one open lead (refer() refuses a second), and
        // EclipseLink prepares a query with a row limit anew at every execution
        return em.createQuery("SELECT l FROM LeadEntity l WHERE l.customerId = :c AND l.status = :open", LeadEntity.class)
                .setParameter("c", customerId).setParameter("open", LeadStatus.OPEN).getResultList().stream().findFirst();
    }

    List<Lead> leads(LeadStatus status, Caller caller) {
        caller.require(LobbyAccess.LEADS, "reading leads");
        return tx.supports(() -> em.createQuery("SELECT l FROM LeadEntity l WHERE l.status = :s ORDER BY l.id DESC", LeadEntity.class)
                .setParameter("s", status == null ? LeadStatus.OPEN : status).setMaxResults(500).getResultList().stream()
                .map(Leads::toLead).toList());
    }

    Lead followUp(long leadId, Caller caller) {
        caller.require(LobbyAccess.FOLLOW_UP, "following up a lead");
        return tx.required(() -> {
            // under the lead's row lock: of two managers at once, the second finds it followed up
            LeadEntity l = em.find(LeadEntity.class, leadId, LockModeType.PESSIMISTIC_WRITE);
            if (l == null) {
                throw new NotFoundException("lead", leadId);
            }
            if (l.status != LeadStatus.OPEN) {
                throw new ConflictException("status", "lead " + leadId + " is already followed up");
            }
            l.status = LeadStatus.FOLLOWED_UP;
            l.followedUpBy = caller.username(); // who knows the customer now: allocation's LEAD_FOLLOWER hint (LeadFollowers)
            return toLead(l);
        });
    }

    List<Lead> openLeads(String customerId, Caller caller) {
        caller.require(LobbyAccess.CUSTOMER, "reading a customer's leads");
        return tx.supports(() -> openLeadOf(customerId).map(Leads::toLead).map(List::of).orElse(List.of()));
    }

    private static Lead toLead(LeadEntity l) {
        return new Lead(l.id, l.customerId, l.source, l.referredBy, l.note, l.status, l.referredTo, Instant.ofEpochMilli(l.createdAt));
    }
}
