package org.branchdesk.lobby.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service: decides where an arriving customer goes. Registered rules are asked in
 * {@code service.ranking} order, highest first; the first that answers decides. The built-in
 * rule table (configurable, PID {@code org.branchdesk.lobby.routing}) answers last, for
 * everything no registered rule takes.
 */
@ConsumerType
public interface RoutingRule {

    /** The guidance for this arrival, or empty to leave it to the next rule. */
    Optional<Guidance> route(RoutingContext context);
}
