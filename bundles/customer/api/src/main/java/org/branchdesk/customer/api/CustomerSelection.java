package org.branchdesk.customer.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Set-based selections over every customer, for what other modules compute from many customers
 * at once (a campaign's target list, a manager's lists, cross-selling figures): one query, no
 * identity in the answer. The centre head selects over all customers; a customer manager only
 * with {@code manager} set to themself (otherwise 403). Each selection is audited as one
 * {@code SELECTION} entry with its criteria and count; {@code 400} naming the criterion for a bad one.
 *
 * @since 2.1
 */
@ProviderType
public interface CustomerSelection {

    /** The matching customers by customer number, at most {@code limit} (1 to 2,000,000). */
    List<TargetCustomer> select(TargetCriteria criteria, int limit, Caller caller);

    /** How many customers match. */
    long count(TargetCriteria criteria, Caller caller);

    /** The categories each of the given customers holds a balance in (customers holding none are absent). */
    Map<String, Set<ProductCategory>> familiesHeld(Collection<String> customerIds, Caller caller);

    /** Of the matching customers, how many hold a balance in how many categories ({@code 0} included). */
    Map<Integer, Long> familyCounts(TargetCriteria criteria, Caller caller);
}
