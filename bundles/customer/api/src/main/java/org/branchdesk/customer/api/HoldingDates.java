package org.branchdesk.customer.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the holdings imports say over time: maturities to come, and products newly bought. For the
 * staff who read customers; a customer manager who is not the centre head sees only their own
 * customers'. Not audited per customer: it carries no identity, only customer numbers, categories
 * and amounts, and it is what planning reads for a whole book.
 *
 * @since 2.1
 */
@ProviderType
public interface HoldingDates {

    /** Holdings maturing between the two days (inclusive), of one manager's customers or, with null, of all. */
    List<Maturity> maturing(LocalDate from, LocalDate to, String manager, Caller caller);

    /** One customer's holdings maturing between the two days (inclusive), for what their view shows. */
    List<Maturity> maturingOf(String customerId, LocalDate from, LocalDate to, Caller caller);

    /** Products the given customers first held between the two days (inclusive). */
    List<Acquisition> acquisitions(Collection<String> customerIds, LocalDate from, LocalDate to, Caller caller);
}
