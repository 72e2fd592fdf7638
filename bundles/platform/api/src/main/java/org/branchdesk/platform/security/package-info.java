/**
 * Staff, roles, the authenticated caller, masking of identifiers and the append-only audit
 * log of who looked at which customer.
 */
@Export
@Version("1.4.0")
package org.branchdesk.platform.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
