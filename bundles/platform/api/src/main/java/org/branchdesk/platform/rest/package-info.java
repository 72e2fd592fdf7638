/**
 * How a module's REST resources join the Branchdesk application under {@code /api}, and how
 * they declare which roles may call them.
 */
@Export
@Version("1.2.0")
package org.branchdesk.platform.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
