package org.branchdesk.marketing.api;

import java.util.List;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the customer said about marketing: recorded by any member of staff who serves them (a
 * teller hears it as well as the manager), honoured at every contact from the moment it is recorded.
 */
@ProviderType
public interface OptOuts {

    /** Records an opt-out; channel null for every channel, campaign null for every campaign. */
    OptOut optOut(String customerId, Channel channel, Long campaignId, String note, Caller caller);

    /** The customer takes an opt-out back. */
    OptOut withdraw(long optOutId, Caller caller);

    /** The customer's opt-outs, those in force first. */
    List<OptOut> of(String customerId, Caller caller);
}
