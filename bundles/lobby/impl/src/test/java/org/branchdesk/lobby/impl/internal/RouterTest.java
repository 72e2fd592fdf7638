package org.branchdesk.lobby.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.lobby.api.Guidance;
import org.branchdesk.lobby.api.GuidanceMode;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.RoutingContext;
import org.branchdesk.lobby.api.RoutingRule;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.VisitPurpose;
import org.branchdesk.platform.api.BranchTier;
import org.junit.Test;

/** Integrators' rules by ranking, then the table, then the reception. */
public class RouterTest {

    private static final RoutingContext CASH = new RoutingContext(Segment.ORDINARY, false, false, false, VisitPurpose.CASH,
            BranchTier.OUTLET);
    private final Router router = new Router(new RoutingTable(new String[] { "ANY CASH ANY = CASH_COUNTER STANDARD TICKET" }));

    private static Guidance guidance(ServicePoint point, String rule) {
        return new Guidance(point, Priority.STANDARD, GuidanceMode.PERSONAL, rule);
    }

    private static RoutingRule always(Guidance g) {
        return context -> Optional.of(g);
    }

    private static final RoutingRule NEVER = context -> Optional.empty();

    @Test
    public void withoutIntegratorsRulesTheTableDecides() {
        assertEquals(ServicePoint.CASH_COUNTER, router.route(CASH, List.of()).servicePoint());
        assertEquals("DS may not have bound any yet", ServicePoint.CASH_COUNTER, router.route(CASH, null).servicePoint());
    }

    @Test
    public void anIntegratorsRuleGoesBeforeTheTable() {
        Guidance vip = guidance(ServicePoint.VIP_ROOM, "integrator");
        assertSame(vip, router.route(CASH, List.of(always(vip))));
    }

    @Test
    public void theHighestRankedRuleWinsAndOneThatDeclinesIsPassed() {
        Guidance low = guidance(ServicePoint.VIP_ROOM, "low");
        Guidance high = guidance(ServicePoint.RECEPTION, "high");
        // as DS keeps them: lowest ranking first
        List<RoutingRule> byRanking = new ArrayList<>(List.of(always(low), always(high), NEVER));
        assertSame(high, router.route(CASH, byRanking));
        assertEquals("the caller's list is not changed", 3, byRanking.size());
        assertSame(NEVER, byRanking.get(2));
    }

    @Test
    public void nothingMatchingSendsTheCustomerToReception() {
        RoutingContext complaint = new RoutingContext(null, false, false, false, VisitPurpose.COMPLAINT, BranchTier.OUTLET);
        Guidance g = router.route(complaint, List.of(NEVER));
        assertSame(Router.FALLBACK, g);
        assertEquals(ServicePoint.RECEPTION, g.servicePoint());
        assertEquals(GuidanceMode.PERSONAL, g.mode());
    }
}
