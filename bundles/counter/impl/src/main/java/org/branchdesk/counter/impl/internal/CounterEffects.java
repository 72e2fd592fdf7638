package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.util.Map;

import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerInput;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.marketing.api.Suitability;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * What a request does in Branchdesk itself, beside core banking. At submission and change
 * ({@link #precheck}) a product purchase must pass marketing's suitability check when the marketing
 * module is installed; at hand-over ({@link #apply}), after the last approval only, the check is
 * made once more and a customer information change is written to the customer. Nothing here runs
 * before the last approval but the pre-check, which writes nothing.
 */
@Component(service = CounterEffects.class)
public final class CounterEffects {

    static final String PRODUCT_PURCHASE = "PRODUCT_PURCHASE";
    static final String CUSTOMER_INFO_CHANGE = "CUSTOMER_INFO_CHANGE";
    static final String PRODUCT_FIELD = "fields.product";

    private final CustomerService customers;
    private final AuditLog audit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Suitability suitability;

    @Activate
    public CounterEffects(@Reference CustomerService customers, @Reference AuditLog audit) {
        this.customers = customers;
        this.audit = audit;
    }

    /**
     * Refuses what the request could not do once approved: a product purchase the customer is not
     * suitable for is a 409 naming {@code fields.product}. Writes nothing. Without the marketing
     * module the product is not checked against a shelf.
     */
    public void precheck(String type, String customerId, Map<String, String> fields, BigDecimal amount, Caller maker) {
        if (PRODUCT_PURCHASE.equals(type)) {
            Suitability s = suitability;
            if (s != null) {
                s.require(customerId, fields.get("product"), amount, PRODUCT_FIELD, Module.CALLER);
            }
        }
    }

    /** Whether the marketing module's suitability check is there. */
    boolean checksSuitability() {
        return suitability != null;
    }

    /**
     * Applies the approved request's effects in Branchdesk; called by {@link Handovers} after the
     * last approval has committed and before core banking. A refusal (an exception) is a failed
     * hand-over: the request stays approved and may be handed over again. Applying again gives the
     * same result.
     */
    public void apply(RequestEntity r) {
        Map<String, String> fields = FieldCodec.decode(r.fields);
        if (PRODUCT_PURCHASE.equals(r.type)) {
            Suitability s = suitability;
            if (s != null) {
                s.require(r.customerId, fields.get("product"), r.amount, PRODUCT_FIELD, Module.CALLER);
            }
        } else if (CUSTOMER_INFO_CHANGE.equals(r.type)) {
            changeCustomer(r, fields);
        }
    }

    private void changeCustomer(RequestEntity r, Map<String, String> fields) {
        Customer c = customers.get(r.customerId, Module.CALLER);
        if (masked(c.idNumber()) || masked(c.phone()) || c.cardNumbers().stream().anyMatch(CounterEffects::masked)) {
            // writing back what the module was shown would overwrite the customer's identifiers with their masks
            throw new IllegalStateException("the counter module does not see this customer's identifiers in full"
                    + " (customer configuration: OPERATIONS_SUPERVISOR must be among the full-identifier roles)");
        }
        String phone = fields.getOrDefault("phone", c.phone());
        String occupation = fields.getOrDefault("occupation", c.occupation());
        String idNumber = fields.getOrDefault("idNumber", c.idNumber());
        customers.update(c.id(), new CustomerInput(c.id(), c.name(), c.idType(), idNumber, phone, c.birthDate(), c.education(),
                occupation, c.cardNumbers(), c.otherBankAssets(), c.manager()), Module.CALLER);
        audit.record(Module.CALLER, r.customerId, "COUNTER_APPLY",
                "request " + r.id + " v" + r.version + " changed " + String.join(", ", changed(fields)));
    }

    private static java.util.List<String> changed(Map<String, String> fields) {
        return java.util.stream.Stream.of("phone", "occupation", "idNumber").filter(fields::containsKey).toList();
    }

    private static boolean masked(String value) {
        return value != null && value.indexOf('*') >= 0;
    }
}
