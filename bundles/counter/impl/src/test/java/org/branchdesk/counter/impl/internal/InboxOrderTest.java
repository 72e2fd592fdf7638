package org.branchdesk.counter.impl.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
import org.junit.Test;

public class InboxOrderTest {

    private static RequestEntity r(long id, boolean premium, long submittedAt) {
        RequestEntity r = new RequestEntity();
        r.id = id;
        r.premium = premium;
        r.submittedAt = submittedAt;
        return r;
    }

    private static List<Long> ids(List<RequestEntity> rs) {
        return rs.stream().map(r -> r.id).toList();
    }

    @Test
    public void premiumFirstWhileNoneHasWaitedTheBound() {
        InboxOrder order = new InboxOrder(600_000);
        List<RequestEntity> in = List.of(r(1, false, 0), r(2, true, 1000), r(3, false, 2000), r(4, true, 3000));
        assertEquals(List.of(2L, 4L, 1L, 3L), ids(order.order(in, 10_000)));
    }

    @Test
    public void aStandardRequestThatWaitedGoesBeforeLaterPremiumOnes() {
        InboxOrder order = new InboxOrder(600_000);
        List<RequestEntity> in = List.of(r(1, false, 0), r(2, true, 1000), r(3, false, 2000), r(4, true, 700_000));
        // at 700 s: 1 and 3 have waited the bound; 1 goes before premium 2 (submitted before it), 3 only before premium 4
        assertEquals(List.of(1L, 2L, 3L, 4L), ids(order.order(in, 700_000)));
    }

    @Test
    public void anOlderPremiumStaysFirst() {
        InboxOrder order = new InboxOrder(600_000);
        List<RequestEntity> in = List.of(r(2, false, 5000), r(1, true, 0));
        assertEquals(List.of(1L, 2L), ids(order.order(in, 10_000_000)));
    }
}
