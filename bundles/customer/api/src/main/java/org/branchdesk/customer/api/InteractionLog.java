package org.branchdesk.customer.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Every contact with a customer (接触记录), whichever module recorded it: the view shows the
 * latest, the relationship module plans the next contact from it, the marketing module counts
 * contacts against its caps. The same confidentiality as the rest of the customer's data: the
 * staff who read customers read it, each read is audited ({@code INTERACTIONS}), and the
 * caller is the one recorded as having been in contact.
 *
 * @since 2.1
 */
@ProviderType
public interface InteractionLog {

    /** Records a contact by the caller; 400 naming the field for bad input, 404 for an unknown customer. */
    Interaction record(String customerId, InteractionInput input, String module, Caller caller);

    /** The customer's contacts, newest first. */
    List<Interaction> of(String customerId, int limit, Caller caller);

    /**
     * The latest contact of each of the given customers who has one (for plans over a manager's
     * book); audited as one read per customer.
     */
    Map<String, Interaction> latest(Collection<String> customerIds, Caller caller);

    /** How many contacts the customer has had since the instant (for contact caps); not audited, no content. */
    int countSince(String customerId, Instant since, Caller caller);
}
