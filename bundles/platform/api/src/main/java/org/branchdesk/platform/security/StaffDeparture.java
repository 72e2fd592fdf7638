package org.branchdesk.platform.security;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service of a module that holds something for a member of staff which must not be
 * left behind when their account is disabled: the customer module's customers of a leaving
 * customer manager. Disabling an account asks every registered departure, inside the disabling
 * transaction, before the account is marked disabled; one that throws refuses the disabling and
 * nothing is written (a {@link org.branchdesk.platform.api.ConflictException} becomes a 409).
 *
 * @since 1.3
 */
@ConsumerType
public interface StaffDeparture {

    /**
     * Moves what {@code username} holds as {@code successor} says, or refuses.
     *
     * @param successor what the disabling request named: a username, {@link #BY_RULES}, or null when it named nothing
     * @param actor     who disables the account (for the records)
     * @return a one-line account of what moved, for the disabling's audit entry and answer (e.g.
     *         {@code "12 customers to cm.li"}), or null when the account held nothing here
     */
    String leaving(String username, String successor, Caller actor);

    /** The successor that means "by the allocation rules". */
    String BY_RULES = "(allocation rules)";
}
