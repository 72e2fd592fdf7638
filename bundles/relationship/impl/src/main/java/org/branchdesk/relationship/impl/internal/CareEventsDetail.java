package org.branchdesk.relationship.impl.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.Holding;
import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.security.Caller;

/**
 * What a manager needs to plan a care task or a follow-up rather than send a generic greeting:
 * the customer's segment, holdings and last contacts. Read only for the tasks returned, once per
 * customer however many tasks they have (each read audited by the customer module).
 */
final class CareEventsDetail {

    /** Last contacts shown with a task. */
    static final int LAST_CONTACTS = 3;

    private final CustomerService customers;
    private final InteractionLog interactions;

    CareEventsDetail(CustomerService customers, InteractionLog interactions) {
        this.customers = customers;
        this.interactions = interactions;
    }

    /** One request's reads: a customer asked twice is read once. */
    Reader reader(Caller caller) {
        return new Reader(caller);
    }

    final class Reader {
        private final Caller caller;
        private final Map<String, List<Holding>> holdings = new HashMap<>();
        private final Map<String, List<Interaction>> contacts = new HashMap<>();

        private Reader(Caller caller) {
            this.caller = caller;
        }

        /** The detail of a task of this customer, with the task's own entries after the common ones. */
        Map<String, Object> detail(String customerId, Segment segment, Map<String, Object> extra) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("segment", segment);
            detail.put("holdings", holdings.computeIfAbsent(customerId, id -> customers.holdings(id, caller)));
            detail.put("lastContacts", contacts.computeIfAbsent(customerId, id -> interactions.of(id, LAST_CONTACTS, caller)));
            detail.putAll(extra);
            return detail;
        }
    }
}
