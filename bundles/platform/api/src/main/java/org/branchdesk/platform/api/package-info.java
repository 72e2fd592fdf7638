/**
 * The branch this deployment serves, and the errors every module's services throw for bad
 * input, unknown ids and conflicts (the REST layer turns them into RFC 9457 problems), and
 * the check a module registers so that a configuration it cannot use never reaches it.
 */
@Export
@Version("1.5.0")
package org.branchdesk.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
