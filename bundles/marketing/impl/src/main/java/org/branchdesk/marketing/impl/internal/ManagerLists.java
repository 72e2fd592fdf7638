package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.CustomerSelection;
import org.branchdesk.customer.api.ManagerProfile;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.TargetCriteria;
import org.branchdesk.customer.api.TargetCustomer;
import org.branchdesk.lobby.api.Lead;
import org.branchdesk.lobby.api.LeadStatus;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.marketing.api.CustomerLists;
import org.branchdesk.marketing.api.ListEntry;
import org.branchdesk.marketing.api.ListKind;
import org.branchdesk.marketing.api.Referral;
import org.branchdesk.marketing.api.ReferralStatus;
import org.branchdesk.marketing.api.Referrals;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The three lists of the seeds (客户名单), computed on each read from the customer module's
 * selections and books, the lobby's open leads and the open referrals, never stored. A manager's
 * entries carry the name from their book; the centre head's lists of the whole centre carry none
 * (the customer's page has it, audited on its own).
 */
@Designate(ocd = ListsConfig.class)
@Component(configurationPid = ListsConfigCheck.PID, service = CustomerLists.class)
public final class ManagerLists implements CustomerLists {

    /** The audit action of a list read: one entry per read, naming the list and its size. */
    static final String ACTION = "MARKETING_LIST";
    static final int MOST = 2000;
    static final Set<Segment> PREMIUM = EnumSet.of(Segment.PRIVATE, Segment.HIGH, Segment.MID);

    private final AssignmentService assignments;
    private final CustomerSelection selection;
    private final AuditLog audit;
    private volatile ListsConfigCheck.Reserve reserve;

    /** The lobby may be absent: then no list has leads. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile LobbyService lobby;

    /** Referrals are another service of this module, which may be absent or stopped: then no list has referrals. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Referrals referrals;

    @Activate
    public ManagerLists(@Reference AssignmentService assignments, @Reference CustomerSelection selection, @Reference AuditLog audit,
            ListsConfig config) {
        this.assignments = assignments;
        this.selection = selection;
        this.audit = audit;
        modified(config);
    }

    @Modified
    void modified(ListsConfig config) {
        reserve = ListsConfigCheck.reserve(config);
    }

    @Override
    public List<ListEntry> list(ListKind kind, String manager, int limit, Caller caller) {
        if (kind == null) {
            throw new InvalidInputException("kind", "the list is required: " + List.of(ListKind.values()));
        }
        String who = manager == null || manager.isBlank() ? null : manager.trim();
        if (who == null) {
            caller.require(MarketingAccess.LEAD, "reading the centre's lists");
        } else {
            MarketingAccess.requireManager(caller, who);
        }
        if (limit < 1 || limit > MOST) {
            throw new InvalidInputException("limit", "'" + limit + "' is not a number from 1 to " + MOST);
        }
        List<ListEntry> list = switch (kind) {
            case MAINTENANCE -> maintenance(who, limit, caller);
            case DEVELOPMENT -> development(who, limit, caller);
            case RESERVE -> reserve(who, limit, caller);
        };
        audit.record(caller, null, ACTION, kind + " list of " + (who == null ? "the centre" : who) + ": " + list.size() + " customers");
        return list;
    }

    private List<ListEntry> maintenance(String manager, int limit, Caller caller) {
        if (manager == null) {
            return select(new TargetCriteria(PREMIUM, null, null, null, null, null, null, null, null, null, null), limit, Map.of(),
                    c -> "premium " + c.segment(), caller);
        }
        List<ListEntry> entries = new ArrayList<>();
        for (BookEntry b : assignments.book(manager, caller)) {
            if (b.segment() != null && b.segment().premium()) {
                entries.add(new ListEntry(b.customerId(), b.name(), b.segment(), b.averageAssets(), manager, "premium " + b.segment()));
            }
        }
        return ListRules.merge(entries, limit);
    }

    private List<ListEntry> development(String manager, int limit, Caller caller) {
        Map<String, BookEntry> book = manager == null ? Map.of() : book(manager, caller);
        List<ListEntry> entries = new ArrayList<>(select(new TargetCriteria(null, null, null, true, null, null, null, null, null, manager,
                null), limit, book, c -> "potential premium", caller));
        LobbyService leads = lobby;
        if (leads != null) {
            for (Lead lead : leads.leads(LeadStatus.OPEN, caller)) {
                if (manager == null || book.containsKey(lead.customerId())) {
                    entries.add(entry(lead.customerId(), book, manager, "open lead " + lead.id()));
                }
            }
        }
        Referrals open = referrals;
        if (open != null) {
            List<String> to = manager == null
                    ? assignments.managers(caller).stream().map(ManagerProfile::username).toList()
                    : List.of(manager);
            for (String m : to) {
                for (Referral r : open.referrals(m, ReferralStatus.OPEN, caller)) {
                    if (m.equals(r.toManager())) {
                        entries.add(entry(r.customerId(), book, manager, "referral " + r.id() + " by " + r.referredBy()
                                + (manager == null ? " to " + m : "")));
                    }
                }
            }
        }
        return ListRules.merge(entries, limit);
    }

    private List<ListEntry> reserve(String manager, int limit, Caller caller) {
        ListsConfigCheck.Reserve criteria = reserve;
        if (criteria.segments().isEmpty()) {
            return List.of(); // branch IT configured no reserve
        }
        BigDecimal min = criteria.minAssets().signum() == 0 ? null : criteria.minAssets();
        TargetCriteria target = new TargetCriteria(criteria.segments(), min, null, false, null, null, null, null, null, manager,
                manager == null ? Boolean.FALSE : null);
        Map<String, BookEntry> book = manager == null ? Map.of() : book(manager, caller);
        return select(target, limit, book, c -> "segment " + c.segment(), caller);
    }

    private List<ListEntry> select(TargetCriteria criteria, int limit, Map<String, BookEntry> book, Function<TargetCustomer, String> why,
            Caller caller) {
        List<ListEntry> entries = new ArrayList<>();
        for (TargetCustomer c : selection.select(criteria, limit, caller)) {
            BookEntry b = book.get(c.customerId());
            entries.add(new ListEntry(c.customerId(), b == null ? null : b.name(), c.segment(), c.averageAssets(), c.manager(), why.apply(c)));
        }
        return ListRules.merge(entries, limit);
    }

    private Map<String, BookEntry> book(String manager, Caller caller) {
        return assignments.book(manager, caller).stream().collect(Collectors.toMap(BookEntry::customerId, b -> b, (a, b) -> a));
    }

    /** An entry of a lead's or referral's customer: what the book says of them when they are in it (the manager's customer). */
    private static ListEntry entry(String customerId, Map<String, BookEntry> book, String owner, String why) {
        BookEntry b = book.get(customerId);
        return b == null ? new ListEntry(customerId, null, null, null, null, why)
                : new ListEntry(customerId, b.name(), b.segment(), b.averageAssets(), owner, why);
    }
}
