package org.branchdesk.counter.impl.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.branchdesk.counter.api.Approval;
import org.branchdesk.counter.api.AuthorisedRequest;
import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.counter.api.FieldKind;
import org.branchdesk.counter.api.RequestEvent;
import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.api.Requirement;
import org.branchdesk.counter.api.ServiceRequest;
import org.branchdesk.counter.impl.internal.jpa.ApprovalEntity;
import org.branchdesk.counter.impl.internal.jpa.EventEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Masking;

/**
 * Rows to API records, in one place, so that every answer masks the same way: identifier fields
 * (accounts, ID numbers, phones) in full only for the roles that process requests
 * ({@link CounterAccess#FULL_IDENTIFIERS}).
 */
final class RequestRecords {

    private RequestRecords() {
    }

    /**
     * @param kinds the kind of each field of the request's type (a field of a type no longer
     *              registered is masked as an identifier would be, unless the caller sees them)
     */
    static ServiceRequest of(RequestEntity r, List<ApprovalEntity> approvals, Map<String, FieldKind> kinds, Caller caller) {
        boolean full = caller.hasAny(CounterAccess.FULL_IDENTIFIERS.toArray(new org.branchdesk.platform.security.Role[0]));
        Map<String, String> fields = new LinkedHashMap<>();
        FieldCodec.decode(r.fields).forEach((name, value) -> fields.put(name, full ? value : masked(kinds.get(name), value)));
        return new ServiceRequest(r.id, r.version, r.type, r.customerId, r.premium, r.amount, r.currency, r.baseAmount, fields, r.note,
                RequestStatus.valueOf(r.status), r.maker, Instant.ofEpochMilli(r.submittedAt), Instant.ofEpochMilli(r.expiresAt),
                requirement(r), approvals.stream().map(RequestRecords::approval).toList(), r.ticketId, instant(r.calledAt),
                r.decidedBy, instant(r.decidedAt), r.reason, r.coreReference, instant(r.completedAt));
    }

    static Requirement requirement(RequestEntity r) {
        return new Requirement(AuthorityLevel.valueOf(r.level), r.approvalsNeeded, r.bandFrom, r.rule);
    }

    static Approval approval(ApprovalEntity a) {
        return new Approval(a.checker, a.version, Instant.ofEpochMilli(a.at));
    }

    static RequestEvent event(EventEntity e) {
        return new RequestEvent(Instant.ofEpochMilli(e.at), e.actor, e.action, e.version, e.detail);
    }

    /** What core banking receives: unmasked, with the checkers of the version handed over. */
    static AuthorisedRequest authorised(RequestEntity r, List<ApprovalEntity> approvals) {
        return new AuthorisedRequest(r.id, r.version, r.type, r.customerId, r.amount, r.currency, FieldCodec.decode(r.fields), r.maker,
                approvals.stream().map(a -> a.checker).toList());
    }

    private static String masked(FieldKind kind, String value) {
        if (kind == null) {
            return Masking.idNumber(value);
        }
        return switch (kind) {
        case ACCOUNT -> Masking.cardNumber(value);
        case ID_NUMBER -> Masking.idNumber(value);
        case PHONE -> Masking.phone(value);
        default -> value;
        };
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
