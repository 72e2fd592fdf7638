package org.branchdesk.marketing.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service: a bundle that registers one (a bank's next-best-offer model) proposes
 * products for a customer whenever recommendations are asked for. Its proposals pass
 * {@link Suitability} before anyone sees them: an unsuitable one is dropped and the refusal audited.
 * Proposers are asked in {@code service.ranking} order; one that throws or names an unknown
 * product is passed over and logged, and the recommendations still come.
 */
@ConsumerType
public interface ProductProposer {

    /** Names the proposer in each recommendation's {@code source}, e.g. {@code next-best-offer}. */
    String name();

    /** Products for the customer; empty if it has none. Called on the request thread: keep it quick. */
    List<Proposal> propose(ProposalContext context);
}
