/**
 * The staff workspace: the shell served at {@code /}, the registry of the pages modules register
 * ({@link org.branchdesk.platform.workspace.WorkspacePage}), each page's files served from its own
 * bundle, and the pages this bundle ships itself (the centre head's dashboard).
 */
@Header(name = BranchdeskApi.MODULE_HEADER, value = "platform")
package org.branchdesk.platform.workspace.internal;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.annotation.bundle.Header;
