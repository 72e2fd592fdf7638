package org.branchdesk.marketing.impl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.marketing.api.Credit;
import org.branchdesk.marketing.api.Referral;
import org.branchdesk.marketing.api.ReferralInput;
import org.branchdesk.marketing.api.ReferralKind;
import org.branchdesk.marketing.api.ReferralStatus;
import org.branchdesk.marketing.api.Referrals;
import org.branchdesk.marketing.impl.internal.jpa.OpportunityStore;
import org.branchdesk.marketing.impl.internal.jpa.ReferralEntity;
import org.branchdesk.marketing.impl.internal.jpa.ReferralStore;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Referrals (转介): staff to a customer manager, or an existing customer introducing a new one;
 * every member of staff who serves customers refers. A referral leaves OPEN once (a conditional
 * update): converted into an opportunity ({@link OpportunitiesService}) or declined by the manager
 * it went to. The credit of won opportunities is read here ({@link CreditLedger}). Reads and
 * changes are audited ({@code REFERRAL}, {@code REFERRAL_MADE}, {@code REFERRAL_DECLINED}).
 */
@Component(service = { Referrals.class, ReferralsService.class })
public final class ReferralsService implements Referrals {

    private static final int LIST_MAX = 500;
    private static final long MAX_CREDIT_DAYS = 3660;

    private final TransactionControl tx;
    private final ReferralStore store;
    private final OpportunityStore opportunities;
    private final AssignmentService assignments;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final ModuleClock clock;

    @Activate
    public ReferralsService(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider,
            @Reference AssignmentService assignments, @Reference StaffDirectory staff, @Reference AuditLog audit,
            @Reference ModuleClock clock) {
        this.tx = tx;
        javax.persistence.EntityManager em = provider.getResource(tx);
        this.store = new ReferralStore(em);
        this.opportunities = new OpportunityStore(em);
        this.assignments = assignments;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Referral refer(ReferralInput input, Caller caller) {
        caller.require(MarketingAccess.SERVE, "referring a customer");
        ReferralInput in = input == null ? new ReferralInput(null, null, null, null, null) : input;
        List<FieldError> errors = new ArrayList<>();
        if (in.kind() == null) {
            errors.add(new FieldError("kind", "is required: one of " + java.util.Arrays.toString(ReferralKind.values())));
        }
        String customerId = TextRules.check(errors, "customerId", in.customerId(), true, 32, false);
        String introducing = TextRules.check(errors, "introducingCustomer", in.introducingCustomer(), in.kind() == ReferralKind.CUSTOMER, 32, false);
        String toManager = TextRules.check(errors, "toManager", in.toManager(), false, 32, false);
        String note = TextRules.check(errors, "note", in.note(), false, ReferralEntity.NOTE_LENGTH, true);
        if (in.kind() == ReferralKind.STAFF && introducing != null) {
            errors.add(new FieldError("introducingCustomer", "is only for a customer's introduction (kind CUSTOMER)"));
        }
        if (introducing != null && introducing.equals(customerId)) {
            errors.add(new FieldError("introducingCustomer", "a customer does not introduce themself"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String manager = managerOf(customerId, "customerId", caller);
        if (introducing != null) {
            managerOf(introducing, "introducingCustomer", caller); // only that the customer exists
        }
        String to = toManager != null ? toManager : manager;
        if (to == null) {
            throw new InvalidInputException("toManager", "customer " + customerId + " has no manager yet: name the customer manager to refer them to");
        }
        if (staff.withRole(Role.CUSTOMER_MANAGER).stream().noneMatch(s -> s.username().equals(to))) {
            throw new InvalidInputException("toManager", "'" + to + "' is not an active customer manager");
        }
        ReferralEntity r = new ReferralEntity();
        r.kind = in.kind();
        r.customerId = customerId;
        r.introducingCustomer = introducing;
        r.referredBy = caller.username();
        r.toManager = to;
        r.note = note;
        r.status = ReferralStatus.OPEN;
        r.createdAt = clock.now().toEpochMilli();
        TxScopes.required(tx, () -> {
            store.add(r);
            return null;
        });
        audit.record(caller, customerId, "REFERRAL_MADE", "referral " + r.id + " (" + r.kind + ") to " + to
                + (introducing == null ? "" : ", introduced by customer " + introducing));
        return toRecord(r);
    }

    @Override
    public Referral referral(long id, Caller caller) {
        caller.require(MarketingAccess.SERVE, "referrals");
        ReferralEntity r = existing(id);
        requireParty(r, caller);
        audit.record(caller, r.customerId, "REFERRAL", "referral " + id);
        return toRecord(r);
    }

    @Override
    public List<Referral> referrals(String staffName, ReferralStatus status, Caller caller) {
        caller.require(MarketingAccess.SERVE, "referrals");
        String who = staffName == null || staffName.isBlank() ? null : staffName.trim();
        if (who == null && !caller.has(Role.CENTER_HEAD)) {
            who = caller.username();
        }
        if (!caller.has(Role.CENTER_HEAD) && !caller.username().equals(who)) {
            throw new ForbiddenException("a member of staff sees only the referrals to and by themself");
        }
        String w = who;
        List<Referral> list = TxScopes.supports(tx, () -> store.list(w, status, LIST_MAX).stream().map(ReferralsService::toRecord).toList());
        audit.record(caller, null, "REFERRAL", "referrals " + (w == null ? "of everyone" : "to and by " + w) + ": " + list.size());
        return list;
    }

    @Override
    public Referral decline(long id, String reason, Caller caller) {
        caller.require(MarketingAccess.WORK, "declining a referral");
        ReferralEntity r = existing(id);
        if (!caller.has(Role.CENTER_HEAD) && !caller.username().equals(r.toManager)) {
            throw new ForbiddenException("only the manager a referral went to declines it");
        }
        List<FieldError> errors = new ArrayList<>();
        String why = TextRules.check(errors, "reason", reason, true, ReferralEntity.REASON_LENGTH, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long now = clock.now().toEpochMilli();
        ReferralEntity after = TxScopes.required(tx, () -> {
            if (!store.decline(id, caller.username(), why, now)) {
                throw new ConflictException("status", "referral " + id + " is " + store.find(id).status + ": only an open referral is declined");
            }
            return store.find(id);
        });
        audit.record(caller, r.customerId, "REFERRAL_DECLINED", "referral " + id + ": " + why);
        return toRecord(after);
    }

    @Override
    public List<Credit> credits(LocalDate from, LocalDate to, Caller caller) {
        caller.require(MarketingAccess.SERVE, "referral credit");
        LocalDate today = clock.today();
        LocalDate f = from != null ? from : today.withDayOfMonth(1);
        LocalDate t = to != null ? to : today;
        if (f.isAfter(t)) {
            throw new InvalidInputException("from", "'" + f + "' is after 'to' (" + t + ")");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(f, t) > MAX_CREDIT_DAYS) {
            throw new InvalidInputException("to", "a period of credit is at most " + MAX_CREDIT_DAYS + " days");
        }
        long start = f.atStartOfDay(clock.zone()).toInstant().toEpochMilli();
        long end = t.plusDays(1).atStartOfDay(clock.zone()).toInstant().toEpochMilli();
        Map<String, Credit> all = TxScopes.supports(tx, () -> CreditLedger.credits(opportunities.won(start, end), store.madeBetween(start, end)));
        List<Credit> credits;
        if (caller.has(Role.CENTER_HEAD)) {
            credits = List.copyOf(all.values());
        } else {
            credits = List.of(all.getOrDefault(caller.username(), CreditLedger.none(caller.username())));
        }
        audit.record(caller, null, "REFERRAL_CREDIT", f + " to " + t + ": " + credits.size() + " people");
        return credits;
    }

    /** The customer's manager (null for none); an unknown customer is a 400 naming {@code field}. */
    private String managerOf(String customerId, String field, Caller caller) {
        try {
            return assignments.current(customerId, caller).map(Assignment::manager).orElse(null);
        } catch (RuntimeException e) {
            if (TxScopes.cause(e, NotFoundException.class) != null) {
                throw new InvalidInputException(field, "no customer '" + customerId + "'");
            }
            throw e;
        }
    }

    ReferralEntity existing(long id) {
        ReferralEntity r = TxScopes.supports(tx, () -> store.find(id));
        if (r == null) {
            throw new NotFoundException("referral", id);
        }
        return r;
    }

    private static void requireParty(ReferralEntity r, Caller caller) {
        if (!caller.has(Role.CENTER_HEAD) && !caller.username().equals(r.referredBy) && !caller.username().equals(r.toManager)) {
            throw new ForbiddenException("a referral is read by who made it, the manager it went to and the centre head");
        }
    }

    static Referral toRecord(ReferralEntity r) {
        return new Referral(r.id, r.kind, r.customerId, r.introducingCustomer, r.referredBy, r.toManager, r.note, r.status,
                Instant.ofEpochMilli(r.createdAt), r.opportunityId);
    }
}
