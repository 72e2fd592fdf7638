/** What branch IT works with: health, the bundle inventory, deploy/, the shell commands, the configuration guard, the runtimes of the branch. */
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
@Header(name = BranchdeskApi.MODULE_HEADER, value = "platform")
@Requirement(namespace = ExtenderNamespace.EXTENDER_NAMESPACE, name = "osgi.jpa", version = "1.1")
package org.branchdesk.platform.admin.internal;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.namespace.extender.ExtenderNamespace;
