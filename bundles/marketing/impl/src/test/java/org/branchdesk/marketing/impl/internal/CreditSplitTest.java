package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.branchdesk.marketing.api.Credit;
import org.branchdesk.marketing.api.OpportunityStage;
import org.branchdesk.marketing.impl.internal.jpa.OpportunityEntity;
import org.branchdesk.marketing.impl.internal.jpa.ReferralEntity;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class CreditSplitTest {

    private static final CreditSplit DEFAULT = new CreditSplit(70, 30);

    @Test
    public void theManagerAndTheReferrerShareTheWholeAmount() {
        CreditSplit.Credits c = DEFAULT.of(new BigDecimal("500000"), true);
        assertEquals(new BigDecimal("350000.00"), c.manager());
        assertEquals(new BigDecimal("150000.00"), c.referrer());
        // a fen that does not split: the manager's part is rounded, the referrer gets the rest, nothing is lost or made
        CreditSplit.Credits odd = DEFAULT.of(new BigDecimal("0.05"), true);
        assertEquals(new BigDecimal("0.04"), odd.manager());
        assertEquals(new BigDecimal("0.01"), odd.referrer());
        CreditSplit.Credits third = new CreditSplit(67, 33).of(new BigDecimal("100.01"), true);
        assertEquals(new BigDecimal("100.01"), third.manager().add(third.referrer()));
    }

    @Test
    public void withoutAReferrerTheManagerGetsEverything() {
        CreditSplit.Credits c = DEFAULT.of(new BigDecimal("123.45"), false);
        assertEquals(new BigDecimal("123.45"), c.manager());
        assertNull(c.referrer());
        assertEquals(new BigDecimal("100.00"), new CreditSplit(0, 100).of(new BigDecimal("100"), false).manager());
        assertEquals(new BigDecimal("0.00"), new CreditSplit(0, 100).of(new BigDecimal("100"), true).manager());
    }

    @Test
    public void theSharesMustSumToAHundred() {
        assertThrows(IllegalArgumentException.class, () -> new CreditSplit(70, 20));
        assertThrows(IllegalArgumentException.class, () -> new CreditSplit(-10, 110));
        assertEquals(List.of(), ReferralsConfigCheck.errors("70", "30"));
        assertEquals(List.of(), ReferralsConfigCheck.errors("100", "0"));
        List<FieldError> sum = ReferralsConfigCheck.errors("60", "30");
        assertEquals(1, sum.size());
        assertEquals("referrerShare", sum.get(0).field());
        assertEquals("managerShare", ReferralsConfigCheck.errors("101", "-1").get(0).field());
        assertEquals("referrerShare", ReferralsConfigCheck.errors("70", "thirty").get(0).field());
        assertEquals("defaults", List.of(), new ReferralsConfigCheck().check(Map.of()));
        assertEquals("referrerShare", new ReferralsConfigCheck().check(Map.of("managerShare", "80")).get(0).field());
    }

    @Test
    public void creditIsTalliedPerPerson() {
        OpportunityEntity referred = won("cm1", "teller1", "350000.00", "150000.00");
        OpportunityEntity own = won("cm1", null, "20000.00", null);
        OpportunityEntity other = won("cm2", "cm1", "700.00", "300.00");
        ReferralEntity r1 = referral("teller1", "cm1");
        ReferralEntity r2 = referral("cm1", "cm2");
        Map<String, Credit> credits = CreditLedger.credits(List.of(referred, own, other), List.of(r1, r2));
        assertEquals(List.of("cm1", "cm2", "teller1"), List.copyOf(credits.keySet()));
        Credit cm1 = credits.get("cm1");
        assertEquals(2, cm1.wonAsManager());
        assertEquals(new BigDecimal("370000.00"), cm1.creditAsManager());
        assertEquals(1, cm1.wonAsReferrer());
        assertEquals(new BigDecimal("300.00"), cm1.creditAsReferrer());
        assertEquals(new BigDecimal("370300.00"), cm1.total());
        assertEquals(1, cm1.referralsMade());
        assertEquals(1, cm1.referralsReceived());
        Credit teller = credits.get("teller1");
        assertEquals(0, teller.wonAsManager());
        assertEquals(new BigDecimal("150000.00"), teller.total());
        assertEquals(1, teller.referralsMade());
        assertEquals(new BigDecimal("0.00"), CreditLedger.none("nobody").total());
    }

    private static OpportunityEntity won(String manager, String referrer, String managerCredit, String referrerCredit) {
        OpportunityEntity o = new OpportunityEntity();
        o.stage = OpportunityStage.WON;
        o.manager = manager;
        o.referrer = referrer;
        o.managerCredit = new BigDecimal(managerCredit);
        o.referrerCredit = referrerCredit == null ? null : new BigDecimal(referrerCredit);
        return o;
    }

    private static ReferralEntity referral(String by, String to) {
        ReferralEntity r = new ReferralEntity();
        r.referredBy = by;
        r.toManager = to;
        return r;
    }
}
