/**
 * Relationship maintenance (关系维护): the planned, continuous care a dedicated customer manager
 * gives their customers. Handovers when a customer changes manager, contact plans by segment,
 * care events (birthdays, maturities, premium anniversaries, holidays), customer events
 * (salons, lectures, consultations) with their evaluation, a manager's task inbox and book, and
 * the centre head's view of every manager's load.
 */
@Export
@Version("1.0.0")
package org.branchdesk.relationship.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
