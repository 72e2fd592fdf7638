package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.marketing.api.PlanStatus;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.marketing.impl.internal.jpa.SectionQuery.Row;

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

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    public void theNewestPlanNumberThenVersionTheNewestOpportunityFirstAndTheLastContactOfTheNewestInstant() {
        List<Row> rows = List.of(
                new Row('C', 4, "Maturing", null, null, null, null, null, null, null),
                new Row('L', 8, "PHONE", "cm1", null, "NO_ANSWER", 4L, 1000L, null, null),
                new Row('L', 9, "SMS", "cm1", "FND", "BOUGHT", 4L, 1000L, null, null),
                new Row('O', 2, "OPEN", "cm1", "FND", null, null, null, new BigDecimal("10.00"), null),
                new Row('O', 5, "PROPOSAL", "cm1", "WP", null, null, null, null, null),
                new Row('P', 3, "PRESENTED", null, null, null, 1L, 2L, new BigDecimal("5.00"), null),
                new Row('P', 6, "DRAFT", null, null, null, 2L, 1L, new BigDecimal("7.00"), null),
                new Row('P', 7, "DECLINED", null, null, null, 1L, 3L, new BigDecimal("9.00"), null),
                new Row('R', 11, "C3", null, null, null, null, null, null, TODAY.minusDays(1)),
                new Row('X', 12, null, null, null, null, 4L, null, null, null));
        MarketingSection.Content c = MarketingSection.content(rows, TODAY);
        assertEquals(RiskTolerance.C3, c.risk().tolerance());
        assertTrue("valid until yesterday: expired today", c.risk().expired());
        assertEquals(6, c.plan().id());
        assertEquals(PlanStatus.DRAFT, c.plan().status());
        assertEquals(List.of(5L, 2L), c.openOpportunities().stream().map(MarketingSection.Open::id).toList());
        assertEquals("Maturing", c.activeCampaigns().get(0).name());
        assertEquals(ContactOutcome.BOUGHT, c.lastContact().outcome());
        assertEquals(Channel.SMS, c.lastContact().channel());
        assertNull("every channel", c.optOuts().get(0).channel());
        assertEquals(Long.valueOf(4), c.optOuts().get(0).campaignId());
    }

    @Test
    public void noRowsShowNothing() {
        MarketingSection.Content c = MarketingSection.content(List.of(), TODAY);
        assertNull(c.risk());
        assertNull(c.plan());
        assertNull(c.lastContact());
        assertTrue(c.openOpportunities().isEmpty() && c.activeCampaigns().isEmpty() && c.optOuts().isEmpty());
    }
}
