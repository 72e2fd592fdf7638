package org.branchdesk.customer.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.branchdesk.customer.impl.internal.csv.BalanceRow;
import org.branchdesk.customer.impl.internal.jpa.BalanceDayEntity;

/**
 * Writes checked balance rows into the packed days ({@link BalanceDayEntity}): a customer's
 * balance of a day is replaced, or added. Whatever the file's size, a day is one read and one
 * write.
 */
final class BalanceLoad {

    private BalanceLoad() {
    }

    /** Merges the rows into their days; returns how many balances were added. */
    static int merge(EntityManager em, List<BalanceRow> rows) {
        Map<LocalDate, List<BalanceRow>> byDay = new TreeMap<>();
        rows.forEach(r -> byDay.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r));
        int created = 0;
        for (Map.Entry<LocalDate, List<BalanceRow>> day : byDay.entrySet()) {
            BalanceDayEntity stored = em.find(BalanceDayEntity.class, day.getKey());
            TreeMap<String, Long> fen = stored == null ? new TreeMap<>() : BalanceDays.unpack(stored.data).toMap();
            for (BalanceRow row : day.getValue()) {
                if (fen.put(row.customerId(), toFen(row.balance())) == null) {
                    created++;
                }
            }
            if (stored == null) {
                stored = new BalanceDayEntity();
                stored.day = day.getKey();
                em.persist(stored);
            }
            stored.customers = fen.size();
            stored.data = BalanceDays.pack(fen);
            em.flush();
            em.detach(stored); // a day of a million customers is a few MB: do not keep it
        }
        return created;
    }

    static long toFen(BigDecimal cny) {
        return cny.movePointRight(2).longValueExact(); // the file has at most 2 decimals (CsvFiles checks)
    }
}
