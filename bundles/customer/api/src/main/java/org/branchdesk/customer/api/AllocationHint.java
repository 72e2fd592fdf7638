package org.branchdesk.customer.api;

import java.util.Collection;
import java.util.Map;

/**
 * Whiteboard service another module registers to tell allocation which manager already knows a
 * customer: the lobby names the manager who followed up the customer's lead. Asked once per
 * allocation run for all the customers it allocates; a hint naming a manager who is not eligible
 * (inactive, too junior for the segment, or full) is passed over.
 *
 * @since 2.1
 */
@org.osgi.annotation.versioning.ConsumerType
public interface AllocationHint {

    /** The rule's name in the run's {@code byRule} and the assignments' {@code rule}, e.g. {@code LEAD_FOLLOWER}. */
    String rule();

    /** For those of {@code customerIds} it knows, the username of the manager it suggests. */
    Map<String, String> preferredManagers(Collection<String> customerIds);
}
