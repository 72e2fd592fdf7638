/**
 * The durable write ceiling of the benchmark: {@code POST /api/bench/write}, one authenticated
 * insert into a table of this bundle's own and its commit, through the platform's persistence as
 * a module does it (its own persistence unit, {@code TransactionControl}). Bench only: in no
 * tier; bench/run.sh drops the jar into a bench branch's deploy/.
 */
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
@Requirement(namespace = ExtenderNamespace.EXTENDER_NAMESPACE, name = "osgi.jpa", version = "1.1")
package org.branchdesk.bench.write;

import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.namespace.extender.ExtenderNamespace;
