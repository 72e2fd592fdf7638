/**
 * Complaint handling (投诉处理), after ISO 10002: intake from every channel, a lifecycle with only
 * the allowed transitions and an append-only history, deadlines per severity with escalation
 * along the chain centre head → sub-branch premium service group → branch customer-service unit
 * → head office, resolution and the customer's feedback, and statistics.
 */
@Export
@Version("2.0.0")
package org.branchdesk.complaint.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
