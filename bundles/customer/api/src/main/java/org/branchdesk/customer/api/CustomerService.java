package org.branchdesk.customer.api;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Customers, their holdings and balances. Every method checks the caller's roles itself, so a
 * bundle that calls it directly is held to the same rules as the REST API (a refused caller gets
 * {@link org.branchdesk.platform.api.ForbiddenException}): staff who serve customers read them,
 * tellers, supervisors, customer managers and the centre head also create and change them, and
 * only ADMIN imports files (and sees no customer in return). Every read is recorded in the audit
 * log against the caller, every search too (hits and misses, the query masked); searches and
 * identifications are rate-limited per member of staff
 * ({@link org.branchdesk.platform.api.TooManyRequestsException}). Identity fields come back masked
 * unless the caller's roles need them.
 */
@ProviderType
public interface CustomerService {

    /** Creates a customer; 409 if the id or the identity document is already known. */
    Customer create(CustomerInput input, Caller caller);

    /** Replaces a customer's identity data; the classification is left to segmentation. */
    Customer update(String id, CustomerInput input, Caller caller);

    /** One customer; {@link org.branchdesk.platform.api.NotFoundException} if unknown. */
    Customer get(String id, Caller caller);

    /**
     * The customer whose customer number is {@code query}; else customers whose name starts with
     * it, or whose ID number, phone or a card number equals it; at most {@code limit}.
     */
    List<Customer> search(String query, int limit, Caller caller);

    /**
     * The one customer an identifier names exactly (a swiped card, a scanned ID document, a
     * phone number), masked for the caller; the read is audited as {@code IDENTIFY}.
     *
     * @since 1.1
     */
    Optional<Customer> identify(Identifier kind, String value, Caller caller);

    /** The customer's holdings by product category. */
    List<Holding> holdings(String id, Caller caller);

    /** Imports customers from CSV; all rows or none. */
    ImportReport importCustomers(Reader csv, Caller caller);

    /** Imports holdings from CSV; all rows or none. */
    ImportReport importHoldings(Reader csv, Caller caller);

    /** Imports daily financial-asset balances from CSV; all rows or none. */
    ImportReport importBalances(Reader csv, Caller caller);

    /** The unified view of one customer, with the sections contributed by other bundles. */
    CustomerView view(String id, Caller caller);
}
