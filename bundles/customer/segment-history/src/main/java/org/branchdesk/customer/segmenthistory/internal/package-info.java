/**
 * A small view-section contributor: shows how a customer's segment changed recently. It uses
 * only the customer API, as any integrator's bundle would.
 */
@Header(name = BranchdeskApi.MODULE_HEADER, value = "customer-segment-history")
package org.branchdesk.customer.segmenthistory.internal;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.annotation.bundle.Header;
