package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Test;

/** Who sees the marketing section: the rule of MarketingAccess.requireCustomer, on the manager the view already has. */
public class MarketingSectionTest {

    private static Caller caller(String name, Role... roles) {
        return new Caller(name, name, Set.of(roles));
    }

    @Test
    public void theOwnManagerTheCentreHeadAndAnyManagerForACustomerWithoutOne() {
        assertTrue(MarketingSection.works(caller("cm1", Role.CUSTOMER_MANAGER), "cm1"));
        assertTrue(MarketingSection.works(caller("head1", Role.CENTER_HEAD), "cm1"));
        assertTrue(MarketingSection.works(caller("cm2", Role.CUSTOMER_MANAGER), null));
        assertFalse(MarketingSection.works(caller("cm2", Role.CUSTOMER_MANAGER), "cm1"));
    }

    @Test
    public void staffWhoServeButDoNotWorkTheCustomerSeeNone() {
        assertFalse(MarketingSection.works(caller("teller1", Role.TELLER), null));
        assertFalse(MarketingSection.works(caller("lobby1", Role.LOBBY_MANAGER), null));
        assertFalse(MarketingSection.works(caller("auditor", Role.AUDITOR), null));
        assertFalse("a teller named like the manager", MarketingSection.works(caller("cm1", Role.TELLER), "cm1"));
    }
}
