/** What branch IT works with: health, the bundle inventory, deploy/, the shell commands, the configuration guard. */
@Header(name = BranchdeskApi.MODULE_HEADER, value = "platform")
package org.branchdesk.platform.admin.internal;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.annotation.bundle.Header;
