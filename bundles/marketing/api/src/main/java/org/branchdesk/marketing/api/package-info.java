/**
 * Contact marketing (接触营销): the customer manager's stage of the service process. The product
 * shelf, risk profiles, needs files, suitability (decided in one place: {@link Suitability}),
 * financial plans, the three customer lists, campaigns with their opt-outs and contact cap,
 * opportunities, referrals and their credit, cross-selling figures, and the
 * {@link ProductProposer} whiteboard through which a bank's next-best-offer model proposes
 * products (its proposals pass suitability before anyone sees them).
 *
 * <p>Every service checks the caller's roles itself, whoever calls it: a customer manager works
 * their own customers, the centre head every customer and the shelf.
 */
@Export
@Version("1.0.0")
package org.branchdesk.marketing.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
