/**
 * The customer unified view (客户统一视图): customers, their segment and what it entitles them
 * to, segmentation by the previous quarter's average daily financial assets, and the
 * {@link org.branchdesk.customer.api.CustomerViewSection} whiteboard through which any bundle
 * adds a section to the view.
 */
@Export
@Version("2.1.0")
package org.branchdesk.customer.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
