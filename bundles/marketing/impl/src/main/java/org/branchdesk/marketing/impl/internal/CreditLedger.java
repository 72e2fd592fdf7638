package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.branchdesk.marketing.api.Credit;
import org.branchdesk.marketing.impl.internal.jpa.OpportunityEntity;
import org.branchdesk.marketing.impl.internal.jpa.ReferralEntity;

/**
 * Credit per member of staff from the opportunities won in a period (each with the credit fixed
 * when it was won) and the referrals made in it, by username.
 */
final class CreditLedger {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private CreditLedger() {
    }

    /** A running total for one person. */
    private static final class Tally {
        int wonAsManager, wonAsReferrer, made, received;
        BigDecimal asManager = ZERO, asReferrer = ZERO;

        Credit credit(String who) {
            return new Credit(who, wonAsManager, asManager, wonAsReferrer, asReferrer, asManager.add(asReferrer), made, received);
        }
    }

    static Map<String, Credit> credits(List<OpportunityEntity> won, List<ReferralEntity> referrals) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (OpportunityEntity o : won) {
            Tally m = tallies.computeIfAbsent(o.manager, k -> new Tally());
            m.wonAsManager++;
            m.asManager = m.asManager.add(o.managerCredit == null ? ZERO : o.managerCredit);
            if (o.referrer != null) {
                Tally r = tallies.computeIfAbsent(o.referrer, k -> new Tally());
                r.wonAsReferrer++;
                r.asReferrer = r.asReferrer.add(o.referrerCredit == null ? ZERO : o.referrerCredit);
            }
        }
        for (ReferralEntity r : referrals) {
            tallies.computeIfAbsent(r.referredBy, k -> new Tally()).made++;
            tallies.computeIfAbsent(r.toManager, k -> new Tally()).received++;
        }
        Map<String, Credit> credits = new TreeMap<>();
        tallies.forEach((who, t) -> credits.put(who, t.credit(who)));
        return credits;
    }

    static Credit none(String who) {
        return new Tally().credit(who);
    }
}
