package org.branchdesk.lobby.api;

/**
 * Where to send a customer and how.
 *
 * @param rule which rule decided, for staff and for audits of the routing
 */
public record Guidance(ServicePoint servicePoint, Priority priority, GuidanceMode mode, String rule) {
}
