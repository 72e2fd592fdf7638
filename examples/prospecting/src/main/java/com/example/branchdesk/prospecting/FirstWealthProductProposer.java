package com.example.branchdesk.prospecting;

import java.util.Comparator;
import java.util.List;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.ProductProposer;
import org.branchdesk.marketing.api.Proposal;
import org.branchdesk.marketing.api.ProposalContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

/**
 * A product proposer (a bank's next-best-offer model, in miniature): a customer who holds no
 * wealth product yet is proposed the shelf's gentlest one offered to their segment (the lowest
 * risk rating, then the lowest minimum) — the first step to bringing their assets over from other
 * banks. It proposes; Branchdesk's suitability decides: a proposal above the customer's tolerance,
 * outside their segment, below its minimum or out of its sale window is dropped and audited before
 * anyone sees it. Every other customer is left to the next proposer.
 */
@Component
@ServiceRanking(100)
public final class FirstWealthProductProposer implements ProductProposer {

    static final String NAME = "prospecting";
    static final String REASON = "prospecting: a first wealth product, to bring assets over from other banks";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Proposal> propose(ProposalContext context) {
        if (context.held().contains(ProductCategory.WEALTH_PRODUCT)) {
            return List.of();
        }
        return context.shelf().stream()
                .filter(p -> p.category() == ProductCategory.WEALTH_PRODUCT && p.segments().contains(context.segment()))
                .min(Comparator.comparing(Product::risk).thenComparing(Product::minimumAmount))
                .map(p -> List.of(new Proposal(p.code(), null, REASON))).orElse(List.of());
    }
}
