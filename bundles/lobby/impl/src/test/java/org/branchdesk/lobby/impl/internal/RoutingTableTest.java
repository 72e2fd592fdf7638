package org.branchdesk.lobby.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.lobby.api.Guidance;
import org.branchdesk.lobby.api.GuidanceMode;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.RoutingContext;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.VisitPurpose;
import org.branchdesk.platform.api.BranchTier;
import org.junit.Test;

/** The default routing table against the domain reference. */
public class RoutingTableTest {

    private final RoutingTable defaults = new RoutingTable(defaultRules());

    static String[] defaultRules() {
        try {
            return (String[]) LobbyConfig.class.getDeclaredMethod("rules").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private Guidance route(Segment segment, boolean potential, VisitPurpose purpose, BranchTier tier) {
        boolean premium = segment != null && segment.premium();
        return defaults.route(new RoutingContext(segment, premium, potential, premium, purpose, tier)).orElseThrow();
    }

    @Test
    public void premiumCustomersGoToTheirManagerOrAPriorityChannel() {
        Guidance wealth = route(Segment.MID, false, VisitPurpose.WEALTH_CONSULTATION, BranchTier.WEALTH_CENTER);
        assertEquals(ServicePoint.CUSTOMER_MANAGER, wealth.servicePoint());
        assertEquals(GuidanceMode.PERSONAL, wealth.mode());
        Guidance cash = route(Segment.PRIVATE, false, VisitPurpose.CASH, BranchTier.OUTLET);
        assertEquals(ServicePoint.PRIORITY_WINDOW, cash.servicePoint());
        assertEquals(Priority.PREMIUM, cash.priority());
        assertEquals(GuidanceMode.TICKET, cash.mode());
    }

    @Test
    public void theVipCentreGuidesPremiumCustomersInPersonWithoutATicket() {
        for (VisitPurpose purpose : new VisitPurpose[] { VisitPurpose.CASH, VisitPurpose.NON_CASH, VisitPurpose.WEALTH_CONSULTATION }) {
            Guidance g = route(Segment.HIGH, false, purpose, BranchTier.VIP_CENTER);
            assertEquals(ServicePoint.VIP_ROOM, g.servicePoint());
            assertEquals(GuidanceMode.PERSONAL, g.mode());
        }
    }

    @Test
    public void simpleCashOfOtherCustomersGoesToSelfService() {
        Guidance g = route(Segment.MASS_AFFLUENT, false, VisitPurpose.CASH, BranchTier.WEALTH_CENTER);
        assertEquals(ServicePoint.SELF_SERVICE, g.servicePoint());
        assertEquals(GuidanceMode.NONE, g.mode());
        assertEquals(ServicePoint.SELF_SERVICE, route(null, false, VisitPurpose.CASH, BranchTier.OUTLET).servicePoint());
        assertEquals(ServicePoint.NON_CASH_COUNTER, route(Segment.ORDINARY, false, VisitPurpose.NON_CASH, BranchTier.OUTLET).servicePoint());
    }

    @Test
    public void theConvenienceStoreRefersWealthBusinessToItsSubBranch() {
        assertEquals(ServicePoint.REFERRAL, route(Segment.MID, false, VisitPurpose.WEALTH_CONSULTATION, BranchTier.CONVENIENCE_STORE)
                .servicePoint());
        assertEquals(ServicePoint.REFERRAL,
                route(Segment.MASS_AFFLUENT, true, VisitPurpose.WEALTH_CONSULTATION, BranchTier.CONVENIENCE_STORE).servicePoint());
        assertEquals(ServicePoint.CASH_COUNTER, route(Segment.MID, false, VisitPurpose.CASH, BranchTier.CONVENIENCE_STORE).servicePoint());
    }

    @Test
    public void potentialPremiumCustomersMeetACustomerManager() {
        assertEquals(ServicePoint.CUSTOMER_MANAGER,
                route(Segment.MASS_AFFLUENT, true, VisitPurpose.WEALTH_CONSULTATION, BranchTier.OUTLET).servicePoint());
        assertEquals(ServicePoint.NON_CASH_COUNTER,
                route(Segment.MASS_AFFLUENT, false, VisitPurpose.WEALTH_CONSULTATION, BranchTier.OUTLET).servicePoint());
    }

    @Test
    public void complaintsGoToReception() {
        assertEquals(ServicePoint.RECEPTION, route(Segment.ORDINARY, false, VisitPurpose.COMPLAINT, BranchTier.VIP_CENTER).servicePoint());
        assertEquals(Priority.PREMIUM, route(Segment.HIGH, false, VisitPurpose.COMPLAINT, BranchTier.VIP_CENTER).priority());
    }

    @Test
    public void aConfiguredTableReplacesTheDefaults() {
        RoutingTable custom = new RoutingTable(new String[] { "other cash any = cash_counter standard ticket" });
        Guidance g = custom.route(new RoutingContext(Segment.ORDINARY, false, false, false, VisitPurpose.CASH, BranchTier.OUTLET))
                .orElseThrow();
        assertEquals(ServicePoint.CASH_COUNTER, g.servicePoint());
        assertTrue(custom.route(new RoutingContext(Segment.MID, true, false, true, VisitPurpose.CASH, BranchTier.OUTLET)).isEmpty());
    }

    @Test
    public void aMalformedRuleIsRefusedWithItsLineNumber() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> new RoutingTable(new String[] { "ANY ANY ANY = RECEPTION STANDARD PERSONAL", "VIP CASH ANY = MOON STANDARD NONE" }))
                .getMessage();
        assertTrue(message, message.contains("rule 2"));
        assertThrows(IllegalArgumentException.class, () -> new RoutingTable(new String[] { "PREMIUM CASH = PRIORITY_WINDOW" }));
    }
}
