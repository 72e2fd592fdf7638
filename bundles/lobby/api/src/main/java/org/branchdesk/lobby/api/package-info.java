/**
 * Identification &amp; guidance (识别引导): registering arrivals, routing each customer to a
 * service point, queue tickets, notices to dedicated managers, leads for customer managers and
 * the daily lobby record. {@link org.branchdesk.lobby.api.RoutingRule} is a whiteboard:
 * integrators add rules as services; {@link org.branchdesk.lobby.api.ComplaintCount} is how the
 * complaint module reports to the lobby record.
 */
@Export
@Version("2.1.0")
package org.branchdesk.lobby.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
