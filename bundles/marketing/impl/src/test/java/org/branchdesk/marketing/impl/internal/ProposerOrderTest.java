package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;

import org.branchdesk.marketing.api.ProductProposer;
import org.branchdesk.marketing.api.Proposal;
import org.branchdesk.marketing.api.ProposalContext;
import org.junit.Test;
import org.osgi.framework.Constants;

public class ProposerOrderTest {

    private static ProductProposer named(String name) {
        return new ProductProposer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Proposal> propose(ProposalContext context) {
                return List.of();
            }
        };
    }

    @Test
    public void proposersAreAskedHighestRankingFirstThenOldestFirst() {
        RecommendationsService service = new RecommendationsService(null, null, null, null, null);
        ProductProposer low = named("low");
        service.addProposer(named("unranked"), Map.of(Constants.SERVICE_ID, 9L));
        service.addProposer(low, Map.of(Constants.SERVICE_ID, 10L, Constants.SERVICE_RANKING, 5));
        service.addProposer(named("high"), Map.of(Constants.SERVICE_ID, 11L, Constants.SERVICE_RANKING, 10));
        service.addProposer(named("older high"), Map.of(Constants.SERVICE_ID, 3L, Constants.SERVICE_RANKING, 10));
        assertEquals(List.of("older high", "high", "low", "unranked"), service.ranked().stream().map(ProductProposer::name).toList());
        service.removeProposer(low, Map.of());
        assertEquals(List.of("older high", "high", "unranked"), service.ranked().stream().map(ProductProposer::name).toList());
    }
}
