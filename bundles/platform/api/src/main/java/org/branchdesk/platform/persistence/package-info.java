/**
 * Database work that the persistence units' entity managers do not do well: loading many rows
 * at once on the transaction's own connection.
 */
@Export
@Version("1.0.0")
package org.branchdesk.platform.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
