package org.branchdesk.complaint.impl.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.branchdesk.complaint.api.Category;
import org.branchdesk.complaint.api.Channel;
import org.branchdesk.complaint.api.ComplaintStats;
import org.branchdesk.complaint.api.Severity;
import org.branchdesk.complaint.api.Status;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintEntity;
import org.branchdesk.complaint.impl.internal.jpa.ComplaintStore;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;

/** The branch's complaint figures over a period, for the centre head. */
final class Statistics {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private final TransactionControl tx;
    private final ComplaintStore store;

    Statistics(TransactionControl tx, ComplaintStore store) {
        this.tx = tx;
        this.store = store;
    }

    ComplaintStats stats(Instant from, Instant to, Caller caller) {
        caller.require(ComplaintAccess.STATS, "reading complaint statistics");
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("from", "give a period with from before to");
        }
        return tx.supports(() -> of(from, to, store.receivedBetween(from.toEpochMilli(), to.toEpochMilli())));
    }

    /** The figures of the complaints received in the period. */
    static ComplaintStats of(Instant from, Instant to, List<ComplaintEntity> all) {
        List<Double> toAck = new ArrayList<>();
        List<Double> toResolve = new ArrayList<>();
        Map<String, Integer> perCustomer = new HashMap<>();
        for (ComplaintEntity c : all) {
            if (c.acknowledgedAt != null) {
                toAck.add((c.acknowledgedAt - c.receivedAt) / MILLIS_PER_HOUR);
            }
            if (c.resolvedAt != null) {
                toResolve.add((c.resolvedAt - c.receivedAt) / MILLIS_PER_HOUR);
            }
            if (c.customerId != null) {
                perCustomer.merge(c.customerId, 1, Integer::sum);
            }
        }
        Map<String, Integer> repeat = new TreeMap<>();
        perCustomer.forEach((k, v) -> {
            if (v > 1) {
                repeat.put(k, v);
            }
        });
        long overdue = all.stream().filter(c -> c.overdue).count();
        return new ComplaintStats(from, to, all.size(), count(all, c -> c.category, Category.class),
                count(all, c -> c.channel, Channel.class), count(all, c -> c.severity, Severity.class),
                count(all, c -> c.status, Status.class), all.isEmpty() ? 0 : (double) overdue / all.size(), Stats.mean(toAck),
                Stats.percentile(toAck, 90), Stats.mean(toResolve), Stats.percentile(toResolve, 90), repeat);
    }

    private static <E extends Enum<E>> Map<E, Integer> count(List<ComplaintEntity> all, Function<ComplaintEntity, E> key, Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        all.forEach(c -> counts.merge(key.apply(c), 1, Integer::sum));
        return counts;
    }
}
