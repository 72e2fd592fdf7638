/**
 * Business processing (业务处理) at the counters: the service requests tellers and business
 * officers make for customers, the bank's authorisation policy, the checker's inbox, four-eyes
 * approval ({@link Authorisations}, the one service that decides who may approve), and the
 * hand-over of each authorised request to core banking through {@link CoreBanking}, which a
 * bank's integrator implements. Branchdesk is not the core banking system: nothing of a request
 * takes effect, and nothing reaches {@link CoreBanking}, before its last approval.
 *
 * <p>{@link RequestType} is a whiteboard: integrators add request types as services. Every
 * service checks the caller's roles itself, whoever calls it.
 */
@Export
@Version("1.0.0")
package org.branchdesk.counter.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
