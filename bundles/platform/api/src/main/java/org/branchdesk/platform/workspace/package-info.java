/**
 * The staff workspace in the browser: a module (or an integrator's bundle) adds a page by
 * registering a {@link org.branchdesk.platform.workspace.WorkspacePage} service and shipping the
 * page's files in its own bundle. The workspace shell lists the pages the caller's roles permit,
 * serves each page's files from the bundle that registered it, and loses the page when that
 * bundle stops.
 */
@Export
@Version("1.0.0")
package org.branchdesk.platform.workspace;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
