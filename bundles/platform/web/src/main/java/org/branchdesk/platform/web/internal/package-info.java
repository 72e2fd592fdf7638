/** The /api application and what applies to every resource in it. */
@Header(name = BranchdeskApi.MODULE_HEADER, value = "platform")
package org.branchdesk.platform.web.internal;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.annotation.bundle.Header;
