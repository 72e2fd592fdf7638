package org.branchdesk.counter.impl.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.branchdesk.counter.impl.internal.jpa.RequestEntity;

/**
 * In which order a checker sees pending requests: premium customers' first, without starving the
 * others, as the lobby's queue does. A standard request that has waited at least the configured
 * bound goes before every premium request submitted after it. A rule only: {@code InboxQueries}
 * finds the candidates.
 */
final class InboxOrder {

    private static final Comparator<RequestEntity> SUBMITTED = Comparator.<RequestEntity> comparingLong(r -> r.submittedAt)
            .thenComparingLong(r -> r.id);

    private final long maxWaitMillis;

    InboxOrder(long maxWaitMillis) {
        if (maxWaitMillis < 1000) {
            throw new IllegalArgumentException(PolicyConfigCheck.MAX_WAIT + ": at least 1 second");
        }
        this.maxWaitMillis = maxWaitMillis;
    }

    /**
     * The requests in inbox order: at each step the oldest premium request, unless the oldest
     * standard one has waited the bound and was submitted before it.
     */
    List<RequestEntity> order(List<RequestEntity> requests, long now) {
        List<RequestEntity> premium = new ArrayList<>(), standard = new ArrayList<>();
        for (RequestEntity r : requests) {
            (r.premium ? premium : standard).add(r);
        }
        premium.sort(SUBMITTED);
        standard.sort(SUBMITTED);
        List<RequestEntity> out = new ArrayList<>(requests.size());
        int p = 0, s = 0;
        while (p < premium.size() || s < standard.size()) {
            if (p == premium.size()) {
                out.add(standard.get(s++));
            } else if (s == standard.size()) {
                out.add(premium.get(p++));
            } else {
                RequestEntity sr = standard.get(s), pr = premium.get(p);
                boolean starving = now - sr.submittedAt >= maxWaitMillis && SUBMITTED.compare(sr, pr) < 0;
                out.add(starving ? standard.get(s++) : premium.get(p++));
            }
        }
        return out;
    }
}
