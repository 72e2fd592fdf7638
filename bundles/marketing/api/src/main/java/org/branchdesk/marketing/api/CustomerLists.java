package org.branchdesk.marketing.api;

import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The three lists, computed from the customers, leads and referrals, never typed. A customer
 * manager reads their own; the centre head any manager's, or with a null manager the centre's
 * (for the reserve list: the customers who have no manager). Each read is audited as one entry.
 */
@ProviderType
public interface CustomerLists {

    /** The list, by customer number, at most {@code limit} entries. */
    List<ListEntry> list(ListKind kind, String manager, int limit, Caller caller);
}
