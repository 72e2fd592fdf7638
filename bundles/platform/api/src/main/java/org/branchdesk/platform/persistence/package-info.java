/**
 * Database work that the persistence units' entity managers do not do well: loading many rows
 * at once on the transaction's own connection, and numbers of the day that stay unique when
 * several runtimes share the database.
 */
@Export
@Version("1.1.0")
package org.branchdesk.platform.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
