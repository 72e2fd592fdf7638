/** Business processing: services, REST resources and storage, all private to this bundle. */
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
@Header(name = BranchdeskApi.MODULE_HEADER, value = "counter")
@Requirement(namespace = ExtenderNamespace.EXTENDER_NAMESPACE, name = "osgi.jpa", version = "1.1")
package org.branchdesk.counter.impl.internal;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.namespace.extender.ExtenderNamespace;
