/**
 * Scheduled work done once across the runtimes of a branch: a job claims a lease in the shared
 * database before it runs, and runs only when no other runtime holds that lease.
 */
@Export
@Version("1.0.0")
package org.branchdesk.platform.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
