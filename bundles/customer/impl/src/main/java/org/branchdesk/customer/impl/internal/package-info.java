/**
 * The customer unified view: services, REST resources and storage, all private to this bundle.
 * <ul>
 * <li>Components: {@link JpaCustomerService} and {@link JpaSegmentationService} implement the API
 * and check who may call; each hands its work to collaborators with one responsibility:
 * {@link CustomerReads} (masked, audited reads), {@link CustomerWrites}, {@link CustomerSearch}
 * (search and identification under {@link SearchLimiter}), {@link UnifiedView}, and
 * {@link CsvImport} for the files.</li>
 * <li>The import: {@code csv} reads a file and checks its rows; {@link ImportChecks} checks them
 * against what is stored; {@link CustomerLoad}, {@link HoldingLoad} and {@link BalanceLoad} write
 * them ({@link Jdbc}, with statements made by {@link Sql} from the names the entities declare).</li>
 * <li>Configuration: {@link CustomerConfig} and {@link SegmentationConfig}, each checked by its
 * {@code ConfigurationCheck} ({@link CustomerConfigCheck}, {@link SegmentationConfigCheck}) with the
 * rules the components are made by ({@link SearchLimits}, {@link Masker#problems},
 * {@code segmentation.Thresholds#problems}).</li>
 * <li>The dedicated-manager rule: {@link JpaAssignmentService} (assignments, books, profiles,
 * allocation; PID {@code org.branchdesk.customer.allocation}, checked by {@link AllocationConfigCheck})
 * with {@link AssignmentStore} (every write of a manager), {@link AssignmentReads},
 * {@link ManagerProfiles}, {@link Allocation} and the pure {@link AllocationRules};
 * {@link ManagerDeparture} moves a leaving manager's customers when their account is disabled.</li>
 * <li>{@code jpa}: the entities; {@code rest}: the thin JAX-RS resources; {@code segmentation}:
 * the classification rules.</li>
 * </ul>
 */
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
@Header(name = BranchdeskApi.MODULE_HEADER, value = "customer")
@Requirement(namespace = ExtenderNamespace.EXTENDER_NAMESPACE, name = "osgi.jpa", version = "1.1")
package org.branchdesk.customer.impl.internal;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;
import org.osgi.namespace.extender.ExtenderNamespace;
