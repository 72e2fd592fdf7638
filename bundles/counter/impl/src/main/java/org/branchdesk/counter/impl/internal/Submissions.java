package org.branchdesk.counter.impl.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.counter.api.RequestInput;
import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.api.Submission;
import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestQueries;
import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.lobby.api.Ticket;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Submitting a request: input checked before anything is written, then one transaction that
 * either finds the same request (same maker and client key, or the same content pending for the
 * customer) or inserts it. The database's unique constraints decide between concurrent
 * submissions: the loser reads the winner's row in a new transaction and answers it.
 */
final class Submissions {

    private final TransactionControl tx;
    private final RequestQueries queries;
    private final Inputs inputs;
    private final Reads reads;
    private final CustomerService customers;
    private final AuditLog audit;
    private final ModuleClock clock;
    private final Supplier<LobbyService> lobby;
    private final IntSupplier dayEnd;

    Submissions(TransactionControl tx, RequestQueries queries, Inputs inputs, Reads reads, CustomerService customers, AuditLog audit,
            ModuleClock clock, Supplier<LobbyService> lobby, IntSupplier dayEnd) {
        this.tx = tx;
        this.queries = queries;
        this.inputs = inputs;
        this.reads = reads;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
        this.lobby = lobby;
        this.dayEnd = dayEnd;
    }

    Submission submit(RequestInput input, Caller caller) {
        Inputs.Content c = inputs.check(input);
        Customer customer = customers.get(c.customerId(), caller);
        TemporaryPorts.precheck(c.type(), c.customerId(), c.fields(), c.amount(), caller);
        Long calledAt = input.ticketId() == null ? null : calledAt(input.ticketId(), c.customerId(), caller);
        Submission s;
        try {
            s = TxScopes.required(tx, () -> {
                Submission same = same(c, caller);
                return same != null ? same : insert(c, customer, input.ticketId(), calledAt, caller);
            });
        } catch (RuntimeException e) {
            if (!TxScopes.duplicateKey(e)) {
                throw e;
            }
            // a concurrent submission of the same request won: answer its row
            s = TxScopes.required(tx, () -> same(c, caller));
            if (s == null) {
                throw new ConflictException("clientKey", "a submission of the same request was under way; submit it again");
            }
        }
        if (s.created() && s.request().status() == RequestStatus.APPROVED) {
            TemporaryPorts.handOver(s.request().id());
            s = new Submission(reads.get(s.request().id(), caller), true);
        }
        return s;
    }

    /** The request this submission repeats, or null. */
    private Submission same(Inputs.Content c, Caller caller) {
        if (c.clientKey() != null) {
            RequestEntity r = queries.byClientKey(caller.username(), c.clientKey());
            if (r != null) {
                String key = ContentKey.of(r.type, r.customerId, r.amount, r.currency, FieldCodec.decode(r.fields));
                if (!key.equals(c.contentKey())) {
                    throw new ConflictException("clientKey", "client key " + c.clientKey() + " was used for request " + r.id
                            + " of other content");
                }
                return new Submission(reads.view(r, caller), false);
            }
        }
        RequestEntity r = queries.byPendingKey(c.contentKey());
        return r == null ? null : new Submission(reads.view(r, caller), false);
    }

    private Submission insert(Inputs.Content c, Customer customer, Long ticketId, Long calledAt, Caller caller) {
        Instant now = clock.now();
        boolean none = c.requirement().level() == AuthorityLevel.NONE;
        RequestEntity r = new RequestEntity();
        r.version = 1;
        r.type = c.type();
        r.customerId = c.customerId();
        r.premium = customer.segment() != null && customer.segment().premium();
        r.amount = c.amount();
        r.currency = c.currency();
        r.baseAmount = c.baseAmount();
        r.fields = FieldCodec.encode(c.fields());
        r.note = c.note();
        r.maker = caller.username();
        r.clientKey = c.clientKey();
        r.submittedAt = now.toEpochMilli();
        r.changedAt = r.submittedAt;
        r.expiresAt = BusinessDay.expiry(now, clock.zone(), dayEnd.getAsInt()).toEpochMilli();
        r.level = c.requirement().level().name();
        r.approvalsNeeded = c.requirement().approvals();
        r.bandFrom = c.requirement().bandFrom();
        r.rule = c.requirement().rule();
        r.ticketId = ticketId;
        r.calledAt = calledAt;
        if (none) {
            r.status = RequestStatus.APPROVED.name();
            r.decidedBy = Module.CALLER.username();
            r.decidedAt = r.submittedAt;
        } else {
            r.status = RequestStatus.PENDING.name();
            r.pendingKey = c.contentKey();
        }
        queries.store().insert(r);
        String detail = "request " + r.id + " v1 " + r.type + (r.amount == null ? "" : " " + r.amount.toPlainString() + " " + r.currency)
                + ", needs " + r.level + " x" + r.approvalsNeeded + (r.ticketId == null ? "" : ", ticket " + r.ticketId);
        queries.store().event(r.id, r.submittedAt, caller.username(), "SUBMITTED", 1, detail);
        if (none) {
            queries.store().event(r.id, r.submittedAt, Module.CALLER.username(), "APPROVED", 1, "the policy asks no approval: " + r.rule);
        }
        audit.record(caller, r.customerId, "COUNTER_SUBMIT", detail);
        return new Submission(reads.view(r, caller), true);
    }

    /** When the ticket this request serves was called; 400 {@code ticketId} when it cannot serve it. */
    private Long calledAt(long ticketId, String customerId, Caller caller) {
        LobbyService l = lobby.get();
        if (l == null) {
            throw new InvalidInputException("ticketId", "the lobby module is not installed: submit without a ticket");
        }
        Optional<Ticket> t = l.ticket(ticketId, caller);
        if (t.isEmpty()) {
            throw new InvalidInputException("ticketId", "there is no ticket " + ticketId);
        }
        if (t.get().calledAt() == null) {
            throw new InvalidInputException("ticketId", "ticket " + t.get().number() + " has not been called yet");
        }
        if (t.get().customerId() != null && !t.get().customerId().equals(customerId)) {
            throw new InvalidInputException("ticketId", "ticket " + t.get().number() + " is another customer's");
        }
        return t.get().calledAt().toEpochMilli();
    }
}
